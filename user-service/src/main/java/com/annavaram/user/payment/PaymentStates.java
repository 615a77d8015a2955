package com.annavaram.user.payment;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.model.order.OrderStatus;
import com.annavaram.model.payment.Payment;
import com.annavaram.model.payment.PaymentStatus;
import com.annavaram.user.config.AliasedUpdates;
import com.annavaram.user.order.OrderCancellation;

/**
 * The state changes of a payment, each one update conditional on the state read: captured once, failed only while
 * open (its order then cancelled with the stock back), refunded only once captured, each webhook event kept once.
 */
@Singleton
class PaymentStates {

    private final AliasedUpdates updates;
    private final OrderCancellation cancellation;

    PaymentStates(AliasedUpdates updates, OrderCancellation cancellation) {
        this.updates = updates;
        this.cancellation = cancellation;
    }

    /** Captures a payment that is not captured (or refunded) yet; a replay finds it captured and changes nothing. */
    void capture(ObjectId paymentId, String transactionId, String source) {
        Date now = now();
        updates.collection(Payment.COLLECTION).updateOne(
                and(eq(Payment._ID, paymentId),
                        in(Payment.STATUS, List.of(PaymentStatus.INITIATED.stored(), PaymentStatus.AUTHORIZED.stored(),
                                PaymentStatus.FAILED.stored()))),
                new Document("$set", new Document(Payment.STATUS, PaymentStatus.CAPTURED.stored())
                        .append(Payment.TRANSACTION_ID, transactionId).append(Payment.UPDATED_AT, now)
                        .append(Payment.RAW_RESPONSE + ".capturedBy", source)
                        .append(Payment.RAW_RESPONSE + ".capturedAt", now)));
    }

    /** A failed payment: marked failed unless captured meanwhile, and its order cancelled with the stock back. */
    void fail(PaymentEntity payment) {
        if (setStatus(payment.getId(), Set.of(PaymentStatus.INITIATED, PaymentStatus.AUTHORIZED),
                PaymentStatus.FAILED) || PaymentStatus.FAILED.stored().equals(payment.getStatus())) {
            cancellation.cancel(payment.getOrder(), Set.of(OrderStatus.PENDING_PAYMENT), "payment", "Payment failed");
        }
    }

    boolean setStatus(ObjectId paymentId, Set<PaymentStatus> from, PaymentStatus to) {
        return updates.collection(Payment.COLLECTION).updateOne(
                and(eq(Payment._ID, paymentId), in(Payment.STATUS, from.stream().map(PaymentStatus::stored).toList())),
                new Document("$set", new Document(Payment.STATUS, to.stored()).append(Payment.UPDATED_AT, now())))
                .getModifiedCount() > 0;
    }

    /** Keeps each webhook event once in {@code rawResponse.webhookEvents}. */
    void record(ObjectId paymentId, String eventId, String type) {
        String events = Payment.RAW_RESPONSE + ".webhookEvents";
        updates.collection(Payment.COLLECTION).updateOne(and(eq(Payment._ID, paymentId), ne(events + ".id", eventId)),
                new Document("$push", new Document(events,
                        new Document("id", eventId).append("event", type).append("at", now()))));
    }

    private static Date now() {
        return Date.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

}
