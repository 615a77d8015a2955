package com.annavaram.user.payment;

import static com.mongodb.client.model.Filters.eq;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.types.ObjectId;

import com.annavaram.model.payment.Payment;
import com.mongodb.client.model.Sorts;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/** Payments through Panache. */
@ApplicationScoped
public class PaymentRepository implements PanacheMongoRepositoryBase<PaymentEntity, ObjectId> {

    /** The latest payment of an order. */
    public Optional<PaymentEntity> ofOrder(ObjectId order) {
        return Optional.ofNullable(
                mongoCollection().find(eq(Payment.ORDER, order)).sort(Sorts.descending(Payment._ID)).first());
    }

    public Optional<PaymentEntity> byGatewayOrderId(String gatewayOrderId) {
        return Optional.ofNullable(mongoCollection().find(eq(Payment.GATEWAY_ORDER_ID, gatewayOrderId))
                .sort(Sorts.descending(Payment._ID)).first());
    }

    public Optional<PaymentEntity> byTransactionId(String transactionId) {
        return Optional.ofNullable(mongoCollection().find(eq(Payment.TRANSACTION_ID, transactionId)).first());
    }
}
