package com.annavaram.user.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.annavaram.user.support.Accounts;
import com.annavaram.user.support.AuthClient;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.Storefront;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** S4, S8 and the Google switch (S5 off): login, the refresh after a 401, the cookie. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SessionContractIT {

    @Inject
    MockMailbox mailbox;

    private AuthClient client;

    @BeforeEach
    void setUp() {
        client = new AuthClient(mailbox);
    }

    @Test
    void s4ShouldAnswerTheRightPasswordWithASessionResponseAndItsMessage() {
        String email = Accounts.uniqueEmail("s4");
        client.signedUp(email);

        Storefront.sessionResponse(Storefront.json(Accounts.login(email, Accounts.DEFAULT_PASSWORD))
                .post("/api/auth/login").then(), email);
        Storefront.json(Accounts.login(email.toUpperCase(), Accounts.DEFAULT_PASSWORD)).post("/api/auth/login")
                .then().statusCode(200).body("message", equalTo("Login successful"));
    }

    @Test
    void s4ShouldAnswerAWrongPasswordOrUnknownEmailWith401() {
        String email = Accounts.uniqueEmail("s4-wrong");
        client.signedUp(email);

        Storefront.problem(Storefront.json(Accounts.login(email, "not-the-password")).post("/api/auth/login")
                .then(), 401).body("detail", equalTo("Invalid email or password."));
        Storefront.problem(Storefront.json(Accounts.login(Accounts.uniqueEmail("s4-none"), "whatever-1"))
                .post("/api/auth/login").then(), 401).body("detail", equalTo("Invalid email or password."));
    }

    @Test
    void s4ShouldAnswerAnUnverifiedAccountWith403AndAMessage() {
        String email = Accounts.uniqueEmail("s4-unverified");
        client.signup(email);

        Storefront.problem(Storefront.json(Accounts.login(email, Accounts.DEFAULT_PASSWORD)).post("/api/auth/login")
                .then(), 403).body("detail", equalTo("Please verify your email address before logging in."));
    }

    @Test
    void s8ShouldRotateWithOnlyTheCookieAndNoBody() {
        String email = Accounts.uniqueEmail("s8");
        AuthClient.Session first = client.signedUp(email);

        AuthClient.Session second = Storefront.sessionResponse(Storefront.request()
                .cookie("refreshToken", first.refreshToken()).post("/api/auth/refresh").then(), email);

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.userId()).isEqualTo(first.userId());
        Storefront.authorized(second).get("/api/auth/me").then().statusCode(200);
    }

    @Test
    void s8ShouldAlsoAcceptTheTokenInTheBodyOrHeader() {
        String email = Accounts.uniqueEmail("s8-alt");
        AuthClient.Session first = client.signedUp(email);

        AuthClient.Session second = AuthClient.session(Storefront.json(Map.of("refreshToken",
                first.refreshToken())).post("/api/auth/refresh").then().statusCode(200).extract());
        Storefront.request().header("x-refresh-token", second.refreshToken()).post("/api/auth/refresh").then()
                .statusCode(200);
    }

    @Test
    void s8ShouldAnswerAMissingOrUnknownCookieWith401AndClearIt() {
        Storefront.problem(Storefront.request().post("/api/auth/refresh").then(), 401);
        String cleared = Storefront.problem(Storefront.request().cookie("refreshToken", "A".repeat(43))
                .post("/api/auth/refresh").then(), 401).extract().header("Set-Cookie");

        assertThat(cleared).startsWith("refreshToken=;").contains("Max-Age=0", "Path=/api/auth");
    }

    @Test
    void shouldMakeTheCookieSameSiteNoneAndSecureBehindHttps() {
        String email = Accounts.uniqueEmail("https");
        client.signedUp(email);

        String setCookie = Storefront.json(Accounts.login(email, Accounts.DEFAULT_PASSWORD))
                .header("X-Forwarded-Proto", "https").post("/api/auth/login").then().statusCode(200).extract()
                .header("Set-Cookie");

        Storefront.refreshCookie(setCookie, true);
    }

    @Test
    void s5ShouldBeANotFoundProblemWithoutAGoogleClientId() {
        Storefront.problem(Storefront.json(Map.of("idToken", "x.y.z")).post("/api/auth/google").then(),
                404).body("detail", equalTo("Google sign-in is not enabled."));
    }

    @Test
    void shouldAnswerMeWithTheUser() {
        String email = Accounts.uniqueEmail("me");
        AuthClient.Session session = client.signedUp(email);

        Storefront.cors(Storefront.authorized(session).get("/api/auth/me").then()).statusCode(200)
                .body("success", equalTo(true)).body("data.user.id", equalTo(session.userId()))
                .body("data.user.email", equalTo(email)).body("data.user.phone", equalTo(Accounts.DEFAULT_PHONE))
                .body("data.user.fullName", equalTo(Accounts.DEFAULT_NAME));
    }
}
