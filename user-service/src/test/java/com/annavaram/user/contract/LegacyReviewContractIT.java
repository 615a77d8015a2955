package com.annavaram.user.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.user.support.AuthClient;
import com.annavaram.user.support.LegacyMongoResource;
import com.annavaram.user.support.LegacyProfile;
import com.annavaram.user.support.Storefront;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** S19–S21 replayed on the legacy data set as customer 0, whose legacy review and delivered orders are there. */
@QuarkusTest
@TestProfile(LegacyProfile.class)
@WithTestResource(value = LegacyMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class LegacyReviewContractIT {

    /** Reviewed by customer 0 in the legacy shape (only user, product and comment). */
    private static final ObjectId JALEBI = new ObjectId("6f4bb3e8ba39dcb7c25a94bf");
    /** In customer 0's delivered legacy storefront order (its line in order_items), not reviewed by them. */
    private static final ObjectId LEMON_PICKLE = new ObjectId("f10e3ecbe7760ed614769666");

    @Inject
    MockMailbox mailbox;

    private AuthClient.Session session;

    @BeforeAll
    static void legacySet() {
        LegacyMongoResource.reload();
    }

    @BeforeEach
    void login() {
        session = LegacyData.login(new AuthClient(mailbox));
    }

    @Test
    void s19ShouldRefuseASecondReviewOfAProductReviewedInTheLegacyShape() {
        Storefront.problem(post(Map.of("productId", JALEBI.toHexString(), "rating", 4, "title", "Again", "comment",
                "Second try")).then(), 409);
    }

    @Test
    void s19ToS21ShouldReviewABoughtProductEditItAndDeleteIt() {
        String id = Storefront.cors(post(Map.of("productId", "lemon-pickle", "rating", 4, "title", "Tangy",
                "comment", "Just like home")).then()).statusCode(201).body("data.isVerifiedPurchase", equalTo(true))
                .extract().path("data.id");
        reviewsOfLemonPickle().then().body("data.reviews.id", hasItem(id));

        Storefront.cors(Storefront.authorized(session).contentType("application/json")
                .body(Map.of("rating", 5, "title", "Tangy", "comment", "Even better")).put("/api/reviews/" + id)
                .then()).statusCode(200);
        Document raw = LegacyData.rawById("reviews", new ObjectId(id));
        assertThat(raw.getString("comment")).isEqualTo("Even better");
        assertThat(raw.getString("reviewText")).isEqualTo("Even better");

        Storefront.cors(Storefront.authorized(session).delete("/api/reviews/" + id).then()).statusCode(200);
        reviewsOfLemonPickle().then().body("data.reviews.id", not(hasItem(id)));
    }

    @Test
    void s20ShouldEditTheLegacyReviewAndWriteEveryPairEqual() {
        Document legacy = LegacyData.raw("reviews").find(new Document("user", LegacyData.CUSTOMER_ID)
                .append("product", JALEBI)).first();
        String id = legacy.getObjectId("_id").toHexString();

        Storefront.authorized(session).contentType("application/json")
                .body(Map.of("rating", 4, "title", "Still sweet", "comment", "Edited")).put("/api/reviews/" + id)
                .then().statusCode(200).body("data.comment", equalTo("Edited"));

        Document raw = LegacyData.rawById("reviews", new ObjectId(id));
        assertThat(raw.get("userId")).isEqualTo(LegacyData.CUSTOMER_ID);
        assertThat(raw.get("productId")).isEqualTo(JALEBI);
        assertThat(raw.getString("reviewText")).isEqualTo("Edited");
        Storefront.request().get("/api/products/" + JALEBI).then().body("data.averageRating", equalTo(4.0f))
                .body("data.reviewCount", equalTo(1));
    }

    private Response post(Map<String, Object> body) {
        return Storefront.authorized(session).contentType("application/json").body(body).post("/api/reviews");
    }

    private static Response reviewsOfLemonPickle() {
        return Storefront.request().get("/api/reviews/products/" + LEMON_PICKLE + "?limit=20");
    }
}
