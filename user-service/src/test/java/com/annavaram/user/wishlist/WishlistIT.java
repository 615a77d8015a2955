package com.annavaram.user.wishlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import io.restassured.response.Response;

/** S26, S27 and the other wishlist calls: products on sale only, one entry per product. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WishlistIT {

    @Inject
    MockMailbox mailbox;
    @Inject
    ProductRepository products;
    @Inject
    CategoryRepository categories;

    private AuthClient.Session session;
    private ProductEntity ghee;
    private ProductEntity kaja;

    @BeforeEach
    void shopper() {
        TestMongo.clean();
        CategoryEntity sweets = Categories.sweets();
        categories.persist(sweets);
        ghee = Products.ghee(sweets);
        kaja = Products.onSale(sweets, "Kakinada Kaja", "120", 7);
        products.persist(List.of(ghee, kaja));
        session = new Shop(mailbox).customer("wishlist");
    }

    @Test
    void s27ShouldToggleTheProductOnAndOffAndSayWhereItIs() {
        Storefront.cors(toggle(ghee.getId().toHexString()).then()).statusCode(200)
                .body("data.inWishlist", equalTo(true)).body("data.productId", equalTo(ghee.getId().toHexString()));
        toggle("kakinada-kaja").then().statusCode(200).body("data.inWishlist", equalTo(true));
        toggle(ghee.getId().toHexString()).then().statusCode(200).body("data.inWishlist", equalTo(false));

        assertThat(TestMongo.raw(CollectionNames.WISHLISTS).countDocuments()).isEqualTo(1);
    }

    @Test
    void s26ShouldListTheProductsOnSaleWithTheFieldsTheStorefrontReads() {
        toggle(ghee.getId().toHexString());
        toggle(kaja.getId().toHexString());
        TestMongo.raw(CollectionNames.PRODUCTS).updateOne(new Document("_id", kaja.getId()),
                new Document("$set", new Document("isActive", false)));

        Storefront.cors(Storefront.authorized(session).get("/api/wishlist").then()).statusCode(200)
                .body("data.items", hasSize(1)).body("data.items[0].productId", equalTo(ghee.getId().toHexString()))
                .body("data.items[0].id", equalTo(ghee.getId().toHexString()))
                .body("data.items[0].name", equalTo("Cow Ghee 500ml")).body("data.items[0].price", equalTo(349.5f))
                .body("data.items[0].category", equalTo("Sweets")).body("data.items[0].slug", equalTo("cow-ghee-500ml"))
                .body("data.items[0].images[0]", equalTo(Products.DEFAULT_IMAGE))
                .body("data.items[0].image", equalTo(Products.DEFAULT_IMAGE)).body("data.items[0].stock", equalTo(40));
    }

    @Test
    void shouldAddRemoveAndClearWithTheOtherCalls() {
        Storefront.authorized(session).contentType("application/json")
                .body(Map.of("productId", ghee.getId().toHexString())).post("/api/wishlist").then().statusCode(200)
                .body("data.items", hasSize(1));
        Storefront.authorized(session).contentType("application/json").body(Map.of("productId", "kakinada-kaja"))
                .post("/api/wishlist").then().statusCode(200).body("data.items", hasSize(2));

        Storefront.authorized(session).delete("/api/wishlist/" + ghee.getId().toHexString()).then().statusCode(200)
                .body("data.items", hasSize(1));
        Storefront.problem(Storefront.authorized(session).delete("/api/wishlist/" + ghee.getId().toHexString())
                .then(), 404);
        Storefront.authorized(session).delete("/api/wishlist").then().statusCode(200).body("data.items", hasSize(0));
        assertThat(TestMongo.raw(CollectionNames.WISHLISTS).countDocuments()).isZero();
    }

    @Test
    void shouldRefuseUnknownAndInactiveProducts() {
        TestMongo.raw(CollectionNames.PRODUCTS).updateOne(new Document("_id", kaja.getId()),
                new Document("$set", new Document("isActive", false)));

        Storefront.problem(toggle(new ObjectId().toHexString()).then(), 404);
        Storefront.problem(toggle("no-such-sweet").then(), 404);
        Storefront.problem(toggle(kaja.getId().toHexString()).then(), 404).body("detail",
                equalTo("Product not available"));
        Storefront.problem(Storefront.authorized(session).contentType("application/json")
                .body("{\"productId\": {\"$gt\": \"\"}}").post("/api/wishlist/toggle").then(), 400);
        assertThat(TestMongo.raw(CollectionNames.WISHLISTS).countDocuments()).isZero();
    }

    @Test
    void shouldKeepOneEntryWhenTheSameProductIsAddedConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> Storefront.authorized(session).contentType("application/json")
                        .body(Map.of("productId", ghee.getId().toHexString())).post("/api/wishlist").statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(calls)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(TestMongo.raw(CollectionNames.WISHLISTS).countDocuments(new Document("product", ghee.getId())))
                .isEqualTo(1);
    }

    private Response toggle(String productId) {
        return Storefront.authorized(session).contentType("application/json").body(Map.of("productId", productId))
                .post("/api/wishlist/toggle");
    }
}
