package com.annavaram.user.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.admin.Admin;
import com.annavaram.model.cart.Cart;
import com.annavaram.model.cart.CartItem;
import com.annavaram.model.cart.WishlistEntry;
import com.annavaram.model.catalog.LegacyAdminProduct;
import com.annavaram.model.customer.User;
import com.annavaram.model.order.LegacyOrderItem;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.model.payment.Payment;
import com.annavaram.testsupport.LegacyFixtures;
import com.annavaram.testsupport.MongoTestServer;
import com.annavaram.testsupport.TestDatabases;
import com.annavaram.user.catalog.CategoryEntity;
import com.annavaram.user.catalog.ProductEntity;
import com.annavaram.user.order.OrderEntity;
import com.annavaram.user.review.ReviewEntity;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Reads the whole legacy data set through the application's own client, so through the registry its customizer
 * installed: every document of every collection must map, with alias pairs filled and legacy statuses translated.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class LegacyFixturesIT {

    private static final List<String> LEGACY_STATUSES = List.of("paid", "pending", "shipped", "processing");

    /** Loaded before the alias checker takes its first baseline: the set's unequal pairs are its input. */
    private static String database;

    @Inject
    MongoClient client;

    @BeforeAll
    static void loadFixtures() {
        database = TestDatabases.unique("user_legacy_fixtures");
        LegacyFixtures.load(MongoTestServer.get().client().getDatabase(database));
    }

    @AfterAll
    static void dropFixtures() {
        MongoTestServer.get().client().getDatabase(database).drop();
    }

    static List<Object[]> collections() {
        return List.of(new Object[]{CollectionNames.PRODUCTS, ProductEntity.class},
                new Object[]{CollectionNames.ADMIN_PRODUCTS, LegacyAdminProduct.class},
                new Object[]{CollectionNames.CATEGORIES, CategoryEntity.class},
                new Object[]{CollectionNames.ORDERS, OrderEntity.class},
                new Object[]{CollectionNames.ORDER_ITEMS, LegacyOrderItem.class},
                new Object[]{CollectionNames.REVIEWS, ReviewEntity.class},
                new Object[]{CollectionNames.USERS, User.class}, new Object[]{CollectionNames.ADMINS, Admin.class},
                new Object[]{CollectionNames.CARTS, Cart.class},
                new Object[]{CollectionNames.CART_ITEMS, CartItem.class},
                new Object[]{CollectionNames.WISHLISTS, WishlistEntry.class},
                new Object[]{CollectionNames.PAYMENTS, Payment.class});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void shouldReadEveryDocumentOfTheCollection(String collection, Class<?> type) {
        int expected = LegacyFixtures.read().get(collection).size();

        List<?> read = typed(collection, type);

        assertThat(expected).isPositive();
        assertThat(read).hasSize(expected).doesNotContainNull();
    }

    @Test
    void shouldFillAndResolveTheStockAndImagePairsOfProducts() {
        Map<Object, Document> raw = rawById(CollectionNames.PRODUCTS);

        for (ProductEntity product : typed(CollectionNames.PRODUCTS, ProductEntity.class)) {
            Document stored = raw.get(product.getId());
            Object firstName = stored.containsKey("stock") ? stored.get("stock") : stored.get("totalStock");
            assertThat(product.getStock()).as("stock of %s", product.getId()).isEqualTo(firstName);
            assertThat(product.getTotalStock()).as("totalStock of %s", product.getId()).isEqualTo(firstName);
            if (!product.getImages().isEmpty()) {
                assertThat(product.getImageUrl()).isEqualTo(product.getImages().get(0));
            }
        }
        assertThat(raw.values()).as("the set has products with only stock, and with unequal stock")
                .anyMatch(doc -> !doc.containsKey("totalStock"))
                .anyMatch(doc -> doc.containsKey("totalStock") && !Objects.equals(doc.get("stock"),
                        doc.get("totalStock")));
    }

    @Test
    void shouldFillTheUserLineAndProductPairsOfOrdersAndMapLegacyStatuses() {
        List<OrderEntity> orders = typed(CollectionNames.ORDERS, OrderEntity.class);

        for (OrderEntity order : orders) {
            assertThat(order.getUserId()).as("userId of %s", order.getId()).isNotNull().isEqualTo(order.getUser());
            assertThat(order.getItems()).as("items of %s", order.getId()).isNotNull()
                    .isEqualTo(order.getProducts());
            for (OrderLine line : order.getProducts()) {
                assertThat(line.getProductId()).isNotNull().isEqualTo(line.getProduct());
            }
            assertThat(OrderStatus.ofStored(order.getStatus())).as("status of %s", order.getId()).isPresent();
            assertThat(order.getStatusHistory()).allSatisfy(
                    change -> assertThat(OrderStatus.ofStored(change.getStatus())).isPresent());
        }
        assertThat(rawById(CollectionNames.ORDERS).values()).as("the set has orders whose lines are only in products")
                .anyMatch(doc -> !doc.getList("products", Document.class, List.of()).isEmpty()
                        && doc.getList("items", Document.class, List.of()).isEmpty());
        assertThat(orders).as("their items are filled").anySatisfy(order -> assertThat(order.getItems()).isNotEmpty());
        assertThat(orders).extracting(OrderEntity::getStatus).doesNotContainAnyElementsOf(LEGACY_STATUSES)
                .contains(OrderStatus.PAYMENT_CONFIRMED.stored(), OrderStatus.DISPATCHED.stored());
        assertThat(rawById(CollectionNames.ORDERS).values()).extracting(doc -> doc.getString("status"))
                .as("the set stores legacy statuses").containsAnyElementsOf(LEGACY_STATUSES);
    }

    @Test
    void shouldFillTheUserProductAndTextPairsOfReviews() {
        for (ReviewEntity review : typed(CollectionNames.REVIEWS, ReviewEntity.class)) {
            assertThat(review.getUserId()).as("userId of %s", review.getId()).isNotNull().isEqualTo(review.getUser());
            assertThat(review.getProductId()).as("productId of %s", review.getId()).isNotNull()
                    .isEqualTo(review.getProduct());
            assertThat(review.getReviewText()).as("reviewText of %s", review.getId()).isEqualTo(review.getComment());
        }
    }

    private MongoDatabase database() {
        return client.getDatabase(database);
    }

    private <T> List<T> typed(String collection, Class<T> type) {
        return database().getCollection(collection, type).find().into(new ArrayList<>());
    }

    private Map<Object, Document> rawById(String collection) {
        Map<Object, Document> byId = new HashMap<>();
        MongoTestServer.get().client().getDatabase(database).getCollection(collection).find()
                .forEach(doc -> byId.put(doc.get("_id"), doc));
        return byId;
    }
}
