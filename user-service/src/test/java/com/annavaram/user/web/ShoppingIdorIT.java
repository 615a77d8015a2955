package com.annavaram.user.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.bson.Document;
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

/** Every {@code /{id}} route of the shop with another customer's id: 404, and nothing of theirs changes. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ShoppingIdorIT {

    @Inject
    MockMailbox mailbox;
    @Inject
    ProductRepository products;
    @Inject
    CategoryRepository categories;

    private AuthClient.Session owner;
    private AuthClient.Session intruder;
    private ProductEntity ghee;
    private ProductEntity kaja;
    private String itemId;
    private String orderId;
    private String reviewId;

    @BeforeEach
    void ownerWithEverything() {
        TestMongo.clean();
        CategoryEntity sweets = Categories.sweets();
        categories.persist(sweets);
        ghee = Products.ghee(sweets);
        kaja = Products.onSale(sweets, "Kaja", "100", 10);
        products.persist(List.of(ghee, kaja));
        Shop shop = new Shop(mailbox);
        owner = shop.customer("idor-owner");
        intruder = shop.customer("idor-intruder");
        Shop.added(owner, ghee.getId(), 2);
        orderId = Shop.place(owner).then().statusCode(201).extract().path("data.order.id");
        itemId = Shop.added(owner, kaja.getId(), 3).extract().path("data.items[0].id");
        Storefront.authorized(owner).contentType("application/json").body(Map.of("productId", "kaja"))
                .post("/api/wishlist").then().statusCode(200);
        reviewId = Storefront.authorized(owner).contentType("application/json")
                .body(Map.of("productId", ghee.getId().toHexString(), "rating", 5, "comment", "Mine"))
                .post("/api/reviews").then().statusCode(201).extract().path("data.id");
        Shop.added(intruder, ghee.getId(), 1);
    }

    @Test
    void shouldAnswer404ToEveryRouteWithAnotherCustomersIdAndChangeNothing() {
        Map<String, Document> before = snapshot();

        Storefront.problem(Storefront.authorized(intruder).contentType("application/json")
                .body(Map.of("quantity", 1)).patch("/api/cart/items/" + itemId).then(), 404);
        Storefront.problem(Storefront.authorized(intruder).delete("/api/cart/items/" + itemId).then(), 404);
        Storefront.problem(Storefront.authorized(intruder).delete("/api/wishlist/" + kaja.getId()).then(), 404);
        Storefront.problem(Storefront.authorized(intruder).get("/api/orders/" + orderId).then(), 404);
        Storefront.problem(Storefront.authorized(intruder).delete("/api/orders/" + orderId).then(), 404);
        Storefront.problem(Storefront.authorized(intruder).contentType("application/json")
                .body(Map.of("rating", 1, "comment", "defaced")).put("/api/reviews/" + reviewId).then(), 404);
        Storefront.problem(Storefront.authorized(intruder).delete("/api/reviews/" + reviewId).then(), 404);
        Storefront.problem(Storefront.authorized(intruder).contentType("application/json")
                .body(Map.of("orderId", orderId, "paymentId", "pay_1", "signature", "00"))
                .post("/api/payments/razorpay/verify").then(), 400);

        assertThat(snapshot()).isEqualTo(before);
        Shop.cart(owner).then().body("data.items", hasSize(1)).body("data.items[0].quantity", equalTo(3));
        Storefront.authorized(owner).get("/api/wishlist").then().body("data.items", hasSize(1));
        Shop.cart(intruder).then().body("data.items", hasSize(1)).body("data.items[0].quantity", equalTo(1));
    }

    private static Map<String, Document> snapshot() {
        return Map.of("order", TestMongo.raw(CollectionNames.ORDERS).find().first(), "item",
                TestMongo.raw(CollectionNames.CART_ITEMS).find(new Document("quantity", 3)).first(), "review",
                TestMongo.raw(CollectionNames.REVIEWS).find().first(), "product",
                TestMongo.raw(CollectionNames.PRODUCTS).find(new Document("name", "Kaja")).first());
    }
}
