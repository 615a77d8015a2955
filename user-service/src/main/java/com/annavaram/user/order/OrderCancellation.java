package com.annavaram.user.order;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.model.order.StatusChange;
import com.annavaram.model.payment.Payment;
import com.annavaram.model.payment.PaymentStatus;
import com.annavaram.user.config.AliasedUpdates;

/**
 * Cancels an order from the storefront's side (the customer, a failed or expired payment): one update conditional on
 * the status read, a {@code statusHistory} entry, the stock back exactly once, and an open payment marked failed.
 */
@Singleton
public class OrderCancellation {

    private final AliasedUpdates updates;
    private final OrderRepository orders;
    private final LegacyLines lines;
    private final StockLedger stock;

    OrderCancellation(AliasedUpdates updates, OrderRepository orders, LegacyLines lines, StockLedger stock) {
        this.updates = updates;
        this.orders = orders;
        this.lines = lines;
        this.stock = stock;
    }

    /**
     * Cancels the order when its status is one of {@code from}; {@code false} when it is not (any more), for example
     * because the payment was confirmed or someone else cancelled it first.
     */
    public boolean cancel(ObjectId orderId, Set<OrderStatus> from, String actor, String notes) {
        Document raw = updates.current(Order.COLLECTION, orderId);
        if (raw == null || !(raw.get(Order.STATUS) instanceof String rawStatus)
                || !OrderStatus.lenient(rawStatus).map(from::contains).orElse(false)) {
            return false;
        }
        Date now = Date.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        Document change = new Document(StatusChange.STATUS, OrderStatus.CANCELLED.stored())
                .append(StatusChange.TIMESTAMP, now).append(StatusChange.ACTOR, actor)
                .append(StatusChange.NOTES, notes);
        Document update = new Document("$set",
                new Document(Order.STATUS, OrderStatus.CANCELLED.stored()).append(Order.UPDATED_AT, now))
                .append("$push", new Document(Order.STATUS_HISTORY, change));
        if (updates.updateOne(Order.COLLECTION, and(eq(Order._ID, orderId), eq(Order.STATUS, rawStatus)), update, raw)
                .getModifiedCount() == 0) {
            return false;
        }
        OrderEntity order = orders.findById(orderId);
        stock.release(orderId, lines.of(order));
        updates.collection(Payment.COLLECTION).updateMany(
                and(eq(Payment.ORDER, orderId),
                        in(Payment.STATUS, List.of(PaymentStatus.INITIATED.stored(),
                                PaymentStatus.AUTHORIZED.stored()))),
                new Document("$set", new Document(Payment.STATUS, PaymentStatus.FAILED.stored())
                        .append(Payment.UPDATED_AT, now)));
        return true;
    }
}
