package com.annavaram.admin.order;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.admin.audit.AuditTrail;
import com.annavaram.admin.auth.AdminPrincipal;
import com.annavaram.admin.auth.AdminRole;
import com.annavaram.admin.config.CommonMappings;
import com.annavaram.admin.config.mongo.AdminMongo;
import com.annavaram.admin.config.mongo.AliasedUpdates;
import com.annavaram.admin.error.ApiException;
import com.annavaram.admin.product.ProductRefs;
import com.annavaram.model.alias.RawAliasCheck;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.model.order.StatusChange;
import com.annavaram.testsupport.TestDatabases;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Stock comes back once: for any interleaving of admin status changes (through {@link OrderService#changeStatus}, the
 * real service on the embedded server) and customer cancellations, each product ends at its initial stock if the
 * order ends cancelled and at initial minus ordered otherwise, and never holds more than it started with.
 *
 * <p>
 * The customer's cancellation lives in user-service; here it is the same conditional update user-service's
 * {@code OrderCancellation} sends (status from the value read to {@code cancelled}, through {@link AliasedUpdates}),
 * followed by this service's {@link StockRelease}, which claims the same {@code stockReleased} marker.
 */
class StockGiveBackPropertiesIT {

    private static final AdminMongo MONGO = new AdminMongo(TestDatabases.unique("admin_give_back"), OrderService.class,
            StockRelease.class, LegacyLines.class, OrderMapperImpl.class, CommonMappings.class, ProductRefs.class,
            AuditTrail.class);
    private static final AdminPrincipal ADMIN = new AdminPrincipal(new ObjectId(), "admin@annavaram.test",
            AdminRole.values()[0]);
    private static final int INITIAL = 20;
    private static final Set<OrderStatus> CUSTOMER_MAY_CANCEL = Set.of(OrderStatus.PENDING_PAYMENT,
            OrderStatus.ORDER_CREATED);

    @AfterContainer
    static void close() {
        MONGO.close();
    }

    /** An attempt: the admin asks for a status, or the customer (or the payment sweeper) cancels. */
    record Attempt(OrderStatus adminTarget) {

        static Attempt customerCancel() {
            return new Attempt(null);
        }

        @Override
        public String toString() {
            return adminTarget == null ? "customer cancels" : "admin -> " + adminTarget;
        }
    }

    @Property(tries = 40)
    void stockComesBackAtMostOnceAndEndsRight(@ForAll("starts") OrderStatus start,
            @ForAll("attempts") List<Attempt> attempts) {
        ObjectId mango = insertProduct(true);
        ObjectId ghee = insertProduct(false);
        ObjectId orderId = insertOrder(start, List.of(line(mango, 3), line(ghee, 2), line(mango, 1)));
        OrderService service = MONGO.get(OrderService.class);
        for (Attempt attempt : attempts) {
            if (attempt.adminTarget() == null) {
                customerCancel(orderId);
            } else {
                try {
                    service.changeStatus(orderId, new StatusChangeRequest(attempt.adminTarget().stored(), null),
                            ADMIN);
                } catch (ApiException refused) {
                    // 409 (not allowed from here): nothing changed
                }
            }
            assertThat(stock(mango)).as("mango after %s", attempt).isBetween(INITIAL - 4, INITIAL);
            assertThat(stock(ghee)).as("ghee after %s", attempt).isBetween(INITIAL - 2, INITIAL);
        }
        boolean cancelled = OrderStatus.CANCELLED.stored()
                .equals(MONGO.get(AliasedUpdates.class).current(Order.COLLECTION, orderId).get(Order.STATUS));
        assertThat(stock(mango)).isEqualTo(cancelled ? INITIAL : INITIAL - 4);
        assertThat(stock(ghee)).isEqualTo(cancelled ? INITIAL : INITIAL - 2);
        if (cancelled) {
            // the give-back wrote both stock names, the legacy product's included
            for (ObjectId product : List.of(mango, ghee)) {
                Document raw = MONGO.db().getCollection(Product.COLLECTION).find(eq("_id", product)).first();
                assertThat(RawAliasCheck.check(Product.COLLECTION, raw, id -> null)).isEmpty();
            }
        }
    }

    @Provide
    Arbitrary<OrderStatus> starts() {
        return Arbitraries.of(OrderStatus.PENDING_PAYMENT, OrderStatus.ORDER_CREATED, OrderStatus.PAYMENT_CONFIRMED);
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<Attempt> admin = Arbitraries.of(OrderStatus.class).map(Attempt::new);
        // cancels weighted up: repeated cancels are where a second give-back would hide
        return Arbitraries.frequencyOf(Tuple.of(3, admin), Tuple.of(2, Arbitraries.just(new Attempt(
                OrderStatus.CANCELLED))), Tuple.of(2, Arbitraries.just(Attempt.customerCancel()))).list().ofMaxSize(8);
    }

    private static void customerCancel(ObjectId orderId) {
        AliasedUpdates updates = MONGO.get(AliasedUpdates.class);
        Document raw = updates.current(Order.COLLECTION, orderId);
        if (!(raw.get(Order.STATUS) instanceof String status)
                || !OrderStatus.lenient(status).map(CUSTOMER_MAY_CANCEL::contains).orElse(false)) {
            return;
        }
        Date now = new Date();
        Document update = new Document("$set",
                new Document(Order.STATUS, OrderStatus.CANCELLED.stored()).append(Order.UPDATED_AT, now))
                .append("$push", new Document(Order.STATUS_HISTORY,
                        new Document(StatusChange.STATUS, OrderStatus.CANCELLED.stored())
                                .append(StatusChange.TIMESTAMP, now).append(StatusChange.ACTOR, "customer")));
        if (updates.updateOne(Order.COLLECTION, and(eq(Order._ID, orderId), eq(Order.STATUS, status)), update, raw)
                .getModifiedCount() > 0) {
            Order order = updates.read(Order.class, raw);
            MONGO.get(StockRelease.class).release(orderId, new ArrayList<>(order.getProducts()));
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
        MONGO.db().getCollection(Product.COLLECTION).insertOne(product);
        return id;
    }

    private static ObjectId insertOrder(OrderStatus status, List<Document> lines) {
        ObjectId id = new ObjectId();
        ObjectId user = new ObjectId();
        MONGO.db().getCollection(Order.COLLECTION).insertOne(new Document("_id", id).append(Order.USER_ID, user)
                .append(Order.USER, user).append(Order.PRODUCTS, lines).append(Order.ITEMS, lines)
                .append(Order.STATUS, status.stored()).append(Order.STATUS_HISTORY, new ArrayList<>()));
        return id;
    }

    private static Document line(ObjectId product, int quantity) {
        return new Document("productId", product).append("product", product).append("productName", "Item")
                .append("quantity", quantity);
    }

    private static int stock(ObjectId product) {
        Document raw = MONGO.db().getCollection(Product.COLLECTION).find(eq("_id", product)).first();
        return ((Number) raw.get(Product.STOCK)).intValue();
    }
}
