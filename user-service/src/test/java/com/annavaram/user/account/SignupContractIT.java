package com.annavaram.user.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

import java.util.Map;

import jakarta.inject.Inject;

import org.bson.Document;
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

/** S1–S3: the sign-up and verify pages. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SignupContractIT {

    @Inject
    MockMailbox mailbox;

    private AuthClient client;

    @BeforeEach
    void setUp() {
        client = new AuthClient(mailbox);
    }

    @Test
    void s1ShouldCreateTheAccountAndMailASixDigitCode() {
        String email = Accounts.uniqueEmail("s1");

        Storefront.cors(Storefront.json(Accounts.signup(email)).post("/api/auth/signup").then()).statusCode(201)
                .contentType("application/json").body("success", equalTo(true))
                .body("message", instanceOf(String.class));

        assertThat(client.lastCode(email)).matches("\\d{6}");
        Document stored = TestMongo.raw(CollectionNames.USERS).find(new Document("email", email)).first();
        assertThat(stored.getBoolean("emailVerified")).isFalse();
        assertThat(stored.getString("role")).isEqualTo("customer");
        assertThat(stored.get("emailVerification", Document.class).getString("otpHash")).hasSize(64);
    }

    @Test
    void s1ShouldAcceptAnEmptyPhoneAndNormaliseTheEmail() {
        String email = Accounts.uniqueEmail("s1-phone");
        Map<String, Object> body = Accounts.signup("  " + email.toUpperCase() + " ");
        body.put("phone", "");

        Storefront.json(body).post("/api/auth/signup").then().statusCode(201);

        Document stored = TestMongo.raw(CollectionNames.USERS).find(new Document("email", email)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.containsKey("phone")).isFalse();
    }

    @Test
    void s1ShouldAnswerATakenEmailWith409() {
        String email = Accounts.uniqueEmail("s1-taken");
        client.signup(email);

        Storefront.problem(Storefront.json(Accounts.signup(email)).post("/api/auth/signup").then(), 409)
                .body("detail", equalTo("An account with this email already exists."));
    }

    @Test
    void s1ShouldRefuseAShortPasswordWith400NotAnArray() {
        Map<String, Object> body = Accounts.signup(Accounts.uniqueEmail("s1-short"));
        body.put("password", "short");

        Storefront.problem(Storefront.json(body).post("/api/auth/signup").then(), 400)
                .body("detail", equalTo("Password must be between 8 and 72 characters."))
                .body("errors[0].pointer", equalTo("/password"));
    }

    @Test
    void s2ShouldAnswerTheVerifiedCodeWithASessionResponse() {
        String email = Accounts.uniqueEmail("s2");
        client.signup(email);

        AuthClient.Session session = Storefront.sessionResponse(Storefront.json(Map.of("email", email, "otp",
                client.lastCode(email))).post("/api/auth/verify-email").then(), email);

        Storefront.authorized(session).get("/api/auth/me").then().statusCode(200)
                .body("data.user.emailVerified", equalTo(true));
        Document stored = TestMongo.raw(CollectionNames.USERS).find(new Document("email", email)).first();
        assertThat(stored.get("emailVerification", Document.class).containsKey("otpHash")).isFalse();
        assertThat(stored.getDate("emailVerifiedAt")).isNotNull();
    }

    @Test
    void s2ShouldRefuseACodeUsedTwice() {
        String email = Accounts.uniqueEmail("s2-twice");
        client.signup(email);
        String code = client.lastCode(email);
        Storefront.json(Map.of("email", email, "otp", code)).post("/api/auth/verify-email").then().statusCode(200);

        Storefront.problem(Storefront.json(Map.of("email", email, "otp", code)).post("/api/auth/verify-email")
                .then(), 400);
    }

    @Test
    void s3ShouldResendACodeThatReplacesTheFirst() {
        String email = Accounts.uniqueEmail("s3");
        client.signup(email);
        String first = client.lastCode(email);

        Storefront.cors(Storefront.json(Map.of("email", email)).post("/api/auth/resend-otp").then()).statusCode(200)
                .body("success", equalTo(true)).body("message", instanceOf(String.class));

        assertThat(client.mailCount(email)).isEqualTo(2);
        String second = client.lastCode(email);
        if (!second.equals(first)) {
            Storefront.json(Map.of("email", email, "otp", first)).post("/api/auth/verify-email").then()
                    .statusCode(400);
        }
        Storefront.json(Map.of("email", email, "otp", second)).post("/api/auth/verify-email").then().statusCode(200);
    }

    @Test
    void s3ShouldAnswerAnUnknownOrVerifiedEmailLikeAnyOther() {
        String verified = Accounts.uniqueEmail("s3-verified");
        client.signedUp(verified);
        String pending = Accounts.uniqueEmail("s3-pending");
        client.signup(pending);

        String toPending = Storefront.json(Map.of("email", pending)).post("/api/auth/resend-otp").then()
                .statusCode(200).extract().path("message");
        String toVerified = Storefront.json(Map.of("email", verified)).post("/api/auth/resend-otp").then()
                .statusCode(200).extract().path("message");
        String toUnknown = Storefront.json(Map.of("email", Accounts.uniqueEmail("s3-unknown")))
                .post("/api/auth/resend-otp").then().statusCode(200).extract().path("message");

        assertThat(toVerified).isEqualTo(toPending).isEqualTo(toUnknown);
        assertThat(client.mailCount(verified)).isEqualTo(1);
    }
}
