package com.annavaram.user.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Date;
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
import com.annavaram.user.support.Shop;
import com.annavaram.user.support.Storefront;
import com.annavaram.user.support.TestMongo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the admin panel does to reviews, written raw as admin-service writes it (the flag, {@code moderatedBy}, and
 * the product's figures recomputed with its formula), seen from the shop; and nobody edits someone else's review.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdminModerationIT {

    @Inject
    MockMailbox mailbox;
    @Inject
    ProductRepository products;
    @Inject
    CategoryRepository categories;

    private AuthClient.Session happy;
    private AuthClient.Session unhappy;
    private ProductEntity ghee;
    private String goodReview;
    private String badReview;

    @BeforeEach
    void twoReviews() {
        TestMongo.clean();
        CategoryEntity sweets = Categories.sweets();
        categories.persist(sweets);
        ghee = Products.ghee(sweets);
        products.persist(ghee);
        Shop shop = new Shop(mailbox);
        happy = shop.customer("moderation-happy");
        unhappy = shop.customer("moderation-unhappy");
        goodReview = ReviewIT.post(happy, ReviewIT.review(ghee.getId().toHexString(), 5, "Lovely")).then()
                .statusCode(201).extract().path("data.id");
        badReview = ReviewIT.post(unhappy, ReviewIT.review(ghee.getId().toHexString(), 1, "Spam link")).then()
                .statusCode(201).extract().path("data.id");
    }

    @Test
    void shouldHideAReviewTheAdminUnapprovedFromListingsAndRatings() {
        Storefront.request().get("/api/products/" + ghee.getId()).then().body("data.averageRating", equalTo(3.0f))
                .body("data.reviewCount", equalTo(2));

        moderate(badReview, new Document("isApproved", false));

        assertVisibleOnly(goodReview);
        Storefront.request().get("/api/products/" + ghee.getId()).then().body("data.averageRating", equalTo(5.0f))
                .body("data.reviewCount", equalTo(1));
        Storefront.request().get("/api/products").then().body("data[0].averageRating", equalTo(5.0f))
                .body("data[0].reviewCount", equalTo(1));
    }

    @Test
    void shouldHideAReviewTheAdminDeletedAndNotLetItsAuthorPostItAgain() {
        moderate(badReview, new Document("isDeleted", true).append("deletedAt", new Date()));

        assertVisibleOnly(goodReview);
        Storefront.problem(ReviewIT.post(unhappy, ReviewIT.review(ghee.getId().toHexString(), 1, "Spam again"))
                .then(), 409);
        Storefront.problem(ReviewIT.put(unhappy, badReview, Map.of("comment", "edited")).then(), 404);
        Storefront.authorized(unhappy).get("/api/reviews/my-reviews").then().body("data", hasSize(0));
    }

    @Test
    void shouldShowTheTextTheAdminEditedUnderEitherName() {
        Document raw = ReviewIT.rawReview(goodReview);
        TestMongo.raw(CollectionNames.REVIEWS).updateOne(new Document("_id", raw.get("_id")), new Document("$set",
                new Document("reviewText", "Lovely (edited)").append("comment", "Lovely (edited)")));

        Storefront.request().get("/api/reviews/products/" + ghee.getId()).then()
                .body("data.reviews.find { it.id == '" + goodReview + "' }.comment", equalTo("Lovely (edited)"));
    }

    @Test
    void shouldAnswer404ToEditingOrDeletingAnotherCustomersReviewAndChangeNothing() {
        Document before = ReviewIT.rawReview(goodReview);

        Storefront.problem(ReviewIT.put(unhappy, goodReview, Map.of("rating", 1, "comment", "hacked")).then(), 404);
        Storefront.problem(Storefront.authorized(unhappy).delete("/api/reviews/" + goodReview).then(), 404);
        Storefront.problem(ReviewIT.put(unhappy, "not-an-id", Map.of("rating", 1)).then(), 404);

        assertThat(ReviewIT.rawReview(goodReview)).isEqualTo(before);
    }

    private void assertVisibleOnly(String reviewId) {
        Storefront.request().get("/api/reviews/products/" + ghee.getId()).then().statusCode(200)
                .body("data.reviews", hasSize(1)).body("data.reviews[0].id", equalTo(reviewId))
                .body("data.stats.averageRating", equalTo(5.0f)).body("data.stats.totalReviews", equalTo(1));
    }

    /** As admin-service's ReviewService and ProductRatings write it. */
    private void moderate(String reviewId, Document set) {
        TestMongo.raw(CollectionNames.REVIEWS).updateOne(new Document("_id", new ObjectId(reviewId)),
                new Document("$set", set.append("moderatedBy", new ObjectId()).append("updatedAt", new Date())));
        TestMongo.raw(CollectionNames.PRODUCTS).updateOne(new Document("_id", ghee.getId()),
                new Document("$set", new Document("averageRating", 5.0).append("reviewCount", 1)));
    }
}
