package com.annavaram.user.order;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.model.cart.Cart;
import com.annavaram.model.cart.CartStatus;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.model.order.StatusChange;
import com.annavaram.user.config.AliasedUpdates;

/**
 * Confirms an order once its online payment is captured: {@code pending_payment} → {@code payment_confirmed}, one
 * conditional update with a {@code statusHistory} entry, so a verification and a webhook (or their replays) confirm it
 * once; the order's cart is converted if it is not already.
 */
@Singleton
public class OrderConfirmation {

    /** What confirming found. */
    public enum Outcome {
        /** This call confirmed it. */
        CONFIRMED,
        /** It was confirmed (or moved further) before. */
        ALREADY,
        /** It was cancelled (expired, failed or by the customer) before the payment arrived: a refund is due. */
        CANCELLED, MISSING
    }

    private final AliasedUpdates updates;

    OrderConfirmation(AliasedUpdates updates) {
        this.updates = updates;
    }

    public Outcome confirm(ObjectId orderId, String notes) {
        Document raw = updates.current(Order.COLLECTION, orderId);
        if (raw == null) {
            return Outcome.MISSING;
        }
        OrderStatus status = raw.get(Order.STATUS) instanceof String s ? OrderStatus.lenient(s).orElse(null) : null;
        if (status == OrderStatus.PENDING_PAYMENT) {
            Date now = Date.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
            Document change = new Document(StatusChange.STATUS, OrderStatus.PAYMENT_CONFIRMED.stored())
                    .append(StatusChange.TIMESTAMP, now).append(StatusChange.ACTOR, "payment")
                    .append(StatusChange.NOTES, notes);
            Document update = new Document("$set",
                    new Document(Order.STATUS, OrderStatus.PAYMENT_CONFIRMED.stored()).append(Order.UPDATED_AT, now))
                    .append("$push", new Document(Order.STATUS_HISTORY, change));
            if (updates.updateOne(Order.COLLECTION, and(eq(Order._ID, orderId), eq(Order.STATUS, raw.get(
                    Order.STATUS))), update, raw).getModifiedCount() > 0) {
                convertCart(raw.get(Order.CART));
                return Outcome.CONFIRMED;
            }
            return confirm(orderId, notes);
        }
        if (status == OrderStatus.CANCELLED) {
            return Outcome.CANCELLED;
        }
        convertCart(raw.get(Order.CART));
        return Outcome.ALREADY;
    }

    private void convertCart(Object cart) {
        if (cart instanceof ObjectId id) {
            updates.collection(Cart.COLLECTION).updateOne(
                    and(eq(Cart._ID, id), eq(Cart.STATUS, CartStatus.ACTIVE.stored())),
                    new Document("$set", new Document(Cart.STATUS, CartStatus.CONVERTED.stored())));
        }
    }
}
