package com.annavaram.user.payment;

import com.annavaram.model.payment.Payment;

import io.quarkus.mongodb.panache.common.MongoEntity;

/** The shared {@link Payment} as a Panache entity. */
@MongoEntity(collection = Payment.COLLECTION)
public class PaymentEntity extends Payment {
}
