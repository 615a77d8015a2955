package com.annavaram.user.payment;

import org.bson.types.ObjectId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.annavaram.model.bson.Money;
import com.annavaram.model.payment.Payment;
import com.annavaram.user.config.MapStructConfig;

/** Payments as the storefront reads them. */
@Mapper(config = MapStructConfig.class, imports = Money.class)
public interface PaymentMapper {

    @Mapping(target = "mongoId", source = "id")
    @Mapping(target = "amount", expression = "java(Money.normalise(payment.getAmount()))")
    @Mapping(target = "currency", expression = "java(currencyOf(payment))")
    PaymentView toView(Payment payment);

    default String id(ObjectId id) {
        return id == null ? null : id.toHexString();
    }

    /** Legacy payments may lack it. */
    default String currencyOf(Payment payment) {
        return payment.getCurrency() == null ? Money.CURRENCY : payment.getCurrency();
    }
}
