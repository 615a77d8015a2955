package com.annavaram.user.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

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
import com.annavaram.user.support.Shop;
import com.annavaram.user.support.Storefront;
import com.annavaram.user.support.TestMongo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** S30, S31 and GET /api/orders/{id}: the profile page's orders, cancelling, and nobody else's orders. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OrderHistoryIT {

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
    void customerWithProducts() {
        TestMongo.clean();
        CategoryEntity sweets = Categories.sweets();
        categories.persist(sweets);
        ghee = Products.ghee(sweets);
        products.persist(ghee);
        shop = new Shop(mailbox);
        session = shop.customer("history");
    }

    @Test
    void s30ShouldListTheCustomersOrdersNewestFirstWithWhatTheProfilePageReads() {
        String first = placed(1);
        String second = placed(2);

        Storefront.cors(Storefront.authorized(session).get("/api/orders").then()).statusCode(200)
                .body("data", hasSize(2)).body("data[0].id", equalTo(second)).body("data[1].id", equalTo(first))
                .body("data[0].status", equalTo("processing")).body("data[0].totalAmount", equalTo(699.0f))
                .body("data[0].currency", equalTo("INR")).body("data[0].shippingAddress.name", equalTo("Lakshmi Devi"))
                .body("data[0].shippingAddress.postalCode", equalTo("533406"))
                .body("data[0].items[0].productName", equalTo("Cow Ghee 500ml"))
                .body("data[0].items[0].quantity", equalTo(2)).body("data[0].items[0].price", equalTo(349.5f))
                .body("data[0].items[0].product", equalTo(ghee.getId().toHexString()))
                .body("data[0].notes", equalTo("Please ring twice"))
                .body("data[0].createdAt", org.hamcrest.Matchers.matchesPattern(Storefront.ISO_UTC));
    }

    @Test
    void shouldAnswerOneOwnOrderByIdOrOrderNumber() {
        String id = placed(1);
        String number = TestMongo.raw(CollectionNames.ORDERS).find().first().getString("orderId");

        Storefront.authorized(session).get("/api/orders/" + id).then().statusCode(200).body("data.id", equalTo(id));
        Storefront.authorized(session).get("/api/orders/" + number).then().statusCode(200).body("data.id",
                equalTo(id));
        Storefront.problem(Storefront.authorized(session).get("/api/orders/" + new ObjectId()).then(), 404);
    }

    @Test
    void s31ShouldCancelAnOrderBeingProcessedAndGiveTheStockBackOnce() {
        String id = placed(3);
        assertThat(stock()).isEqualTo(37);

        Storefront.cors(Storefront.authorized(session).delete("/api/orders/" + id).then()).statusCode(200)
                .body("data.status", equalTo("cancelled"));
        Storefront.authorized(session).delete("/api/orders/" + id).then().statusCode(200);

        assertThat(stock()).isEqualTo(40);
        Document raw = rawOrder(id);
        assertThat(raw.getString("status")).isEqualTo("cancelled");
        assertThat(raw.getBoolean("stockReleased")).isTrue();
        List<Document> history = raw.getList("statusHistory", Document.class);
        assertThat(history).extracting(h -> h.getString("status")).containsExactly("order_created", "cancelled");
        assertThat(history.get(1).getString("actor")).isEqualTo("customer");
        assertThat(raw.getBoolean("hiddenByCustomer")).as("the second delete removed it from the list").isTrue();
        Storefront.authorized(session).get("/api/orders").then().body("data", hasSize(0));
        assertThat(TestMongo.raw(CollectionNames.PAYMENTS).find().first().getString("status")).isEqualTo("failed");
    }

    @Test
    void s31ShouldRefuseToCancelAPaidOrderAndChangeNothing() {
        String id = placed(1);
        TestMongo.raw(CollectionNames.ORDERS).updateOne(new Document("_id", new ObjectId(id)),
                new Document("$set", new Document("status", "payment_confirmed")));

        Storefront.problem(Storefront.authorized(session).delete("/api/orders/" + id).then(), 409);

        assertThat(rawOrder(id).getString("status")).isEqualTo("payment_confirmed");
        assertThat(stock()).isEqualTo(39);
    }

    @Test
    void shouldAnswer404ToAnotherCustomersOrderAndChangeNothing() {
        String id = placed(2);
        String number = rawOrder(id).getString("orderId");
        AuthClient.Session intruder = shop.customer("intruder");

        for (String ref : List.of(id, number)) {
            Storefront.problem(Storefront.authorized(intruder).get("/api/orders/" + ref).then(), 404);
            Storefront.problem(Storefront.authorized(intruder).delete("/api/orders/" + ref).then(), 404);
        }
        Storefront.authorized(intruder).get("/api/orders").then().statusCode(200).body("data", hasSize(0));

        assertThat(rawOrder(id).getString("status")).isEqualTo("order_created");
        assertThat(stock()).isEqualTo(38);
    }

    @Test
    void shouldAnswer404ToMalformedIds() {
        for (String ref : List.of("not-an-id", "%24ne", "123", "x".repeat(100))) {
            Storefront.problem(Storefront.authorized(session).get("/api/orders/" + ref).then(), 404);
            Storefront.problem(Storefront.authorized(session).delete("/api/orders/" + ref).then(), 404);
        }
    }

    private String placed(int quantity) {
        Shop.added(session, ghee.getId(), quantity);
        return Shop.place(session).then().statusCode(201).extract().path("data.order.id");
    }

    private int stock() {
        Document raw = TestMongo.raw(CollectionNames.PRODUCTS).find(new Document("_id", ghee.getId())).first();
        assertThat(raw.get("stock")).isEqualTo(raw.get("totalStock"));
        return raw.getInteger("stock");
    }

    private static Document rawOrder(String id) {
        return TestMongo.raw(CollectionNames.ORDERS).find(new Document("_id", new ObjectId(id))).first();
    }
}
