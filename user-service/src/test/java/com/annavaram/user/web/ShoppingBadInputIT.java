package com.annavaram.user.web;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Operators, wrong types, oversized bodies and bad query values on checkout, reviews and lists: 4xx, no change. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ShoppingBadInputIT {

    @Inject
    MockMailbox mailbox;
    @Inject
    ProductRepository products;
    @Inject
    CategoryRepository categories;

    private AuthClient.Session session;
    private ProductEntity ghee;

    @BeforeEach
    void cart() {
        TestMongo.clean();
        CategoryEntity sweets = Categories.sweets();
        categories.persist(sweets);
        ghee = Products.ghee(sweets);
        products.persist(ghee);
        session = new Shop(mailbox).customer("bad-input");
        Shop.added(session, ghee.getId(), 2);
    }

    @Test
    void shouldRefuseCheckoutBodiesThatAreNotTheForm() {
        String address = "{\"name\":\"A\",\"line1\":\"B\",\"city\":\"C\",\"state\":\"D\",\"postalCode\":\"533406\"}";
        for (String body : List.of("{\"shippingAddress\": {\"$gt\": \"\"}}",
                "{\"shippingAddress\": " + address + ", \"$where\": \"sleep(1000)\"}",
                "{\"shippingAddress\": " + address.replace("\"A\"", "42") + "}",
                "{\"shippingAddress\": " + address + ", \"notes\": [\"x\"]}",
                "{\"shippingAddress\": " + address + ", \"notes\": \"" + "n".repeat(501) + "\"}", "[]", "nope")) {
            Storefront.problem(Storefront.authorized(session).contentType("application/json").body(body)
                    .post("/api/orders").then(), 400);
        }
        Storefront.problem(Shop.place(session, "k".repeat(101)).then(), 400);
        Storefront.problem(Storefront.authorized(session).contentType("application/json")
                .body("{\"notes\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").post("/api/orders").then(), 413);
        assertNothingOrdered();
    }

    @Test
    void shouldRefuseReviewAndWishlistBodiesWithOperatorsOrTheWrongTypes() {
        for (String body : List.of("{\"productId\": {\"$ne\": null}, \"rating\": 5}",
                "{\"productId\": \"" + ghee.getId() + "\", \"rating\": {\"$gt\": 0}}",
                "{\"productId\": \"" + ghee.getId() + "\", \"rating\": 5, \"comment\": {\"$set\": 1}}")) {
            Storefront.problem(Storefront.authorized(session).contentType("application/json").body(body)
                    .post("/api/reviews").then(), 400);
        }
        Storefront.problem(Storefront.authorized(session).contentType("application/json")
                .body("{\"productId\": {\"$regex\": \".*\"}}").post("/api/wishlist/toggle").then(), 400);
        Storefront.problem(Storefront.authorized(session).contentType("application/json")
                .body("{\"productId\": \"" + "p".repeat(2 * 1024 * 1024) + "\"}").post("/api/wishlist").then(), 413);
        assertThat(TestMongo.raw(CollectionNames.REVIEWS).countDocuments()).isZero();
        assertThat(TestMongo.raw(CollectionNames.WISHLISTS).countDocuments()).isZero();
    }

    @Test
    void shouldRefuseBadPagingAndTreatOperatorsInQueryStringsAsText() {
        for (String query : List.of("limit=abc", "limit=0", "limit=501", "page=-1", "page=1e3")) {
            Storefront.problem(Storefront.authorized(session).get("/api/orders?" + query).then(), 400);
        }
        for (String query : List.of("limit=101", "page=0")) {
            Storefront.problem(Storefront.request().get("/api/reviews/products/" + ghee.getId() + "?" + query)
                    .then(), 400);
        }
        for (String search : List.of("(", "[a-", "\\", "^.*$", "{\"$where\":\"1\"}", "a|b")) {
            Storefront.request().queryParam("search", search).get("/api/products").then().statusCode(200);
        }
        Storefront.request().queryParam("search", "cow (ghee").get("/api/products").then().statusCode(200);
        Storefront.request().get("/api/products?sortBy[$ne]=x&category[$gt]=").then().statusCode(200);
    }

    @Test
    void shouldAnswerTrailingSlashVariantsDirectlyWithoutRedirects() {
        for (String path : List.of("/api/cart/", "/api/wishlist/", "/api/orders/", "/api/payments/",
                "/api/reviews/my-reviews/")) {
            Storefront.authorized(session).redirects().follow(false).get(path).then().statusCode(200);
        }
        Storefront.request().redirects().follow(false).get("/api/categories/").then().statusCode(200);
        Storefront.authorized(session).redirects().follow(false).contentType("application/json")
                .body(Map.of("productId", ghee.getId().toHexString(), "rating", 5)).post("/api/reviews/").then()
                .statusCode(201);
        Storefront.authorized(session).redirects().follow(false).contentType("application/json")
                .body(Shop.checkout()).post("/api/orders/").then().statusCode(201);
    }

    @Test
    void shouldNeedALoginForEveryShoppingCall() {
        for (String[] call : new String[][]{{"GET", "/api/cart"}, {"GET", "/api/wishlist"}, {"GET", "/api/orders"},
                {"POST", "/api/orders"}, {"GET", "/api/payments"}, {"POST", "/api/reviews"},
                {"GET", "/api/reviews/my-reviews"}, {"POST", "/api/payments/razorpay/verify"}}) {
            Storefront.problem(Storefront.json(Map.of()).request(call[0], call[1]).then(), 401);
        }
    }

    private void assertNothingOrdered() {
        assertThat(TestMongo.raw(CollectionNames.ORDERS).countDocuments()).isZero();
        Document product = TestMongo.raw(CollectionNames.PRODUCTS).find().first();
        assertThat(product.getInteger("stock")).isEqualTo(Products.DEFAULT_STOCK);
        Shop.cart(session).then().statusCode(200);
        assertThat(TestMongo.raw(CollectionNames.CARTS).find().first().getString("status")).isEqualTo("active");
    }
}
