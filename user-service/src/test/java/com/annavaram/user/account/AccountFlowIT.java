package com.annavaram.user.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.user.support.Accounts;
import com.annavaram.user.support.AuthClient;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.TestMongo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The whole life of an account over HTTP, as one story. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AccountFlowIT {

    @Inject
    MockMailbox mailbox;

    private AuthClient client;

    @BeforeEach
    void setUp() {
        client = new AuthClient(mailbox);
    }

    @Test
    void shouldSignUpVerifyRefreshDetectReuseAndLogOutEverywhere() {
        String email = Accounts.uniqueEmail("flow");

        given().contentType(ContentType.JSON).body(Accounts.signup(email)).post("/api/auth/signup").then()
                .statusCode(201).body("success", equalTo(true));
        AuthClient.Session first = AuthClient.session(given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "otp", client.lastCode(email))).post("/api/auth/verify-email").then()
                .statusCode(200).body("data.user.email", equalTo(email)).body("data.user.emailVerified", equalTo(true))
                .extract());

        given().header("Authorization", first.bearer()).get("/api/auth/me").then().statusCode(200)
                .body("data.user.id", equalTo(first.userId())).body("data.user.email", equalTo(email));

        AuthClient.Session second = AuthClient.session(given().cookie("refreshToken", first.refreshToken())
                .post("/api/auth/refresh").then().statusCode(200).body("data.user.id", equalTo(first.userId()))
                .body("data.session.id", not(equalTo(first.sessionId()))).extract());
        assertThat(second.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());
        Document rotated = session(first.sessionId());
        assertThat(rotated.getString("revokedReason")).isEqualTo("rotated");
        assertThat(rotated.get("replacedBy")).isEqualTo(new ObjectId(second.sessionId()));
        given().header("Authorization", second.bearer()).get("/api/auth/me").then().statusCode(200);

        given().cookie("refreshToken", first.refreshToken()).post("/api/auth/refresh").then().statusCode(401)
                .contentType("application/problem+json");

        assertThat(session(second.sessionId()).getString("revokedReason")).isEqualTo("reuse-detected");
        assertThat(TestMongo.raw(CollectionNames.SESSIONS)
                .countDocuments(new Document("user", new ObjectId(first.userId())).append("revokedAt", null)))
                .isZero();
        given().header("Authorization", second.bearer()).get("/api/auth/me").then().statusCode(401);
        given().cookie("refreshToken", second.refreshToken()).post("/api/auth/refresh").then().statusCode(401);

        AuthClient.Session again = client.login(email, Accounts.DEFAULT_PASSWORD);
        AuthClient.Session other = client.login(email, Accounts.DEFAULT_PASSWORD);
        given().header("Authorization", again.bearer()).get("/api/auth/me").then().statusCode(200);

        given().header("Authorization", again.bearer()).post("/api/auth/logout-all").then().statusCode(200)
                .body("success", equalTo(true));

        given().header("Authorization", again.bearer()).get("/api/auth/me").then().statusCode(401);
        given().header("Authorization", other.bearer()).get("/api/auth/me").then().statusCode(401);
        given().cookie("refreshToken", other.refreshToken()).post("/api/auth/refresh").then().statusCode(401);
    }

    @Test
    void shouldStoreOnlyTheHashOfTheRefreshTokenAndNoPasswordOrCodeInClear() {
        String email = Accounts.uniqueEmail("hashes");
        AuthClient.Session session = client.signedUp(email);

        Document stored = session(session.sessionId());
        String raw = TestMongo.raw(CollectionNames.USERS).find(new Document("email", email)).first().toJson();

        assertThat(stored.getString("refreshTokenHash")).hasSize(64).isNotEqualTo(session.refreshToken());
        assertThat(stored.toJson()).doesNotContain(session.refreshToken());
        assertThat(raw).doesNotContain(Accounts.DEFAULT_PASSWORD).contains("$2a$1");
    }

    @Test
    void shouldRevokeTheSessionOnLogoutAndClearTheCookie() {
        AuthClient.Session session = client.signedUp(Accounts.uniqueEmail("logout"));

        String cleared = given().cookie("refreshToken", session.refreshToken()).post("/api/auth/logout").then()
                .statusCode(200).extract().header("Set-Cookie");

        assertThat(cleared).startsWith("refreshToken=;").contains("Max-Age=0", "Path=/api/auth", "HttpOnly");
        assertThat(session(session.sessionId()).getString("revokedReason")).isEqualTo("logout");
        given().header("Authorization", session.bearer()).get("/api/auth/me").then().statusCode(401);
    }

    private static Document session(String id) {
        return TestMongo.raw(CollectionNames.SESSIONS).find(new Document("_id", new ObjectId(id))).first();
    }
}
