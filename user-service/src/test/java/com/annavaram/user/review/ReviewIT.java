package com.annavaram.user.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
import com.annavaram.user.support.Accounts;
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

/** S18–S21 and my reviews: one review per product and customer, own reviews only, figures kept on the product. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ReviewIT {

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
    void productWithoutReviews() {
        TestMongo.clean();
        CategoryEntity sweets = Categories.sweets();
        categories.persist(sweets);
        ghee = Products.ghee(sweets);
        ghee.setAverageRating(0.0);
        ghee.setReviewCount(0);
        products.persist(ghee);
        shop = new Shop(mailbox);
        session = shop.customer("review");
    }

    @Test
    void s19ShouldAddAReviewWithBothTextNamesAndUpdateTheProductFigures() {
        String id = Storefront.cors(post(session, review(ghee.getId().toHexString(), 4, "Good")).then())
                .statusCode(201).body("data.rating", equalTo(4)).body("data.comment", equalTo("Good"))
                .body("data.isVerifiedPurchase", equalTo(false)).body("data.user.id", equalTo(session.userId()))
                .body("data.user.fullName", equalTo(Accounts.DEFAULT_NAME)).extract().path("data.id");

        Document raw = rawReview(id);
        ObjectId user = new ObjectId(session.userId());
        assertThat(raw.get("userId")).isEqualTo(user);
        assertThat(raw.get("user")).isEqualTo(user);
        assertThat(raw.get("productId")).isEqualTo(ghee.getId());
        assertThat(raw.get("product")).isEqualTo(ghee.getId());
        assertThat(raw.getString("reviewText")).isEqualTo("Good");
        assertThat(raw.getString("comment")).isEqualTo("Good");
        assertThat(raw.getBoolean("isApproved")).isTrue();
        assertThat(productFigures()).containsExactly(4.0, 1);
    }

    @Test
    void s19ShouldRefuseASecondReviewOfTheSameProduct() {
        post(session, review(ghee.getId().toHexString(), 4, "Good")).then().statusCode(201);

        Storefront.problem(post(session, review("cow-ghee-500ml", 1, "Again")).then(), 409);

        assertThat(TestMongo.raw(CollectionNames.REVIEWS).countDocuments()).isEqualTo(1);
    }

    @Test
    void s19ShouldMarkTheReviewVerifiedWhenAPaidOrLaterOrderHoldsTheProduct() {
        ObjectId user = new ObjectId(session.userId());
        TestMongo.raw(CollectionNames.ORDERS).insertOne(Shop.rawOrder(user, ghee.getId(), 1, "cancelled"));
        TestMongo.raw(CollectionNames.ORDERS).insertOne(Shop.rawOrder(user, ghee.getId(), 1, "order_created"));
        String unverified = post(session, review(ghee.getId().toHexString(), 5, "x")).then().statusCode(201)
                .body("data.isVerifiedPurchase", equalTo(false)).extract().path("data.id");
        Storefront.authorized(session).delete("/api/reviews/" + unverified).then().statusCode(200);
        TestMongo.raw(CollectionNames.ORDERS).insertOne(Shop.rawOrder(user, ghee.getId(), 1, "out_for_delivery"));

        post(session, review(ghee.getId().toHexString(), 5, "again")).then().statusCode(201)
                .body("data.isVerifiedPurchase", equalTo(true)).body("data.id", equalTo(unverified));
    }

    @Test
    void s19ShouldCountALegacyStorefrontOrderWhoseLinesAreInOrderItems() {
        ObjectId user = new ObjectId(session.userId());
        Document order = Shop.rawOrder(user, ghee.getId(), 1, "paid").append("products", List.of())
                .append("items", List.of());
        TestMongo.raw(CollectionNames.ORDERS).insertOne(order);
        TestMongo.raw(CollectionNames.ORDER_ITEMS).insertOne(new Document("order", order.get("_id"))
                .append("product", ghee.getId()).append("productName", "Ghee").append("quantity", 1)
                .append("unitPrice", 10.0).append("subtotal", 10));

        post(session, review(ghee.getId().toHexString(), 5, "legacy")).then().statusCode(201)
                .body("data.isVerifiedPurchase", equalTo(true));
    }

    @Test
    void s18ShouldListVisibleReviewsNewestFirstWithStatsAndPages() {
        AuthClient.Session second = shop.customer("review-2");
        post(session, review(ghee.getId().toHexString(), 5, "First")).then().statusCode(201);
        post(second, review(ghee.getId().toHexString(), 2, "Second")).then().statusCode(201);

        Storefront.cors(Storefront.request().get("/api/reviews/products/" + ghee.getId() + "?limit=20").then())
                .statusCode(200).body("data.reviews", hasSize(2)).body("data.reviews[0].comment", equalTo("Second"))
                .body("data.reviews[0].user.id", equalTo(second.userId())).body("data.reviews[1].rating", equalTo(5))
                .body("data.reviews[1].title", equalTo("Title")).body("data.stats.averageRating", equalTo(3.5f))
                .body("data.stats.totalReviews", equalTo(2)).body("data.stats.ratingDistribution.'5'", equalTo(1));
        Storefront.request().get("/api/reviews/products/cow-ghee-500ml?limit=1&page=2").then().statusCode(200)
                .body("data.reviews", hasSize(1)).body("data.reviews[0].comment", equalTo("First"))
                .body("data.pagination.totalPages", equalTo(2));
        Storefront.problem(Storefront.request().get("/api/reviews/products/" + new ObjectId()).then(), 404);
    }

    @Test
    void s20ShouldEditOwnReviewUnderBothTextNamesAndRecomputeTheFigures() {
        String id = post(session, review(ghee.getId().toHexString(), 5, "Great")).then().statusCode(201).extract()
                .path("data.id");

        Storefront.cors(put(session, id, Map.of("rating", 3, "title", "Ok", "comment", "Just fine")).then())
                .statusCode(200).body("data.comment", equalTo("Just fine")).body("data.rating", equalTo(3));

        Document raw = rawReview(id);
        assertThat(raw.getString("comment")).isEqualTo("Just fine");
        assertThat(raw.getString("reviewText")).isEqualTo("Just fine");
        assertThat(productFigures()).containsExactly(3.0, 1);
    }

    @Test
    void s21ShouldSoftDeleteOwnReviewAndRemoveItFromTheFigures() {
        String id = post(session, review(ghee.getId().toHexString(), 5, "Great")).then().statusCode(201).extract()
                .path("data.id");

        Storefront.cors(Storefront.authorized(session).delete("/api/reviews/" + id).then()).statusCode(200);

        assertThat(rawReview(id).getBoolean("isDeleted")).isTrue();
        assertThat(productFigures()).containsExactly(0.0, 0);
        Storefront.request().get("/api/reviews/products/" + ghee.getId()).then().body("data.reviews", hasSize(0));
        Storefront.problem(Storefront.authorized(session).delete("/api/reviews/" + id).then(), 404);
    }

    @Test
    void shouldListTheCustomersOwnReviewsWithTheirProducts() {
        post(session, review(ghee.getId().toHexString(), 4, "Mine")).then().statusCode(201);

        Storefront.authorized(session).get("/api/reviews/my-reviews").then().statusCode(200).body("data", hasSize(1))
                .body("data[0].comment", equalTo("Mine")).body("data[0].product.name", equalTo("Cow Ghee 500ml"));
        Storefront.authorized(shop.customer("review-none")).get("/api/reviews/my-reviews").then().body("data",
                hasSize(0));
    }

    @Test
    void shouldRefuseRatingsOutsideOneToFiveAndOverlongText() {
        for (Object rating : List.of(0, 6, -1, 4.5, "5", 1_000_000_000)) {
            Map<String, Object> body = review(ghee.getId().toHexString(), 1, "x");
            body.put("rating", rating);
            Storefront.problem(post(session, body).then(), 400);
        }
        Storefront.problem(post(session, review(ghee.getId().toHexString(), 3, "x".repeat(1001))).then(), 400);
        Storefront.problem(post(session, review("$ne", 3, "x")).then(), 404);
        assertThat(TestMongo.raw(CollectionNames.REVIEWS).countDocuments()).isZero();
    }

    static Map<String, Object> review(String productId, int rating, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productId", productId);
        body.put("rating", rating);
        body.put("title", "Title");
        body.put("comment", comment);
        return body;
    }

    static Response post(AuthClient.Session session, Map<String, Object> body) {
        return Storefront.authorized(session).contentType("application/json").body(body).post("/api/reviews");
    }

    static Response put(AuthClient.Session session, String id, Map<String, Object> body) {
        return Storefront.authorized(session).contentType("application/json").body(body).put("/api/reviews/" + id);
    }

    private List<Object> productFigures() {
        Document raw = TestMongo.raw(CollectionNames.PRODUCTS).find(new Document("_id", ghee.getId())).first();
        return List.of(raw.get("averageRating"), raw.get("reviewCount"));
    }

    static Document rawReview(String id) {
        return TestMongo.raw(CollectionNames.REVIEWS).find(new Document("_id", new ObjectId(id))).first();
    }
}
