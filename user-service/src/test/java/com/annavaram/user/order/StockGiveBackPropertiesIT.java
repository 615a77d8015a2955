package com.annavaram.user.order;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.model.alias.RawAliasCheck;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.model.order.StatusChange;
import com.annavaram.testsupport.TestDatabases;
import com.annavaram.user.config.AliasedUpdates;
import com.annavaram.user.config.UserMongo;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Stock comes back once, storefront side: for any interleaving of the customer's cancellation, the payment-failure and
 * expiry cancellations (all the real {@link OrderCancellation} with the real {@link StockLedger}, built without CDI),
 * and admin status changes, each product ends at its initial stock if the order ends cancelled and at initial minus
 * ordered otherwise, and never holds more than it started with.
 *
 * <p>
 * The admin's status change lives in admin-service; here it is the same conditional update its {@code OrderService}
 * sends (through this service's {@link AliasedUpdates}), followed on a cancel by {@link StockLedger#release}, which
 * claims the same {@code stockReleased} marker as admin-service's {@code StockRelease}. {@link OrderRepository} is a
 * Panache repository: its one call here, {@code findById}, is answered through the same codecs.
 */
class StockGiveBackPropertiesIT {

    private static final UserMongo MONGO = new UserMongo(TestDatabases.unique("user_give_back"));
    private static final int INITIAL = 20;

    private static final AliasedUpdates UPDATES = MONGO.updates();
    private static final StockLedger LEDGER = new StockLedger(UPDATES);
    private static final OrderCancellation CANCELLATION = new OrderCancellation(UPDATES, new OrderRepository() {
        @Override
        public OrderEntity findById(ObjectId id) {
            return MONGO.db().getCollection(Order.COLLECTION, OrderEntity.class).find(eq("_id", id)).first();
        }
    }, new LegacyLines(UPDATES), LEDGER);

    @AfterContainer
    static void close() {
        MONGO.close();
    }

    /** Who tries what: the customer cancels, a failed or expired payment cancels, or the admin asks for a status. */
    record Attempt(String who, OrderStatus adminTarget) {

        @Override
        public String toString() {
            return adminTarget == null ? who + " cancels" : "admin -> " + adminTarget;
        }
    }

    @Property(tries = 40)
    void stockComesBackAtMostOnceAndEndsRight(@ForAll("starts") OrderStatus start,
            @ForAll("attempts") List<Attempt> attempts) {
        ObjectId mango = insertProduct(true);
        ObjectId ghee = insertProduct(false);
        ObjectId orderId = insertOrder(start, List.of(line(mango, 3), line(ghee, 2), line(mango, 1)));
        for (Attempt attempt : attempts) {
            switch (attempt.who()) {
                case "customer" -> CANCELLATION.cancel(orderId,
                        Set.of(OrderStatus.PENDING_PAYMENT, OrderStatus.ORDER_CREATED), "customer", null);
                case "payment" -> CANCELLATION.cancel(orderId, Set.of(OrderStatus.PENDING_PAYMENT), "payment",
                        "Payment failed");
                default -> adminChange(orderId, attempt.adminTarget());
            }
            assertThat(stock(mango)).as("mango after %s", attempt).isBetween(INITIAL - 4, INITIAL);
            assertThat(stock(ghee)).as("ghee after %s", attempt).isBetween(INITIAL - 2, INITIAL);
        }
        boolean cancelled = OrderStatus.CANCELLED.stored()
                .equals(UPDATES.current(Order.COLLECTION, orderId).get(Order.STATUS));
        assertThat(stock(mango)).isEqualTo(cancelled ? INITIAL : INITIAL - 4);
        assertThat(stock(ghee)).isEqualTo(cancelled ? INITIAL : INITIAL - 2);
        if (cancelled) {
            // the give-back wrote both stock names, the legacy product's included
            for (ObjectId product : List.of(mango, ghee)) {
                assertThat(RawAliasCheck.check(Product.COLLECTION, UPDATES.current(Product.COLLECTION, product),
                        id -> null)).isEmpty();
            }
        }
    }

    @Provide
    Arbitrary<OrderStatus> starts() {
        return Arbitraries.of(OrderStatus.PENDING_PAYMENT, OrderStatus.ORDER_CREATED, OrderStatus.PAYMENT_CONFIRMED);
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<Attempt> admin = Arbitraries.of(OrderStatus.class).map(s -> new Attempt("admin", s));
        Arbitrary<Attempt> storefront = Arbitraries.of("customer", "payment").map(who -> new Attempt(who, null));
        // cancels weighted up: repeated cancels are where a second give-back would hide
        Arbitrary<Attempt> adminCancel = Arbitraries.just(new Attempt("admin", OrderStatus.CANCELLED));
        return Arbitraries.frequencyOf(Tuple.of(2, admin), Tuple.of(1, adminCancel), Tuple.of(2, storefront)).list()
                .ofMaxSize(8);
    }

    /** admin-service's status change: forward or cancel only, conditional on the status read, then the give-back. */
    private static void adminChange(ObjectId orderId, OrderStatus target) {
        Document raw = UPDATES.current(Order.COLLECTION, orderId);
        String status = raw.getString(Order.STATUS);
        if (!OrderStatus.lenient(status).map(current -> current.canMoveTo(target)).orElse(false)) {
            return;
        }
        Date now = new Date();
        Document update = new Document("$set", new Document(Order.STATUS, target.stored()).append(Order.UPDATED_AT,
                now)).append("$push", new Document(Order.STATUS_HISTORY,
                        new Document(StatusChange.STATUS,
                                target.stored()).append(StatusChange.TIMESTAMP, now)
                                .append(StatusChange.ACTOR, "admin")));
        if (UPDATES.updateOne(Order.COLLECTION, and(eq(Order._ID, orderId), eq(Order.STATUS, status)), update, raw)
                .getMatchedCount() > 0 && target == OrderStatus.CANCELLED) {
            OrderEntity order = MONGO.db().getCollection(Order.COLLECTION, OrderEntity.class)
                    .find(eq("_id", orderId)).first();
            LEDGER.release(orderId, new ArrayList<>(order.getProducts()));
        }
    }

    /** A product whose stock the order already took; a legacy one has only {@code stock}. */
    private static ObjectId insertProduct(boolean bothNames) {
        ObjectId id = new ObjectId();
        int ordered = bothNames ? 4 : 2;
        Document product = new Document("_id", id).append(Product.NAME, "Item " + id).append(Product.STOCK,
                INITIAL - ordered);
        if (bothNames) {
            product.append(Product.TOTAL_STOCK, INITIAL - ordered);
        }
        UPDATES.collection(Product.COLLECTION).insertOne(product);
        return id;
    }

    private static ObjectId insertOrder(OrderStatus status, List<Document> lines) {
        ObjectId id = new ObjectId();
        ObjectId user = new ObjectId();
        UPDATES.collection(Order.COLLECTION).insertOne(new Document("_id", id).append(Order.USER_ID, user)
                .append(Order.USER, user).append(Order.PRODUCTS, lines).append(Order.ITEMS, lines)
                .append(Order.STATUS, status.stored()).append(Order.STATUS_HISTORY, new ArrayList<>()));
        return id;
    }

    private static Document line(ObjectId product, int quantity) {
        return new Document("productId", product).append("product", product).append("productName", "Item")
                .append("quantity", quantity);
    }

    private static int stock(ObjectId product) {
        return ((Number) UPDATES.current(Product.COLLECTION, product).get(Product.STOCK)).intValue();
    }
}
