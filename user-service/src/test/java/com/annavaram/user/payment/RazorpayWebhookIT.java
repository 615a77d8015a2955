package com.annavaram.user.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.user.catalog.CategoryEntity;
import com.annavaram.user.catalog.CategoryRepository;
import com.annavaram.user.catalog.ProductEntity;
import com.annavaram.user.catalog.ProductRepository;
import com.annavaram.user.order.OrderSweeper;
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

/** Razorpay's signed webhook and the expiry of unpaid orders: each changes an order once, however often it runs. */
@QuarkusTest
@TestProfile(RazorpayProfile.class)
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RazorpayWebhookIT {

    @Inject
    MockMailbox mailbox;
    @Inject
    ProductRepository products;
    @Inject
    CategoryRepository categories;
    @Inject
    OrderSweeper sweeper;

    private ProductEntity ghee;
    private String orderId;
    private String razorpayOrder;

    @BeforeEach
    void pendingOrder() {
        TestMongo.clean();
        CategoryEntity sweets = Categories.sweets();
        categories.persist(sweets);
        ghee = Products.ghee(sweets);
        products.persist(ghee);
        AuthClient.Session session = new Shop(mailbox).customer("webhook");
        Shop.added(session, ghee.getId(), 4);
        var placed = Shop.place(session).then().statusCode(201).extract();
        orderId = placed.path("data.order.id");
        razorpayOrder = placed.path("data.razorpay.orderId");
    }

    @Test
    void shouldCaptureOnceHoweverOftenPaymentCapturedIsDelivered() {
        String event = paymentEvent("payment.captured", "pay_W1");

        webhook(event, "evt_1").then().statusCode(200);
        Document paymentAfterFirst = payment();
        webhook(event, "evt_1").then().statusCode(200);
        webhook(event, "evt_2").then().statusCode(200);

        Document order = RazorpayCheckoutIT.rawOrder(orderId);
        assertThat(order.getString("status")).isEqualTo("payment_confirmed");
        assertThat(order.getList("statusHistory", Document.class)).extracting(h -> h.getString("status"))
                .containsExactly("pending_payment", "payment_confirmed");
        Document payment = payment();
        assertThat(payment.getString("status")).isEqualTo("captured");
        assertThat(payment.getString("transactionId")).isEqualTo("pay_W1");
        assertThat(payment.get("updatedAt")).isEqualTo(paymentAfterFirst.get("updatedAt"));
        assertThat(payment.get("rawResponse", Document.class).getList("webhookEvents", Document.class))
                .extracting(e -> e.getString("id")).containsExactly("evt_1", "evt_2");
        assertThat(stock()).isEqualTo(36);
    }

    @Test
    void shouldRefuseAWebhookWithAWrongSignatureAndChangeNothing() {
        String event = paymentEvent("payment.captured", "pay_W2");
        Document before = RazorpayCheckoutIT.rawOrder(orderId);

        Storefront.problem(Storefront.request().contentType("application/json")
                .header("X-Razorpay-Signature", RazorpayStub.sign("not-the-secret", event)).body(event)
                .post("/api/payments/razorpay/webhook").then(), 400);
        Storefront.problem(Storefront.request().contentType("application/json").body(event)
                .post("/api/payments/razorpay/webhook").then(), 400);

        assertThat(RazorpayCheckoutIT.rawOrder(orderId)).isEqualTo(before);
        assertThat(payment().getString("status")).isEqualTo("initiated");
    }

    @Test
    void shouldCancelTheOrderAndGiveTheStockBackOnceWhenThePaymentFails() {
        String event = paymentEvent("payment.failed", "pay_F1");

        webhook(event, "evt_f1").then().statusCode(200);
        webhook(event, "evt_f1").then().statusCode(200);
        webhook(event, "evt_f2").then().statusCode(200);

        Document order = RazorpayCheckoutIT.rawOrder(orderId);
        assertThat(order.getString("status")).isEqualTo("cancelled");
        assertThat(order.getBoolean("stockReleased")).isTrue();
        assertThat(payment().getString("status")).isEqualTo("failed");
        assertThat(stock()).isEqualTo(40);
    }

    @Test
    void shouldMarkACapturedPaymentRefundedOnce() {
        webhook(paymentEvent("payment.captured", "pay_R1"), "evt_c").then().statusCode(200);
        String refund = "{\"event\":\"refund.processed\",\"payload\":{\"refund\":{\"entity\":{\"id\":\"rfnd_1\","
                + "\"payment_id\":\"pay_R1\",\"amount\":139800}}}}";

        webhook(refund, "evt_r").then().statusCode(200);
        webhook(refund, "evt_r").then().statusCode(200);

        assertThat(payment().getString("status")).isEqualTo("refunded");
        assertThat(payment().get("rawResponse", Document.class).getList("webhookEvents", Document.class))
                .extracting(e -> e.getString("event")).containsExactly("payment.captured", "refund.processed");
    }

    @Test
    void shouldExpireAnUnpaidOrderAndGiveTheStockBackOnceHoweverOftenTheSweeperRuns() {
        assertThat(sweeper.expireUnpaid(Instant.now())).as("not due yet").isZero();
        Instant later = Instant.now().plus(Duration.ofMinutes(31));

        assertThat(sweeper.expireUnpaid(later)).isEqualTo(1);
        assertThat(sweeper.expireUnpaid(later)).isZero();

        Document order = RazorpayCheckoutIT.rawOrder(orderId);
        assertThat(order.getString("status")).isEqualTo("cancelled");
        assertThat(order.getList("statusHistory", Document.class).get(1).getString("actor")).isEqualTo("system");
        assertThat(payment().getString("status")).isEqualTo("failed");
        assertThat(stock()).isEqualTo(40);
        webhook(paymentEvent("payment.failed", "pay_late"), "evt_late").then().statusCode(200);
        assertThat(stock()).isEqualTo(40);
    }

    private String paymentEvent(String type, String paymentId) {
        return "{\"entity\":\"event\",\"event\":\"" + type + "\",\"payload\":{\"payment\":{\"entity\":{\"id\":\""
                + paymentId + "\",\"order_id\":\"" + razorpayOrder + "\",\"amount\":139800,\"status\":\""
                + (type.equals("payment.failed") ? "failed" : "captured") + "\"}}}}";
    }

    private static Response webhook(String body, String eventId) {
        return Storefront.request().contentType("application/json")
                .header("X-Razorpay-Signature", RazorpayStub.sign(RazorpayStub.WEBHOOK_SECRET, body))
                .header("X-Razorpay-Event-Id", eventId).body(body).post("/api/payments/razorpay/webhook");
    }

    private static Document payment() {
        return TestMongo.raw(CollectionNames.PAYMENTS).find().first();
    }

    private int stock() {
        Document raw = TestMongo.raw(CollectionNames.PRODUCTS).find(new Document("_id", ghee.getId())).first();
        assertThat(raw.get("stock")).isEqualTo(raw.get("totalStock"));
        return raw.getInteger("stock");
    }
}
