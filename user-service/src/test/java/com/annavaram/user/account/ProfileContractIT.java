package com.annavaram.user.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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

/** S13–S15: the profile page's phone number and e-mail change. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProfileContractIT {

    @Inject
    MockMailbox mailbox;

    private AuthClient client;
    private AuthClient.Session session;
    private String email;

    @BeforeEach
    void signUp() {
        client = new AuthClient(mailbox);
        email = Accounts.uniqueEmail("profile");
        session = client.signedUp(email);
    }

    @Test
    void s13ShouldChangeThePhoneAndAnswerTheUser() {
        Storefront.cors(Storefront.authorized(session).contentType("application/json")
                .body(Map.of("phone", "+91 90000 12345")).put("/api/auth/phone").then()).statusCode(200)
                .body("success", equalTo(true)).body("data.user.id", equalTo(session.userId()))
                .body("data.user.phone", equalTo("+91 90000 12345")).body("data.user.email", equalTo(email))
                .body("data.user.emailVerified", equalTo(true));
    }

    @Test
    void s13ShouldRefuseAPhoneShorterThanTenCharacters() {
        Storefront.problem(Storefront.authorized(session).contentType("application/json")
                .body(Map.of("phone", "12345")).put("/api/auth/phone").then(), 400)
                .body("errors[0].pointer", equalTo("/phone"));
    }

    @Test
    void s14AndS15ShouldMoveTheAccountToTheNewAddressWithACodeSentThere() {
        String newEmail = Accounts.uniqueEmail("profile-new");

        Storefront.cors(Storefront.authorized(session).contentType("application/json")
                .body(Map.of("newEmail", newEmail)).post("/api/auth/email/request-change").then()).statusCode(200)
                .body("success", equalTo(true));
        assertThat(client.mailCount(email)).isEqualTo(1);
        Document pending = TestMongo.raw(CollectionNames.USERS).find(new Document("email", email)).first();
        assertThat(pending.getString("pendingEmail")).isEqualTo(newEmail);
        assertThat(pending.get("emailVerification", Document.class).containsKey("otpHash")).isFalse();

        Storefront.cors(Storefront.authorized(session).contentType("application/json")
                .body(Map.of("newEmail", newEmail, "otp", client.lastCode(newEmail)))
                .post("/api/auth/email/verify-change").then()).statusCode(200)
                .body("data.user.email", equalTo(newEmail)).body("data.user.id", equalTo(session.userId()));

        Storefront.json(Accounts.login(newEmail, Accounts.DEFAULT_PASSWORD)).post("/api/auth/login").then()
                .statusCode(200);
        Storefront.json(Accounts.login(email, Accounts.DEFAULT_PASSWORD)).post("/api/auth/login").then()
                .statusCode(401);
    }

    @Test
    void s14ShouldSayAlreadyYourEmail() {
        Storefront.problem(Storefront.authorized(session).contentType("application/json")
                .body(Map.of("newEmail", email.toUpperCase())).post("/api/auth/email/request-change").then(), 400)
                .body("message", containsString("already your email"));
    }

    @Test
    void s14ShouldSayAlreadyExists() {
        String taken = Accounts.uniqueEmail("profile-taken");
        client.signup(taken);

        Storefront.problem(Storefront.authorized(session).contentType("application/json")
                .body(Map.of("newEmail", taken)).post("/api/auth/email/request-change").then(), 409)
                .body("message", containsString("already exists"));
    }

    @Test
    void s14ShouldSayLimitReachedAfterThreeCodes() {
        String newEmail = Accounts.uniqueEmail("profile-limit");
        for (int i = 0; i < 3; i++) {
            Storefront.authorized(session).contentType("application/json").body(Map.of("newEmail", newEmail))
                    .post("/api/auth/email/request-change").then().statusCode(200);
        }

        Storefront.problem(Storefront.authorized(session).contentType("application/json")
                .body(Map.of("newEmail", newEmail)).post("/api/auth/email/request-change").then(), 429)
                .body("message", containsString("limit reached"));
    }

    @Test
    void s15ShouldRefuseAWrongCodeOrAnotherAddress() {
        String newEmail = Accounts.uniqueEmail("profile-wrong");
        Storefront.authorized(session).contentType("application/json").body(Map.of("newEmail", newEmail))
                .post("/api/auth/email/request-change").then().statusCode(200);
        String code = client.lastCode(newEmail);

        Storefront.problem(Storefront.authorized(session).contentType("application/json")
                .body(Map.of("newEmail", Accounts.uniqueEmail("other"), "otp", code))
                .post("/api/auth/email/verify-change").then(), 400);
        Storefront.problem(Storefront.authorized(session).contentType("application/json")
                .body(Map.of("newEmail", newEmail, "otp", code.equals("000000") ? "111111" : "000000"))
                .post("/api/auth/email/verify-change").then(), 400);
        Storefront.authorized(session).get("/api/auth/me").then().body("data.user.email", equalTo(email));
    }
}
