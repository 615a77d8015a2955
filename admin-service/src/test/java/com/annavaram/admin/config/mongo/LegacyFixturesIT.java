package com.annavaram.admin.config.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.annavaram.model.admin.Admin;
import com.annavaram.model.cart.Cart;
import com.annavaram.model.cart.CartItem;
import com.annavaram.model.cart.WishlistEntry;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.LegacyAdminProduct;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.customer.User;
import com.annavaram.model.order.LegacyOrderItem;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.model.order.StatusChange;
import com.annavaram.model.payment.Payment;
import com.annavaram.model.review.Review;
import com.annavaram.testsupport.LegacyFixtures;
import com.annavaram.testsupport.MongoTestServer;
import com.annavaram.testsupport.TestDatabases;

/** Every document of the legacy data set reads through the Spring mapping, its alias pairs filled and equal. */
@SpringBootTest
class LegacyFixturesIT {

    private static final String DATABASE = TestDatabases.unique("admin_legacy");
    private static final List<String> LEGACY_STATUSES = List.of("paid", "pending", "shipped", "processing");

    private static Map<String, Integer> loaded;

    /**
     * The legacy data is there before the service starts, as in production: the service must start on it although
     * some catalogue indexes cannot be built (25 storefront orders share a null {@code orderId}). Loaded once, before
     * the alias checker's first baseline, so the legacy pairs are not counted as the tests' doing.
     */
    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        loaded = LegacyFixtures.load(MongoTestServer.get().client().getDatabase(DATABASE));
        registry.add("spring.mongodb.uri", () -> MongoTestServer.get().uri(DATABASE));
    }

    private final MongoTemplate mongo;

    LegacyFixturesIT(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Test
    void shouldStartOnUnmigratedDataWithTheIndexesThatCanBeBuilt() {
        assertThat(indexNames(Order.COLLECTION)).doesNotContain("orderId_1");
        assertThat(indexNames(Category.COLLECTION)).contains("name_1", "slug_1");
    }

    static Stream<Arguments> documentClasses() {
        return Stream.of(Arguments.of(Product.class, Product.COLLECTION),
                Arguments.of(LegacyAdminProduct.class, LegacyAdminProduct.COLLECTION),
                Arguments.of(Category.class, Category.COLLECTION), Arguments.of(Order.class, Order.COLLECTION),
                Arguments.of(LegacyOrderItem.class, LegacyOrderItem.COLLECTION),
                Arguments.of(Review.class, Review.COLLECTION), Arguments.of(User.class, User.COLLECTION),
                Arguments.of(Admin.class, Admin.COLLECTION), Arguments.of(Cart.class, Cart.COLLECTION),
                Arguments.of(CartItem.class, CartItem.COLLECTION),
                Arguments.of(WishlistEntry.class, WishlistEntry.COLLECTION),
                Arguments.of(Payment.class, Payment.COLLECTION));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("documentClasses")
    void shouldReadEveryLegacyDocument(Class<?> type, String collection) {
        List<?> documents = mongo.findAll(type);

        assertThat(loaded.get(collection)).as("fixture documents of %s", collection).isPositive();
        assertThat(documents).hasSize(loaded.get(collection)).doesNotContainNull();
    }

    @Test
    void shouldKeepTheLegacyIdsOfSavedAddresses() {
        List<String> ids = mongo.findAll(User.class).stream().flatMap(u -> u.getAddresses().stream())
                .map(a -> a.getId()).toList();

        assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).matches("[0-9a-f]{32}"));
    }

    @Test
    void shouldFillAndEqualiseProductAliases() {
        for (Product product : mongo.findAll(Product.class)) {
            assertThat(product.getStock()).as("stock of %s", product.getId()).isNotNull()
                    .isEqualTo(product.getTotalStock());
            if (!product.getImages().isEmpty()) {
                assertThat(product.getImageUrl()).as("imageUrl of %s", product.getId())
                        .isEqualTo(product.getImages().get(0));
            }
        }
    }

    @Test
    void shouldLetStockWinWhereLegacyStockNamesDisagree() {
        List<Document> disagreeing = raw(Product.COLLECTION).stream()
                .filter(doc -> doc.containsKey(Product.TOTAL_STOCK)
                        && !Objects.equals(doc.get(Product.STOCK), doc.get(Product.TOTAL_STOCK)))
                .toList();

        assertThat(disagreeing).as("fixture products whose stock names disagree").isNotEmpty();
        for (Document doc : disagreeing) {
            Product product = mongo.findById(doc.get("_id"), Product.class);
            assertThat(product.getTotalStock()).isEqualTo(doc.getInteger(Product.STOCK));
        }
    }

    @Test
    void shouldFillAndEqualiseOrderAliases() {
        for (Order order : mongo.findAll(Order.class)) {
            assertThat(order.getUserId()).as("userId of %s", order.getId()).isNotNull().isEqualTo(order.getUser());
            assertThat(order.getProducts()).as("lines of %s", order.getId()).isEqualTo(order.getItems());
            for (OrderLine line : order.getProducts()) {
                assertThat(line.getProductId()).as("line of %s", order.getId()).isNotNull()
                        .isEqualTo(line.getProduct());
            }
        }
    }

    @Test
    void shouldMapLegacyOrderStatusesToTheStoredVocabulary() {
        List<String> rawStatuses = raw(Order.COLLECTION).stream().map(doc -> doc.getString(Order.STATUS)).toList();
        assertThat(rawStatuses).as("fixture statuses").containsAnyElementsOf(LEGACY_STATUSES);

        for (Order order : mongo.findAll(Order.class)) {
            assertThat(OrderStatus.ofStored(order.getStatus())).as("status of %s", order.getId()).isPresent();
            assertThat(order.getStatusHistory()).extracting(StatusChange::getStatus)
                    .doesNotContainAnyElementsOf(LEGACY_STATUSES);
        }
    }

    @Test
    void shouldFillAndEqualiseReviewAliases() {
        for (Review review : mongo.findAll(Review.class)) {
            assertThat(review.getUserId()).as("userId of %s", review.getId()).isNotNull()
                    .isEqualTo(review.getUser());
            assertThat(review.getProductId()).as("productId of %s", review.getId()).isNotNull()
                    .isEqualTo(review.getProduct());
            assertThat(review.getReviewText()).as("reviewText of %s", review.getId())
                    .isEqualTo(review.getComment());
        }
    }

    private List<String> indexNames(String collection) {
        return mongo.getDb().getCollection(collection).listIndexes().map(index -> index.getString("name"))
                .into(new ArrayList<>());
    }

    private List<Document> raw(String collection) {
        return mongo.getDb().getCollection(collection).find().into(new ArrayList<>());
    }
}
