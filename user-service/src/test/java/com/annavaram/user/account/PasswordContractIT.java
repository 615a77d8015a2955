package com.annavaram.user.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

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
import com.annavaram.user.support.Storefront;
import com.annavaram.user.support.TestMongo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** S6 and S7: forgot and reset password. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PasswordContractIT {

    private static final String NEW_PASSWORD = "Kobbari#Undalu9";

    @Inject
    MockMailbox mailbox;

    private AuthClient client;

    @BeforeEach
    void setUp() {
        client = new AuthClient(mailbox);
    }

    @Test
    void s6ShouldMailAResetCodeAndAnswerWithAMessage() {
        String email = Accounts.uniqueEmail("s6");
        client.signedUp(email);

        Storefront.cors(Storefront.json(Map.of("email", email)).post("/api/auth/forgot-password").then())
                .statusCode(200).body("success", equalTo(true)).body("message", instanceOf(String.class));

        assertThat(mailbox.getMailsSentTo(email)).last()
                .satisfies(mail -> assertThat(mail.getSubject()).containsIgnoringCase("password"));
    }

    @Test
    void s6ShouldNeverAnswer404OrNotRegisteredForAnUnknownEmail() {
        String message = Storefront.json(Map.of("email", Accounts.uniqueEmail("s6-unknown")))
                .post("/api/auth/forgot-password").then().statusCode(200).extract().path("message");

        assertThat(message).doesNotContainIgnoringCase("not registered");
    }

    @Test
    void s7ShouldSetTheNewPasswordAnswerASessionAndRevokeTheOtherSessions() {
        String email = Accounts.uniqueEmail("s7");
        AuthClient.Session before = client.signedUp(email);
        Storefront.json(Map.of("email", email)).post("/api/auth/forgot-password").then().statusCode(200);

        AuthClient.Session after = Storefront.sessionResponse(Storefront.json(Map.of("email", email, "otp",
                client.lastCode(email), "newPassword", NEW_PASSWORD)).post("/api/auth/reset-password").then(),
                email);

        Storefront.json(Map.of("email", email, "otp", "123456", "newPassword", NEW_PASSWORD))
                .post("/api/auth/reset-password").then().statusCode(400);
        Storefront.authorized(before).get("/api/auth/me").then().statusCode(401);
        Storefront.authorized(after).get("/api/auth/me").then().statusCode(200);
        Document old = TestMongo.raw(CollectionNames.SESSIONS).find(new Document("_id", new ObjectId(before
                .sessionId()))).first();
        assertThat(old.getString("revokedReason")).isEqualTo("password-reset");
        Storefront.json(Accounts.login(email, Accounts.DEFAULT_PASSWORD)).post("/api/auth/login").then()
                .statusCode(401);
        Storefront.json(Accounts.login(email, NEW_PASSWORD)).post("/api/auth/login").then().statusCode(200)
                .body("message", equalTo("Login successful"));
    }

    @Test
    void s7ShouldNotAcceptTheSignUpCodeForAReset() {
        String email = Accounts.uniqueEmail("s7-bucket");
        client.signup(email);
        String signupCode = client.lastCode(email);
        Storefront.json(Map.of("email", email)).post("/api/auth/forgot-password").then().statusCode(200);
        String resetCode = client.lastCode(email);

        if (!signupCode.equals(resetCode)) {
            Storefront.problem(Storefront.json(Map.of("email", email, "otp", signupCode, "newPassword",
                    NEW_PASSWORD)).post("/api/auth/reset-password").then(), 400);
        }
        Storefront.json(Map.of("email", email, "otp", resetCode, "newPassword", NEW_PASSWORD))
                .post("/api/auth/reset-password").then().statusCode(200)
                .body("data.user.emailVerified", equalTo(true));
    }

    @Test
    void s7ShouldRefuseAShortNewPassword() {
        Storefront.problem(Storefront.json(Map.of("email", Accounts.uniqueEmail("s7-short"), "otp", "123456",
                "newPassword", "short")).post("/api/auth/reset-password").then(), 400)
                .body("errors[0].pointer", equalTo("/newPassword"));
    }
}
