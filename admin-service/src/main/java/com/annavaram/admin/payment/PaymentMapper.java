package com.annavaram.admin.payment;

import org.mapstruct.Mapper;

import com.annavaram.admin.config.MapStructConfig;
import com.annavaram.model.payment.Payment;

/** Payments to responses. */
@Mapper(config = MapStructConfig.class)
interface PaymentMapper {

    PaymentResponse toResponse(Payment payment);
}
