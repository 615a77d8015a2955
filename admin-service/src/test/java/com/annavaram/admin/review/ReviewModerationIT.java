package com.annavaram.admin.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Catalog;
import com.annavaram.admin.fixture.Documents;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.review.Review;

import tools.jackson.databind.JsonNode;

/** Moderation: only approved, not deleted reviews count in a product's rating figures, and approving restores one. */
class ReviewModerationIT extends ApiIntegration {

    private ObjectId productId;
    private ObjectId five;
    private ObjectId three;
    private ObjectId four;

    @BeforeEach
    void reviews() {
        String category = Catalog.category(api(), superAdmin(), Catalog.unique("Reviewed"));
        productId = new ObjectId(
                Catalog.product(api(), superAdmin(), category, "Rated Laddu", 9).get("_id").asString());
        five = review(5);
        three = review(3);
        four = review(4);
        approve(five, true);
    }

    @Test
    void shouldCountVisibleReviewsInTheProductsFigures() {
        assertFigures(4.0, 3);
    }

    @Test
    void shouldHideAnUnapprovedReviewFromTheFiguresAndBringItBackOnApproval() {
        JsonNode unapproved = approve(five, false);

        assertThat(unapproved.get("isApproved").asBoolean()).isFalse();
        assertFigures(3.5, 2);
        approve(five, true);
        assertFigures(4.0, 3);
    }

    @Test
    void shouldDropASoftDeletedReviewFromTheFiguresAndTheList() {
        api().delete("/api/reviews/" + three, superAdmin()).expectOk();

        assertFigures(4.5, 2);
        Document raw = raw(Review.COLLECTION, three);
        assertThat(raw.getBoolean(Review.IS_DELETED)).isTrue();
        assertThat(raw.get(Review.MODERATED_BY)).isEqualTo(LEGACY_ADMIN_ID);
        assertThat(ids(api().get("/api/reviews/product/" + productId, superAdmin()).data()))
                .doesNotContain(three.toHexString()).hasSize(2);
        assertThat(ids(api().get("/api/reviews?includeDeleted=true&productId=" + productId, superAdmin()).data()))
                .contains(three.toHexString());
        api().delete("/api/reviews/" + three, superAdmin()).expectProblem(404);
    }

    @Test
    void shouldStoreAnEditedCommentUnderBothNamesAndRecountTheRating() {
        api().put("/api/reviews/" + four, superAdmin(), "{\"rating\":1,\"comment\":\"Too sweet this time\"}")
                .expectOk();

        Document raw = raw(Review.COLLECTION, four);
        assertThat(raw.getString(Review.COMMENT)).isEqualTo("Too sweet this time");
        assertThat(raw.getString(Review.REVIEW_TEXT)).isEqualTo("Too sweet this time");
        assertFigures(3.0, 3);
    }

    @Test
    void shouldAcceptTheLegacyReviewTextName() {
        api().put("/api/reviews/" + four, superAdmin(), "{\"reviewText\":\"Crisp and fresh\"}").expectOk();

        assertThat(raw(Review.COLLECTION, four).getString(Review.COMMENT)).isEqualTo("Crisp and fresh");
    }

    @Test
    void shouldRepairTheAliasesOfALegacyReviewItEdits() {
        // Stored by the legacy admin API: userId, productId and reviewText only.
        ObjectId legacy = new ObjectId("687679b8240cd32df20af125");

        approve(legacy, false);

        Document raw = raw(Review.COLLECTION, legacy);
        assertThat(raw.get(Review.USER)).isEqualTo(raw.get(Review.USER_ID)).isNotNull();
        assertThat(raw.get(Review.PRODUCT)).isEqualTo(raw.get(Review.PRODUCT_ID)).isNotNull();
        assertThat(raw.getString(Review.COMMENT)).isEqualTo(raw.getString(Review.REVIEW_TEXT));
    }

    @Test
    void shouldRefuseInvalidEdits() {
        api().put("/api/reviews/" + four, superAdmin(), "{\"rating\":6}").expectProblem(400);
        api().put("/api/reviews/" + four, superAdmin(), "{\"rating\":\"five\"}").expectProblem(400);
        api().put("/api/reviews/" + four, superAdmin(), "{\"rating\":4.5}").expectProblem(400);
        api().put("/api/reviews/" + four, superAdmin(), "{}").expectProblem(400);
        api().patch("/api/reviews/" + four + "/approval", superAdmin(), "{}").expectProblem(400);
        api().put("/api/reviews/not-an-id", superAdmin(), "{\"rating\":3}").expectProblem(404);
        assertThat(raw(Review.COLLECTION, four).get(Review.RATING)).isEqualTo(4);
    }

    private void assertFigures(double average, int count) {
        Document product = raw(Product.COLLECTION, productId);
        assertThat(product.get(Product.AVERAGE_RATING)).isEqualTo(average);
        assertThat(product.get(Product.REVIEW_COUNT)).isEqualTo(count);
        JsonNode shown = api().get("/api/products/" + productId, superAdmin()).data();
        assertThat(shown.get("averageRating").asDouble()).isEqualTo(average);
        assertThat(shown.get("reviewCount").asInt()).isEqualTo(count);
    }

    private JsonNode approve(ObjectId review, boolean approved) {
        return api().patch("/api/reviews/" + review + "/approval", superAdmin(), "{\"isApproved\":" + approved + "}")
                .expectOk().data();
    }

    private ObjectId review(int rating) {
        Review review = Documents.review(productId);
        ObjectId user = new ObjectId();
        review.setUserId(user);
        review.setUser(user);
        review.setRating(rating);
        return mongo.save(review).getId();
    }
}
