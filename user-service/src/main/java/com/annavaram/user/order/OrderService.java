package com.annavaram.user.order;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

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
import com.annavaram.user.config.AliasedUpdates;
import com.annavaram.user.error.ApiException;
import com.annavaram.user.web.Paging;

/**
 * The customer's orders (S30, S31): listed newest first, read one at a time (only their own), cancelled while not yet
 * paid online or confirmed, and removed from their list once cancelled.
 */
@Singleton
class OrderService {

    static final String NOT_FOUND = "Order not found";
    static final String NOT_CANCELLABLE = "Only orders that are awaiting payment or being processed can be cancelled";
    /** Without {@code limit} the list holds every order of the customer up to this many. */
    static final int MAX_ITEMS = 500;

    private final OrderRepository orders;
    private final OrderResponses responses;
    private final OrderCancellation cancellation;
    private final AliasedUpdates updates;

    OrderService(OrderRepository orders, OrderResponses responses, OrderCancellation cancellation,
            AliasedUpdates updates) {
        this.orders = orders;
        this.responses = responses;
        this.cancellation = cancellation;
        this.updates = updates;
    }

    record Page(List<OrderView> items, long total) {
    }

    Page list(ObjectId user, Paging paging) {
        return new Page(responses.views(orders.listed(user, paging.skip(), paging.limit())), orders.countListed(
                user));
    }

    OrderView one(ObjectId user, String id) {
        return responses.view(owned(user, id));
    }

    /** What {@code DELETE} did. */
    enum Outcome {
        CANCELLED, REMOVED
    }

    /**
     * Cancels an order awaiting payment or being processed (stock back once); removes a cancelled one from the list
     * (it stays for the admin, marked {@code hiddenByCustomer}); refuses anything else.
     */
    Outcome delete(ObjectId user, String id) {
        OrderEntity order = owned(user, id);
        OrderStatus status = OrderStatus.lenient(order.getStatus()).orElse(null);
        if (status == OrderStatus.CANCELLED) {
            hide(order);
            return Outcome.REMOVED;
        }
        if (status != OrderStatus.PENDING_PAYMENT && status != OrderStatus.ORDER_CREATED) {
            throw ApiException.conflict(NOT_CANCELLABLE);
        }
        if (!cancellation.cancel(order.getId(), Set.of(OrderStatus.PENDING_PAYMENT, OrderStatus.ORDER_CREATED),
                "customer", "Cancelled by the customer")) {
            OrderEntity now = orders.findById(order.getId());
            if (now == null || OrderStatus.lenient(now.getStatus()).orElse(null) != OrderStatus.CANCELLED) {
                throw ApiException.conflict(NOT_CANCELLABLE);
            }
        }
        return Outcome.CANCELLED;
    }

    private void hide(OrderEntity order) {
        Document raw = updates.current(Order.COLLECTION, order.getId());
        Date now = Date.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        updates.updateOne(Order.COLLECTION, and(eq(Order._ID, order.getId()), eq(Order.STATUS, raw.get(
                Order.STATUS))), new Document("$set", new Document(OrderRepository.HIDDEN_BY_CUSTOMER, true).append(
                        OrderRepository.HIDDEN_AT, now)),
                raw);
    }

    private OrderEntity owned(ObjectId user, String id) {
        return orders.owned(user, id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }
}
