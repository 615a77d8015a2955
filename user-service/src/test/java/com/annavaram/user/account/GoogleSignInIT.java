package com.annavaram.user.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Map;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.annavaram.model.CollectionNames;
import com.annavaram.user.support.Accounts;
import com.annavaram.user.support.AuthClient;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.GoogleEnabledProfile;
import com.annavaram.user.support.GoogleKeys;
import com.annavaram.user.support.Storefront;
import com.annavaram.user.support.TestMongo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** S5 with Google sign-in on, against a local key set: verified identities only, never an unverified link. */
@QuarkusTest
@TestProfile(GoogleEnabledProfile.class)
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class GoogleSignInIT {

    private static final String GOOGLE = "/api/auth/google";

    @Inject
    MockMailbox mailbox;

    @Test
    void s5ShouldCreateAVerifiedAccountForANewGoogleUser() {
        String email = Accounts.uniqueEmail("google-new");
        String subject = "sub-" + email;

        AuthClient.Session session = Storefront.sessionResponse(Storefront.json(Map.of("idToken", sign(claims(
                subject, email, true)))).post(GOOGLE).then(), email);

        Document stored = TestMongo.raw(CollectionNames.USERS).find(new Document("email", email)).first();
        assertThat(stored.getString("googleId")).isEqualTo(subject);
        assertThat(stored.getBoolean("emailVerified")).isTrue();
        assertThat(stored.containsKey("passwordHash")).isFalse();
        AuthClient.Session again = AuthClient.session(Storefront.json(Map.of("idToken", sign(claims(subject, email,
                true)))).post(GOOGLE).then().statusCode(200).body("message", equalTo("Signed in with Google"))
                .extract());
        assertThat(again.userId()).isEqualTo(session.userId());
    }

    @Test
    void s5ShouldLinkAnExistingAccountWhenGoogleVerifiedTheEmail() {
        String email = Accounts.uniqueEmail("google-link");
        new AuthClient(mailbox).signup(email);

        Storefront.sessionResponse(Storefront.json(Map.of("idToken", sign(claims("sub-link", email, true))))
                .post(GOOGLE).then(), email);

        Document stored = TestMongo.raw(CollectionNames.USERS).find(new Document("email", email)).first();
        assertThat(stored.getString("googleId")).isEqualTo("sub-link");
        Storefront.json(Accounts.login(email, Accounts.DEFAULT_PASSWORD)).post("/api/auth/login").then()
                .statusCode(200);
    }

    @Test
    void s5ShouldNeverLinkAnAccountWhoseEmailGoogleHasNotVerified() {
        String email = Accounts.uniqueEmail("google-unverified");
        new AuthClient(mailbox).signedUp(email);

        Storefront.problem(Storefront.json(Map.of("idToken", sign(claims("sub-attacker", email, false))))
                .post(GOOGLE).then(), 403);

        Document stored = TestMongo.raw(CollectionNames.USERS).find(new Document("email", email)).first();
        assertThat(stored.containsKey("googleId")).isFalse();
        assertThat(TestMongo.raw(CollectionNames.SESSIONS).countDocuments(new Document("user", stored.get("_id"))))
                .isEqualTo(1);
    }

    @Test
    void s5ShouldRefuseTokensGoogleDidNotIssueForUs() throws NoSuchAlgorithmException {
        String email = Accounts.uniqueEmail("google-bad");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey otherKey = generator.generateKeyPair().getPrivate();

        for (String token : new String[]{sign(claims("s", email, true).audience("another-client")),
                sign(claims("s", email, true).issuer("https://evil.example")),
                sign(claims("s", email, true).issuedAt(1_000_000L).expiresAt(1_000_600L)),
                claims("s", email, true).jws().keyId(GoogleKeys.KEY_ID).sign(otherKey), "not-a-jwt"}) {
            Storefront.problem(Storefront.json(Map.of("idToken", token)).post(GOOGLE).then(), 401);
        }
        assertThat(TestMongo.raw(CollectionNames.USERS).countDocuments(new Document("email", email))).isZero();
    }

    @Test
    void s5ShouldRequireAnIdToken() {
        Storefront.problem(Storefront.json(Map.of()).post(GOOGLE).then(), 400)
                .body("errors[0].pointer", equalTo("/idToken"));
    }

    private static JwtClaimsBuilder claims(String subject, String email, boolean verified) {
        return Jwt.issuer("https://accounts.google.com").audience(GoogleEnabledProfile.CLIENT_ID).subject(subject)
                .claim("email", email).claim("email_verified", verified).claim("name", "Google " + subject)
                .expiresIn(600);
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId(GoogleKeys.KEY_ID).sign(GoogleKeys.privateKey());
    }
}
