package com.annavaram.user.order;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import jakarta.inject.Singleton;

import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.user.config.AliasedUpdates;
import com.annavaram.user.payment.PaymentConfig;
import com.mongodb.MongoException;
import com.mongodb.client.model.Projections;

import io.quarkus.scheduler.Scheduled;

/**
 * Cancels {@code pending_payment} orders whose payment did not arrive in time ({@code ORDER_PAYMENT_TIMEOUT}, default
 * 30 minutes; legacy orders without {@code expiresAt} count from {@code createdAt}), giving their stock back once.
 * Does what a TTL index cannot: the cancel is conditional, so it is safe on several instances at once.
 */
@Singleton
public class OrderSweeper {

    private static final Logger LOG = Logger.getLogger(OrderSweeper.class);

    private final AliasedUpdates updates;
    private final OrderCancellation cancellation;
    private final Duration timeout;

    OrderSweeper(AliasedUpdates updates, OrderCancellation cancellation, PaymentConfig config) {
        this.updates = updates;
        this.cancellation = cancellation;
        this.timeout = config.paymentTimeout();
    }

    @Scheduled(every = "${orders.sweeper.every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            expireUnpaid(Instant.now());
        } catch (MongoException e) {
            LOG.warnf("order sweep skipped: %s", e.getMessage());
        }
    }

    /** Cancels every unpaid order due as of {@code now}; returns how many this call cancelled. */
    public int expireUnpaid(Instant now) {
        List<ObjectId> due = new ArrayList<>();
        updates.collection(Order.COLLECTION)
                .find(and(eq(Order.STATUS, OrderStatus.PENDING_PAYMENT.stored()),
                        or(lt(Order.EXPIRES_AT, Date.from(now)), and(exists(Order.EXPIRES_AT, false),
                                lt(Order.CREATED_AT, Date.from(now.minus(timeout)))))))
                .projection(Projections.include(Order._ID)).forEach(o -> due.add(o.getObjectId(Order._ID)));
        int cancelled = 0;
        for (ObjectId id : due) {
            if (cancellation.cancel(id, Set.of(OrderStatus.PENDING_PAYMENT), "system",
                    "Payment not received in time")) {
                cancelled++;
            }
        }
        if (cancelled > 0) {
            LOG.infof("order sweep: %d unpaid orders cancelled", cancelled);
        }
        return cancelled;
    }
}
