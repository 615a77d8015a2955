package com.annavaram.user.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.user.support.Accounts;
import com.annavaram.user.support.AuthClient;
import com.annavaram.user.support.LegacyMongoResource;
import com.annavaram.user.support.LegacyProfile;
import com.annavaram.user.support.RazorpayStub;
import com.annavaram.user.support.Shop;
import com.annavaram.user.support.Storefront;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** S28–S31 replayed on the legacy data set as customer 0, with Razorpay on (against the local stub). */
@QuarkusTest
@TestProfile(LegacyProfile.class)
@WithTestResource(value = LegacyMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class LegacyOrderContractIT {

    private static final ObjectId DELIVERED_STOREFRONT_ORDER = new ObjectId("5c4fdbae2c5c64988924e277");
    private static final ObjectId ADMIN_ORDER_REACHED_CITY = new ObjectId("e151d797f85ff8460ab1881f");
    private static final ObjectId PAID_STOREFRONT_ORDER = new ObjectId("508144789822da5e0e0bf653");
    private static final ObjectId PENDING_LINE_PRODUCT = new ObjectId("36abb80e9df056056ff845a3");

    @Inject
    MockMailbox mailbox;

    private AuthClient.Session session;

    @BeforeAll
    static void legacySet() {
        LegacyMongoResource.reload();
    }

    @BeforeEach
    void login() {
        session = LegacyData.login(new AuthClient(mailbox));
    }

    @Test
    void s28AndS29ShouldPlaceTheLegacyCartAndConfirmItsPayment() {
        var placed = Storefront.cors(Shop.place(session).then()).statusCode(201)
                .body("data.razorpay.orderId", startsWith("order_")).body("data.razorpay.amount", equalTo(247100))
                .body("data.razorpay.currency", equalTo("INR"))
                .body("data.razorpay.keyId", equalTo(RazorpayStub.KEY_ID))
                .body("data.razorpay.name", instanceOf(String.class))
                .body("data.razorpay.description", instanceOf(String.class))
                .body("data.order.id", matchesPattern("[0-9a-f]{24}")).body("data.order.status", equalTo(
                        "pending_payment"))
                .body("data.order.totalAmount", equalTo(2471.0f)).body("data.payment.status", equalTo("initiated"))
                .body("data.items.product", everyItem(matchesPattern("[0-9a-f]{24}")))
                .body("data.items.productName", hasItem("Jackfruit-Chips!"))
                .body("data.items.quantity", everyItem(instanceOf(Integer.class)))
                .body("data.items.subtotal", everyItem(notNullValue())).extract();
        Document chips = LegacyData.rawById("products", LegacyData.JACKFRUIT_CHIPS);
        assertThat(chips.get("stock")).isEqualTo(48);
        assertThat(chips.get("totalStock")).as("the legacy pair is written equal").isEqualTo(48);

        String orderId = placed.path("data.order.id");
        String razorpayOrder = placed.path("data.razorpay.orderId");
        Map<String, Object> verification = Map.of("orderId", orderId, "paymentId", "pay_L1", "signature",
                RazorpayStub.sign(RazorpayStub.KEY_SECRET, razorpayOrder + "|pay_L1"), "razorpayOrderId",
                razorpayOrder, "payload", Map.of("razorpay_payment_id", "pay_L1"));
        Storefront.cors(Storefront.authorized(session).contentType("application/json").body(verification)
                .post("/api/payments/razorpay/verify").then()).statusCode(200)
                .body("data.order.status", equalTo("paid")).body("data.order.id", equalTo(orderId))
                .body("data.payment.status", equalTo("captured"));
    }

    @Test
    void s30ShouldListLegacyOrdersOfBothShapesNewestFirstInTheStorefrontsWords() {
        JsonPath body = Storefront.cors(Storefront.authorized(session).get("/api/orders").then()).statusCode(200)
                .body("data.id", everyItem(matchesPattern("[0-9a-f]{24}")))
                .body("data.createdAt", everyItem(matchesPattern(Storefront.ISO_UTC)))
                .body("data.currency", everyItem(equalTo("INR")))
                .body("data.totalAmount", everyItem(instanceOf(Number.class)))
                .body("data.shippingAddress.name", everyItem(instanceOf(String.class)))
                .body("data.shippingAddress.line1", everyItem(instanceOf(String.class)))
                .body("data.shippingAddress.city", everyItem(instanceOf(String.class)))
                .body("data.shippingAddress.postalCode", everyItem(instanceOf(String.class))).extract().jsonPath();

        assertThat(body.getList("data.createdAt", String.class)).isSortedAccordingTo(Comparator.reverseOrder());
        Map<String, Object> delivered = order(body, DELIVERED_STOREFRONT_ORDER);
        assertThat(delivered.get("status")).isEqualTo("delivered");
        List<Map<String, Object>> lines = lines(delivered);
        assertThat(lines).extracting(l -> l.get("productName")).containsExactlyInAnyOrder("Jalebi!", "Lemon Pickle");
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.get("product")).isInstanceOf(String.class);
            assertThat(l.get("quantity")).isInstanceOf(Integer.class);
            assertThat(l.get("price")).isInstanceOf(Number.class);
        });
        Map<String, Object> reachedCity = order(body, ADMIN_ORDER_REACHED_CITY);
        assertThat(reachedCity.get("status")).isEqualTo("shipped");
        assertThat(reachedCity.get("fulfillmentStatus")).isEqualTo("reached_city");
        assertThat(lines(reachedCity).get(0).get("productName")).isEqualTo("Ribbon Pakodam");
        assertThat(order(body, PAID_STOREFRONT_ORDER).get("status")).isEqualTo("paid");
        assertThat(order(body, PAID_STOREFRONT_ORDER).get("fulfillmentStatus")).isEqualTo("payment_confirmed");
    }

    @Test
    void s31ShouldCancelTheLegacyPendingOrderGivingItsOrderItemsStockBackOnceThenRemoveIt() {
        int before = stock(PENDING_LINE_PRODUCT);
        String id = LegacyData.PENDING_ORDER.toHexString();

        Storefront.cors(Storefront.authorized(session).delete("/api/orders/" + id).then()).statusCode(200)
                .body("data.status", equalTo("cancelled"));
        Storefront.authorized(session).delete("/api/orders/" + id).then().statusCode(200);
        Storefront.authorized(session).delete("/api/orders/" + id).then().statusCode(200);

        assertThat(stock(PENDING_LINE_PRODUCT)).isEqualTo(before + 1);
        Document order = LegacyData.rawById("orders", LegacyData.PENDING_ORDER);
        assertThat(order.getString("status")).isEqualTo("cancelled");
        assertThat(order.get("userId")).as("the legacy user pair is written equal").isEqualTo(order.get("user"));
        Storefront.authorized(session).get("/api/orders").then().body("data.id.findAll { it == '" + id + "' }",
                empty());
        assertThat(LegacyData.raw("payments").find(new Document("order", LegacyData.PENDING_ORDER)).first()
                .getString("status")).isEqualTo("failed");
    }

    @Test
    void shouldListTheLegacyPaymentsOfTheCustomersOrders() {
        Storefront.cors(Storefront.authorized(session).get("/api/payments").then()).statusCode(200)
                .body("data.order", hasItem(LegacyData.PENDING_ORDER.toHexString()))
                .body("data.amount", everyItem(instanceOf(Number.class)))
                .body("data.status", everyItem(instanceOf(String.class)));
    }

    @Test
    void shouldAnswer404ToAnotherLegacyCustomersOrder() {
        AuthClient.Session other = new AuthClient(mailbox).login("customer1@example.test", Accounts.LEGACY_PASSWORD);

        for (ObjectId id : List.of(DELIVERED_STOREFRONT_ORDER, ADMIN_ORDER_REACHED_CITY, LegacyData.PENDING_ORDER)) {
            Storefront.problem(Storefront.authorized(other).get("/api/orders/" + id).then(), 404);
            Storefront.problem(Storefront.authorized(other).delete("/api/orders/" + id).then(), 404);
        }
        assertThat(LegacyData.rawById("orders", ADMIN_ORDER_REACHED_CITY).getString("status"))
                .isEqualTo("reached_city");
    }

    private static int stock(ObjectId product) {
        Document raw = LegacyData.rawById("products", product);
        Object stock = raw.get("stock") != null ? raw.get("stock") : raw.get("totalStock");
        return ((Number) stock).intValue();
    }

    private static Map<String, Object> order(JsonPath body, ObjectId id) {
        return body.<Map<String, Object>>getList("data").stream().filter(o -> id.toHexString().equals(o.get("id")))
                .findFirst().orElseThrow(() -> new AssertionError("order " + id + " not listed"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Map<String, Object> order) {
        return (List<Map<String, Object>>) order.get("items");
    }
}
