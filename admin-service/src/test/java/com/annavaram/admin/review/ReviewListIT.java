package com.annavaram.admin.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.model.review.Review;

import tools.jackson.databind.JsonNode;

/** A19–A21 figures, checked against the raw reviews. */
class ReviewListIT extends ApiIntegration {

    @Test
    void shouldListEveryReviewThatIsNotDeleted() {
        long visible = raw(Review.COLLECTION).stream().filter(r -> !Boolean.TRUE.equals(r.get(Review.IS_DELETED)))
                .count();

        JsonNode reply = api().get("/api/reviews", superAdmin()).expectOk().json();

        assertThat(reply.get("data").size()).isEqualTo((int) visible);
        assertThat(reply.get("pagination").get("total").asLong()).isEqualTo(visible);
        for (JsonNode review : reply.get("data")) {
            assertThat(review.get("rating").isInt()).isTrue();
            assertThat(review.get("userId").isString()).isTrue();
        }
    }

    @Test
    void shouldComputeStatsOverReviewsThatAreNotDeleted() {
        List<Document> reviews = raw(Review.COLLECTION).stream()
                .filter(r -> !Boolean.TRUE.equals(r.get(Review.IS_DELETED))).toList();
        long fives = reviews.stream().filter(r -> Integer.valueOf(5).equals(r.get(Review.RATING))).count();
        double mean = reviews.stream().mapToInt(r -> r.getInteger(Review.RATING)).average().orElse(0);

        JsonNode stats = api().get("/api/reviews/stats", superAdmin()).expectOk().data();

        assertThat(stats.get("totalReviews").asLong()).isEqualTo(reviews.size());
        assertThat(stats.get("averageRating").isNumber()).isTrue();
        assertThat(stats.get("averageRating").asDouble()).isCloseTo(mean, offset(0.05));
        assertThat(stats.get("ratingDistribution").propertyNames()).containsExactly("1", "2", "3", "4", "5");
        assertThat(stats.get("ratingDistribution").get("5").asLong()).isEqualTo(fives);
        assertThat(stats.get("reviewsByProduct").isArray()).isTrue();
        assertThat(stats.get("reviewsByProduct").size()).isPositive();
    }

    @Test
    void shouldFilterByRatingAndRefuseAnImpossibleOne() {
        JsonNode fours = api().get("/api/reviews?rating=4", superAdmin()).expectOk().data();

        assertThat(fours.findValuesAsString("rating")).containsOnly("4");
        api().get("/api/reviews?rating=9", superAdmin()).expectProblem(400);
        api().get("/api/reviews?productId=xyz", superAdmin()).expectProblem(400);
    }

    @Test
    void shouldAnswerNotFoundForTheReviewsOfAnUnknownProduct() {
        api().get("/api/reviews/product/" + new ObjectId(), superAdmin()).expectProblem(404);
        api().get("/api/reviews/product/kakinada-kaja", superAdmin()).expectProblem(404);
    }
}
