package com.annavaram.admin.contract;

import static com.annavaram.admin.contract.ContractAssertions.isArray;
import static com.annavaram.admin.contract.ContractAssertions.isDate;
import static com.annavaram.admin.contract.ContractAssertions.isId;
import static com.annavaram.admin.contract.ContractAssertions.isInt;
import static com.annavaram.admin.contract.ContractAssertions.isNumber;
import static com.annavaram.admin.contract.ContractAssertions.isText;
import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.model.review.Review;

import tools.jackson.databind.JsonNode;

/** A19–A23 of CLIENTS.md, on the legacy data set: the reviews page. */
class ReviewContractIT extends ApiIntegration {

    @Test
    void shouldServeA19EveryReviewWithPopulatedProducts() {
        JsonNode data = api().get("/api/reviews", superAdmin()).expectOk().data();

        assertThat(data.size()).isGreaterThan(20);
        data.forEach(ReviewContractIT::assertRow);
        assertThat(data.valueStream().filter(review -> review.get("productId").isObject()).count()).isPositive();
    }

    @Test
    void shouldServeA20AnArrayForOneProduct() {
        // "Chekkalu", a storefront product whose two legacy reviews name it under "product".
        JsonNode data = api().get("/api/reviews/product/53bf6a87d868bddebb9bc5f7", superAdmin()).expectOk().data();

        isArray(data, "data");
        assertThat(data.size()).isEqualTo(2);
        data.forEach(ReviewContractIT::assertRow);
        data.forEach(review -> assertThat(review.get("productId").get("_id").asString())
                .isEqualTo("53bf6a87d868bddebb9bc5f7"));
    }

    @Test
    void shouldServeA21StatsThePanelCanShow() {
        JsonNode data = api().get("/api/reviews/stats", superAdmin()).expectOk().data();

        isInt(data.get("totalReviews"), "totalReviews");
        isNumber(data.get("averageRating"), "averageRating");
        for (String rating : new String[]{"1", "2", "3", "4", "5"}) {
            isInt(data.get("ratingDistribution").get(rating), "ratingDistribution." + rating);
        }
        isArray(data.get("reviewsByProduct"), "reviewsByProduct");
        assertThat(data.get("reviewsByProduct").size()).isPositive();
    }

    @Test
    void shouldServeA22AnEditOfTheCommentThatIsNotDropped() {
        // A legacy review whose reviewText and comment disagree.
        ObjectId legacy = new ObjectId("3446832c37ac5dedfa830614");

        api().put("/api/reviews/" + legacy, superAdmin(), "{\"rating\":2,\"comment\":\"Edited in the admin panel\"}")
                .expectOk();

        JsonNode shown = api().get("/api/reviews/" + legacy, superAdmin()).expectOk().data();
        assertThat(shown.get("comment").asString()).isEqualTo("Edited in the admin panel");
        assertThat(shown.get("rating").asInt()).isEqualTo(2);
        Document raw = raw(Review.COLLECTION, legacy);
        assertThat(raw.getString(Review.REVIEW_TEXT)).isEqualTo("Edited in the admin panel");
        assertThat(raw.getString(Review.COMMENT)).isEqualTo("Edited in the admin panel");
    }

    @Test
    void shouldServeA23ASoftDeleteThatHidesTheReview() {
        ObjectId legacy = new ObjectId("99fde2d3375a719e25afd85e");

        api().delete("/api/reviews/" + legacy, superAdmin()).expectOk();

        assertThat(raw(Review.COLLECTION, legacy).getBoolean(Review.IS_DELETED)).isTrue();
        assertThat(ids(api().get("/api/reviews", superAdmin()).data())).doesNotContain(legacy.toHexString());
    }

    private static void assertRow(JsonNode review) {
        String id = review.get("_id").asString();
        isId(review.get("_id"), "_id");
        assertThat(review.get("productId").isObject() || review.get("productId").isNull()).as(id).isTrue();
        if (review.get("productId").isObject()) {
            isText(review.get("productId").get("name"), id + ".productId.name");
            assertThat(review.get("productId").has("imageUrl")).isTrue();
        }
        isText(review.get("userId"), id + ".userId");
        assertThat(review.get("userId").asString()).hasSize(24);
        isInt(review.get("rating"), id + ".rating");
        isText(review.get("comment"), id + ".comment");
        isDate(review.get("createdAt"), id + ".createdAt");
    }
}
