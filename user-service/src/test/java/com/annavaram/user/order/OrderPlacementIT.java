package com.annavaram.user.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.order.OrderIds;
import com.annavaram.user.catalog.CategoryEntity;
import com.annavaram.user.catalog.CategoryRepository;
import com.annavaram.user.catalog.ProductEntity;
import com.annavaram.user.catalog.ProductRepository;
import com.annavaram.user.support.AuthClient;
import com.annavaram.user.support.Categories;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.Products;
import com.annavaram.user.support.Shop;
import com.annavaram.user.support.Storefront;
import com.annavaram.user.support.TestMongo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** S28 with the manual gateway: the order written complete for both services, the cart converted, stock taken. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OrderPlacementIT {

    @Inject
    MockMailbox mailbox;
    @Inject
    ProductRepository products;
    @Inject
    CategoryRepository categories;

    private Shop shop;
    private AuthClient.Session session;
    private ProductEntity ghee;
    private ProductEntity kaja;

    @BeforeEach
    void cartWithTwoLines() {
        TestMongo.clean();
        CategoryEntity sweets = Categories.sweets();
        categories.persist(sweets);
        ghee = Products.ghee(sweets);
        kaja = Products.onSale(sweets, "Kakinada Kaja", "120.25", 7);
        products.persist(List.of(ghee, kaja));
        shop = new Shop(mailbox);
        session = shop.customer("order");
        Shop.added(session, ghee.getId(), 2);
        Shop.added(session, kaja.getId(), 1);
    }

    @Test
    void s28ShouldPlaceACashOnDeliveryOrderAndAnswerWhatTheSuccessPageReads() {
        var response = Storefront.cors(Shop.place(session).then()).statusCode(201).body("success", equalTo(true))
                .body("data.razorpay", nullValue()).body("data.order.id", matchesPattern("[0-9a-f]{24}"))
                .body("data.order.status", equalTo("processing"))
                .body("data.order.fulfillmentStatus", equalTo("order_created"))
                .body("data.order.totalAmount", equalTo(819.25f)).body("data.order.currency", equalTo("INR"))
                .body("data.payment.status", equalTo("initiated")).body("data.payment.gateway", equalTo("manual"))
                .body("data.items", hasSize(2)).body("data.items[0].product", equalTo(ghee.getId().toHexString()))
                .body("data.items[0].productName", equalTo("Cow Ghee 500ml")).body("data.items[0].quantity", equalTo(2))
                .body("data.items[0].subtotal", equalTo(699.0f)).body("data.items[0].unitPrice", equalTo(349.5f))
                .extract();
        assertThat(OrderIds.isValid(response.path("data.order.orderId"))).isTrue();

        assertThat(stock(ghee)).containsExactly(38, 38);
        assertThat(stock(kaja)).containsExactly(6, 6);
        Document cart = TestMongo.raw(CollectionNames.CARTS).find().first();
        assertThat(cart.getString("status")).isEqualTo("converted");
        Shop.cart(session).then().body("data.items", hasSize(0));
    }

    @Test
    void shouldWriteAnOrderTheAdminPanelReadsComplete() {
        String id = Shop.place(session).then().statusCode(201).extract().path("data.order.id");

        Document raw = TestMongo.raw(CollectionNames.ORDERS).find(new Document("_id", new ObjectId(id))).first();
        ObjectId user = new ObjectId(session.userId());
        assertThat(OrderIds.isValid(raw.getString("orderId"))).isTrue();
        assertThat(raw.get("userId")).isEqualTo(user);
        assertThat(raw.get("user")).isEqualTo(user);
        assertThat(raw.getString("currency")).isEqualTo("INR");
        assertThat(raw.getString("status")).isEqualTo("order_created");
        assertThat(raw.get("totalAmount")).isEqualTo(new Decimal128(new BigDecimal("819.25")));
        List<Document> lines = raw.getList("products", Document.class);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("productId")).isEqualTo(ghee.getId());
        assertThat(lines.get(0).get("product")).isEqualTo(ghee.getId());
        assertThat(lines.get(0).getString("productName")).isEqualTo("Cow Ghee 500ml");
        assertThat(lines.get(0).getInteger("quantity")).isEqualTo(2);
        assertThat(lines.get(0).get("unitPrice")).isEqualTo(new Decimal128(new BigDecimal("349.50")));
        assertThat(lines.get(0).get("subtotal")).isEqualTo(new Decimal128(new BigDecimal("699.00")));
        assertThat(raw.getList("items", Document.class)).isEqualTo(lines);
        Document placed = raw.getList("statusHistory", Document.class).get(0);
        assertThat(placed.getString("status")).isEqualTo("order_created");
        assertThat(placed.getString("actor")).isEqualTo("customer");
        assertThat(placed.get("timestamp")).isInstanceOf(java.util.Date.class);
        assertThat(raw.get("shippingAddress", Document.class).getString("city")).isEqualTo("Annavaram");
        assertThat(raw.getString("notes")).isEqualTo("Please ring twice");
        assertThat(raw.getBoolean("stockReleased")).isFalse();
        Document payment = TestMongo.raw(CollectionNames.PAYMENTS).find(new Document("order", raw.get("_id")))
                .first();
        assertThat(payment.getString("gateway")).isEqualTo("manual");
        assertThat(payment.getString("status")).isEqualTo("initiated");
        assertThat(payment.get("amount")).isEqualTo(new Decimal128(new BigDecimal("819.25")));
    }

    @Test
    void shouldCheckEveryLimitedLineAgainstTheOrdersTheCustomerAlreadyHas() {
        limit(ghee, 3);
        limit(kaja, 1);
        ObjectId user = new ObjectId(session.userId());
        TestMongo.raw(CollectionNames.ORDERS).insertOne(Shop.rawOrder(user, ghee.getId(), 1, "order_created"));
        TestMongo.raw(CollectionNames.ORDERS).insertOne(Shop.rawOrder(user, kaja.getId(), 1, "payment_confirmed"));

        Storefront.problem(Shop.place(session).then(), 409).body("detail", equalTo(
                "You can buy at most 1 units of Kakinada Kaja and your orders already hold 1."));
        assertThat(stock(ghee)).containsExactly(40, 40);
        assertThat(stock(kaja)).containsExactly(7, 7);

        TestMongo.raw(CollectionNames.ORDERS).updateMany(new Document("products.productId", kaja.getId()),
                new Document("$set", new Document("status", "cancelled")));
        Shop.place(session).then().statusCode(201);
        assertThat(stock(ghee)).containsExactly(38, 38);
        assertThat(stock(kaja)).containsExactly(6, 6);
    }

    private static void limit(ProductEntity product, int max) {
        TestMongo.raw(CollectionNames.PRODUCTS).updateOne(new Document("_id", product.getId()),
                new Document("$set", new Document("maxUnitsPerUser", max).append("isUnlimitedPurchase", false)));
    }

    @Test
    void shouldAnswerARetriedPlacementWithTheFirstOrder() {
        String first = Shop.place(session, "checkout-42").then().statusCode(201).extract().path("data.order.id");
        Shop.added(session, kaja.getId(), 1);

        Shop.place(session, "checkout-42").then().statusCode(201).body("data.order.id", equalTo(first))
                .body("data.payment.status", equalTo("initiated"));

        assertThat(TestMongo.raw(CollectionNames.ORDERS).countDocuments()).isEqualTo(1);
        assertThat(stock(kaja)).containsExactly(6, 6);
        Shop.cart(session).then().body("data.items", hasSize(1));
    }

    @Test
    void shouldPlaceOneOrderWhenTheSameKeyIsSentTwiceAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Response> placement = () -> Shop.place(session, "double-click");
            List<Future<Response>> answers = pool.invokeAll(List.of(placement, placement));

            Response first = answers.get(0).get();
            Response second = answers.get(1).get();
            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(second.statusCode()).isEqualTo(201);
            assertThat(second.jsonPath().getString("data.order.id"))
                    .isEqualTo(first.jsonPath().getString("data.order.id"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(TestMongo.raw(CollectionNames.ORDERS).countDocuments()).isEqualTo(1);
        assertThat(stock(ghee)).containsExactly(38, 38);
    }

    /**
     * The second of two same-key requests can arrive after the first claimed the cart but before its order exists:
     * it finds no active cart, and must answer the first order rather than "Your cart is empty".
     */
    @Test
    void shouldAnswerARetryThatArrivesWhileTheFirstPlacementHoldsTheCart() throws Exception {
        ObjectId user = new ObjectId(session.userId());
        TestMongo.raw(CollectionNames.CARTS).updateOne(new Document("user", user), new Document("$set",
                new Document("status", "converted").append(OrderPlacement.CHECKOUT_KEY, user.toHexString()
                        + ":slow-first")));
        Document first = Shop.rawOrder(user, ghee.getId(), 1, "payment_confirmed").append("idempotencyKey", user
                .toHexString() + ":slow-first");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> {
                Thread.sleep(700);
                TestMongo.raw(CollectionNames.ORDERS).insertOne(first);
                return null;
            });

            Response retry = Shop.place(session, "slow-first");

            assertThat(retry.statusCode()).as(retry.asString()).isEqualTo(201);
            assertThat(retry.jsonPath().getString("data.order.id")).isEqualTo(first.getObjectId("_id")
                    .toHexString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldTreatTheSameKeyFromAnotherCustomerAsAnotherOrder() {
        AuthClient.Session other = shop.customer("order-other");
        Shop.added(other, kaja.getId(), 1);

        Shop.place(session, "same-key").then().statusCode(201);
        Shop.place(other, "same-key").then().statusCode(201);

        assertThat(TestMongo.raw(CollectionNames.ORDERS).countDocuments()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAnEmptyCartAndAnUnavailableProductLeavingStockAndCartAlone() {
        TestMongo.raw(CollectionNames.PRODUCTS).updateOne(new Document("_id", kaja.getId()),
                new Document("$set", new Document("isActive", false)));

        Storefront.problem(Shop.place(session).then(), 409).body("detail", equalTo(
                "Product not available: Kakinada Kaja"));
        assertThat(stock(ghee)).containsExactly(40, 40);
        Shop.cart(session).then().body("data.status", equalTo("active")).body("data.items", hasSize(2));

        AuthClient.Session empty = shop.customer("order-empty");
        Storefront.problem(Shop.place(empty).then(), 400).body("detail", equalTo("Your cart is empty"));
        assertThat(TestMongo.raw(CollectionNames.ORDERS).countDocuments()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldRefuseAnIncompleteAddressAndABadKey() {
        Map<String, Object> body = Shop.checkout();
        ((Map<String, Object>) body.get("shippingAddress")).remove("line1");

        Storefront.problem(Storefront.authorized(session).contentType("application/json").body(body)
                .post("/api/orders").then(), 400).body("errors[0].pointer", equalTo("/shippingAddress/line1"));
        Storefront.problem(Storefront.authorized(session).contentType("application/json").body(Map.of())
                .post("/api/orders").then(), 400);
        Storefront.problem(Shop.place(session, "bad key with spaces").then(), 400);
        assertThat(TestMongo.raw(CollectionNames.ORDERS).countDocuments()).isZero();
        assertThat(stock(ghee)).containsExactly(40, 40);
    }

    private static List<Object> stock(ProductEntity product) {
        Document raw = TestMongo.raw(CollectionNames.PRODUCTS).find(new Document("_id", product.getId())).first();
        return List.of(raw.get("stock"), raw.get("totalStock"));
    }
}
