package com.annavaram.user.order;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.annavaram.model.cart.Cart;
import com.annavaram.model.cart.CartStatus;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.user.config.AliasedUpdates;
import com.mongodb.MongoException;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;

import io.quarkus.scheduler.Scheduled;

/**
 * Repairs what a placement that died half-way left behind (the process killed, the database gone between the stock
 * take and the order insert): stock holds older than {@code ORDER_HOLD_TIMEOUT} are given back when their order was
 * never written and settled when it was, and a cart claimed by such a placement goes back to its customer. Every step
 * is a conditional update, so several instances may sweep at once.
 */
@Singleton
public class StockHoldSweeper {

    /** When a checkout claimed the cart. */
    static final String CHECKOUT_AT = Cart.CHECKOUT_AT;
    private static final Logger LOG = Logger.getLogger(StockHoldSweeper.class);

    private final AliasedUpdates updates;
    private final StockLedger stock;
    private final Duration timeout;

    StockHoldSweeper(AliasedUpdates updates, StockLedger stock,
            @ConfigProperty(name = "orders.hold-timeout") Duration timeout) {
        this.updates = updates;
        this.stock = stock;
        this.timeout = timeout;
    }

    @Scheduled(every = "${orders.holds.every}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            sweep(Instant.now());
        } catch (MongoException e) {
            LOG.warnf("stock hold sweep skipped: %s", e.getMessage());
        }
    }

    /** Resolves every hold and claimed cart older than the timeout as of {@code now}; returns how many. */
    public int sweep(Instant now) {
        Date due = Date.from(now.minus(timeout));
        int resolved = 0;
        for (Document product : updates.collection(Product.COLLECTION).find(exists(StockLedger.HOLDS)).projection(
                Projections.include(Product._ID, StockLedger.HOLDS))) {
            for (Document hold : product.getList(StockLedger.HOLDS, Document.class, List.of())) {
                if (hold.get(StockLedger.HOLD_AT) instanceof Date at && at.before(due)
                        && hold.get(StockLedger.HOLD_ORDER) instanceof ObjectId order) {
                    boolean written = updates.collection(Order.COLLECTION).countDocuments(eq(Order._ID, order)) > 0;
                    if (stock.resolveHold(product.getObjectId(Product._ID), order, written)) {
                        resolved++;
                        LOG.warnf("stock hold of order %s on product %s %s", order, product.get(Product._ID), written
                                ? "settled"
                                : "given back: the placement died before writing the order");
                    }
                }
            }
        }
        return resolved + releaseCarts(due);
    }

    private int releaseCarts(Date due) {
        int released = 0;
        for (Document cart : updates.collection(Cart.COLLECTION).find(and(eq(Cart.STATUS, CartStatus.CONVERTED
                .stored()), lt(CHECKOUT_AT, due)))) {
            ObjectId id = cart.getObjectId(Cart._ID);
            if (updates.collection(Order.COLLECTION).countDocuments(eq(Order.CART, id)) > 0) {
                continue;
            }
            boolean hasActive = updates.collection(Cart.COLLECTION).countDocuments(and(eq(Cart.USER, cart.get(
                    Cart.USER)), eq(Cart.STATUS, CartStatus.ACTIVE.stored()))) > 0;
            CartStatus back = hasActive ? CartStatus.ABANDONED : CartStatus.ACTIVE;
            if (updates.collection(Cart.COLLECTION).updateOne(and(eq(Cart._ID, id), eq(Cart.STATUS,
                    CartStatus.CONVERTED.stored())), Updates.combine(Updates.set(Cart.STATUS, back.stored()),
                            Updates
                                    .unset(CHECKOUT_AT)))
                    .getModifiedCount() > 0) {
                released++;
                LOG.warnf("cart %s claimed by a placement that died is %s again", id, back.stored());
            }
        }
        return released;
    }
}
