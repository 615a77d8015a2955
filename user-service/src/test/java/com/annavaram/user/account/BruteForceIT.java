package com.annavaram.user.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.bson.Document;
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
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Guessing codes and passwords stops after a few tries, with a Retry-After that says until when. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class BruteForceIT {

    private static final long OTP_TTL_SECONDS = 600;
    private static final long LOCKOUT_SECONDS = 900;
    private static final long SEND_WINDOW_SECONDS = 900;

    @Inject
    MockMailbox mailbox;

    private AuthClient client;

    @BeforeEach
    void setUp() {
        client = new AuthClient(mailbox);
    }

    @Test
    void shouldRefuseTheSixthWrongCodeWithRetryAfterUntilTheCodeExpires() {
        String email = Accounts.uniqueEmail("otp-guess");
        client.signup(email);
        String right = client.lastCode(email);
        String wrong = right.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 5; attempt++) {
            verify(email, wrong).then().statusCode(400).body("detail", equalTo("The code is incorrect."));
        }
        ExtractableResponse<Response> sixth = verify(email, wrong).then().statusCode(429)
                .contentType("application/problem+json").extract();

        assertThat(retryAfter(sixth)).isBetween(OTP_TTL_SECONDS - 120, OTP_TTL_SECONDS);
        verify(email, right).then().statusCode(429);
        assertThat(user(email).get("emailVerification", Document.class).getInteger("attempts")).isEqualTo(5);
        given().contentType(ContentType.JSON).body(Map.of("email", email)).post("/api/auth/resend-otp").then()
                .statusCode(200);
        verify(email, client.lastCode(email)).then().statusCode(200);
    }

    @Test
    void shouldLockTheAccountAfterFiveWrongPasswordsEvenForTheRightOne() {
        String email = Accounts.uniqueEmail("pw-guess");
        client.signedUp(email);

        for (int attempt = 1; attempt <= 4; attempt++) {
            login(email, "wrong-password-" + attempt).then().statusCode(401)
                    .body("detail", equalTo("Invalid email or password."));
        }
        ExtractableResponse<Response> fifth = login(email, "wrong-password-5").then().statusCode(429)
                .contentType("application/problem+json").extract();
        ExtractableResponse<Response> right = login(email, Accounts.DEFAULT_PASSWORD).then().statusCode(429).extract();

        assertThat(retryAfter(fifth)).isBetween(LOCKOUT_SECONDS - 5, LOCKOUT_SECONDS);
        assertThat(retryAfter(right)).isBetween(LOCKOUT_SECONDS - 120, LOCKOUT_SECONDS);
        assertThat(user(email).getDate("lockedUntil")).isInTheFuture();
    }

    @Test
    void shouldResetTheFailureCountAfterASuccessfulLogin() {
        String email = Accounts.uniqueEmail("pw-reset-count");
        client.signedUp(email);
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(email, "wrong-password").then().statusCode(401);
        }

        login(email, Accounts.DEFAULT_PASSWORD).then().statusCode(200);

        assertThat(user(email).getInteger("failedLogins")).isZero();
        login(email, "wrong-password").then().statusCode(401);
    }

    @Test
    void shouldLockUnknownEmailsLikeKnownOnes() {
        String email = Accounts.uniqueEmail("nobody");
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(email, "guess-" + attempt).then().statusCode(401);
        }

        ExtractableResponse<Response> fifth = login(email, "guess-5").then().statusCode(429).extract();

        assertThat(retryAfter(fifth)).isBetween(LOCKOUT_SECONDS - 5, LOCKOUT_SECONDS);
    }

    @Test
    void shouldSendAtMostThreeCodesPerWindow() {
        String email = Accounts.uniqueEmail("resend");
        client.signup(email);
        resend(email).then().statusCode(200);
        resend(email).then().statusCode(200);

        ExtractableResponse<Response> fourth = resend(email).then().statusCode(429)
                .body("detail", equalTo("Code request limit reached. Please try again later.")).extract();

        assertThat(retryAfter(fourth)).isBetween(SEND_WINDOW_SECONDS - 120, SEND_WINDOW_SECONDS);
        assertThat(client.mailCount(email)).isEqualTo(3);
        assertThat(user(email).get("emailVerification", Document.class).getList("sentHistory", Object.class))
                .hasSize(3);
    }

    @Test
    void shouldLimitCodeRequestsForUnknownEmailsWithTheSameAnswers() {
        String unknown = Accounts.uniqueEmail("unknown");
        String known = Accounts.uniqueEmail("known");
        client.signedUp(known);

        String toKnown = forgot(known).then().statusCode(200).extract().path("message");
        String toUnknown = forgot(unknown).then().statusCode(200).extract().path("message");
        forgot(unknown).then().statusCode(200);
        forgot(unknown).then().statusCode(200);

        assertThat(toUnknown).isEqualTo(toKnown);
        ExtractableResponse<Response> fourth = forgot(unknown).then().statusCode(429).extract();
        assertThat(retryAfter(fourth)).isBetween(SEND_WINDOW_SECONDS - 120, SEND_WINDOW_SECONDS);
        assertThat(client.mailCount(unknown)).isZero();
        assertThat(client.mailCount(known)).isEqualTo(2);
    }

    @Test
    void shouldKillAResetCodeAfterFiveWrongTries() {
        String email = Accounts.uniqueEmail("reset-guess");
        client.signedUp(email);
        forgot(email).then().statusCode(200);
        String right = client.lastCode(email);
        String wrong = right.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 5; attempt++) {
            reset(email, wrong).then().statusCode(400);
        }

        reset(email, right).then().statusCode(429).header("Retry-After", notNullValue());
        login(email, "Another#Password1").then().statusCode(401);
    }

    private static Response verify(String email, String otp) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "otp", otp))
                .post("/api/auth/verify-email");
    }

    private static Response login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Accounts.login(email, password)).post("/api/auth/login");
    }

    private static Response resend(String email) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email)).post("/api/auth/resend-otp");
    }

    private static Response forgot(String email) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email)).post("/api/auth/forgot-password");
    }

    private static Response reset(String email, String otp) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "otp", otp, "newPassword", "Another#Password1"))
                .post("/api/auth/reset-password");
    }

    private static long retryAfter(ExtractableResponse<Response> response) {
        return Long.parseLong(response.header("Retry-After"));
    }

    private static Document user(String email) {
        return TestMongo.raw(CollectionNames.USERS).find(new Document("email", email)).first();
    }
}
