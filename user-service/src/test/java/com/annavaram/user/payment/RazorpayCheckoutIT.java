package com.annavaram.user.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.user.catalog.CategoryEntity;
import com.annavaram.user.catalog.CategoryRepository;
import com.annavaram.user.catalog.ProductEntity;
import com.annavaram.user.catalog.ProductRepository;
import com.annavaram.user.support.AuthClient;
import com.annavaram.user.support.Categories;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.Products;
import com.annavaram.user.support.RazorpayProfile;
import com.annavaram.user.support.RazorpayStub;
import com.annavaram.user.support.Shop;
import com.annavaram.user.support.Storefront;
import com.annavaram.user.support.TestMongo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** S28 and S29 with Razorpay (against a local stub): the Checkout data, then the signed verification. */
@QuarkusTest
@TestProfile(RazorpayProfile.class)
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RazorpayCheckoutIT {

    @Inject
    MockMailbox mailbox;
    @Inject
    ProductRepository products;
    @Inject
    CategoryRepository categories;

    private Shop shop;
    private AuthClient.Session session;
    private ProductEntity ghee;

    @BeforeEach
    void cart() {
        TestMongo.clean();
        CategoryEntity sweets = Categories.sweets();
        categories.persist(sweets);
        ghee = Products.ghee(sweets);
        products.persist(ghee);
        shop = new Shop(mailbox);
        session = shop.customer("razorpay");
        Shop.added(session, ghee.getId(), 3);
    }

    @Test
    void s28ShouldAnswerWhatRazorpayCheckoutNeedsAndHoldTheOrderForPayment() {
        var placed = Shop.place(session).then().statusCode(201).body("data.order.status", equalTo("pending_payment"))
                .body("data.order.fulfillmentStatus", equalTo("pending_payment"))
                .body("data.razorpay.orderId", startsWith("order_T")).body("data.razorpay.amount", equalTo(104850))
                .body("data.razorpay.currency", equalTo("INR"))
                .body("data.razorpay.keyId", equalTo(RazorpayStub.KEY_ID))
                .body("data.razorpay.name", equalTo("Annavaram Store"))
                .body("data.razorpay.description", startsWith("Order ORD-"))
                .body("data.payment.gateway", equalTo("razorpay")).body("data.payment.status", equalTo("initiated"))
                .extract();

        String razorpayOrder = placed.path("data.razorpay.orderId");
        Document order = rawOrder(placed.path("data.order.id"));
        assertThat(order.getString("paymentIntentId")).isEqualTo(razorpayOrder);
        assertThat(order.get("expiresAt")).isNotNull();
        Storefront.authorized(session).get("/api/orders").then().body("data[0].paymentIntentId",
                equalTo(razorpayOrder));
        assertThat(stock()).isEqualTo(37);
    }

    @Test
    void s29ShouldCaptureThePaymentAndConfirmTheOrderOnceWhenTheSignatureIsRight() {
        var placed = Shop.place(session).then().statusCode(201).extract();
        String orderId = placed.path("data.order.id");
        String razorpayOrder = placed.path("data.razorpay.orderId");
        Map<String, Object> body = verification(orderId, razorpayOrder, "pay_OK1",
                RazorpayStub.sign(RazorpayStub.KEY_SECRET, razorpayOrder + "|pay_OK1"));

        Storefront.cors(verify(session, body).then()).statusCode(200).body("data.order.status", equalTo("paid"))
                .body("data.order.fulfillmentStatus", equalTo("payment_confirmed"))
                .body("data.payment.status", equalTo("captured"))
                .body("data.payment.transactionId", equalTo("pay_OK1"));
        verify(session, body).then().statusCode(200).body("data.order.status", equalTo("paid"));

        Document order = rawOrder(orderId);
        assertThat(order.getList("statusHistory", Document.class)).extracting(h -> h.getString("status"))
                .containsExactly("pending_payment", "payment_confirmed");
        assertThat(TestMongo.raw(CollectionNames.CARTS).find().first().getString("status")).isEqualTo("converted");
        assertThat(stock()).isEqualTo(37);
    }

    @Test
    void s29ShouldRefuseAWrongSignatureAndChangeNothing() {
        var placed = Shop.place(session).then().statusCode(201).extract();
        String orderId = placed.path("data.order.id");
        String razorpayOrder = placed.path("data.razorpay.orderId");
        Document orderBefore = rawOrder(orderId);
        Document paymentBefore = TestMongo.raw(CollectionNames.PAYMENTS).find().first();

        for (String signature : List.of(RazorpayStub.sign("wrong-secret", razorpayOrder + "|pay_X"),
                RazorpayStub.sign(RazorpayStub.KEY_SECRET, razorpayOrder + "|pay_OTHER"), "", "zz")) {
            Storefront.problem(verify(session, verification(orderId, razorpayOrder, "pay_X", signature)).then(), 400);
        }
        Storefront.problem(verify(session, verification(orderId, "order_SOMEONE_ELSE", "pay_X",
                RazorpayStub.sign(RazorpayStub.KEY_SECRET, "order_SOMEONE_ELSE|pay_X"))).then(), 400);

        assertThat(rawOrder(orderId)).isEqualTo(orderBefore);
        assertThat(TestMongo.raw(CollectionNames.PAYMENTS).find().first()).isEqualTo(paymentBefore);
    }

    @Test
    void s29ShouldAnswer404ForAnotherCustomersOrder() {
        var placed = Shop.place(session).then().statusCode(201).extract();
        String orderId = placed.path("data.order.id");
        String razorpayOrder = placed.path("data.razorpay.orderId");
        AuthClient.Session intruder = shop.customer("razorpay-intruder");

        Storefront.problem(verify(intruder, verification(orderId, razorpayOrder, "pay_1",
                RazorpayStub.sign(RazorpayStub.KEY_SECRET, razorpayOrder + "|pay_1"))).then(), 404);

        assertThat(rawOrder(orderId).getString("status")).isEqualTo("pending_payment");
    }

    @Test
    void shouldCancelTheOrderAndKeepTheCartWhenRazorpayCannotBeReached() {
        RazorpayStub.failNextOrder();

        Storefront.problem(Shop.place(session).then(), 502);

        Document order = TestMongo.raw(CollectionNames.ORDERS).find().first();
        assertThat(order.getString("status")).isEqualTo("cancelled");
        assertThat(stock()).isEqualTo(40);
        Shop.cart(session).then().body("data.status", equalTo("active")).body("data.items", hasSize(1));
        Shop.place(session).then().statusCode(201);
    }

    @Test
    void shouldListOnlyTheCustomersOwnPayments() {
        Shop.place(session).then().statusCode(201);
        AuthClient.Session other = shop.customer("razorpay-other");

        Storefront.cors(Storefront.authorized(session).get("/api/payments").then()).statusCode(200)
                .body("data", hasSize(1)).body("data[0].gateway", equalTo("razorpay"))
                .body("data[0].amount", equalTo(1048.5f)).body("data[0].status", equalTo("initiated"));
        Storefront.authorized(other).get("/api/payments").then().statusCode(200).body("data", hasSize(0));
    }

    static Map<String, Object> verification(String orderId, String razorpayOrder, String paymentId,
            String signature) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("paymentId", paymentId);
        body.put("signature", signature);
        body.put("razorpayOrderId", razorpayOrder);
        body.put("payload", Map.of("razorpay_payment_id", paymentId, "razorpay_order_id", razorpayOrder,
                "razorpay_signature", signature));
        return body;
    }

    static Response verify(AuthClient.Session session, Map<String, Object> body) {
        return Storefront.authorized(session).contentType("application/json").body(body)
                .post("/api/payments/razorpay/verify");
    }

    private int stock() {
        Document raw = TestMongo.raw(CollectionNames.PRODUCTS).find(new Document("_id", ghee.getId())).first();
        assertThat(raw.get("stock")).isEqualTo(raw.get("totalStock"));
        return raw.getInteger("stock");
    }

    static Document rawOrder(String id) {
        return TestMongo.raw(CollectionNames.ORDERS).find(new Document("_id", new ObjectId(id))).first();
    }
}
