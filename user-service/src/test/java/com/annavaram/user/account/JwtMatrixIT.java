package com.annavaram.user.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.annavaram.user.account.session.JwtKeys;
import com.annavaram.user.support.Accounts;
import com.annavaram.user.support.AuthClient;
import com.annavaram.user.support.EmbeddedMongoResource;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Which access tokens the protected resources accept: only live, unexpired RS256 tokens of this service. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class JwtMatrixIT {

    private static final String[] PROTECTED = {"/api/auth/me", "/api/auth/addresses"};
    private static final String ISSUER = "annavaram-store";
    private static final String AUDIENCE = "store-api";

    @Inject
    MockMailbox mailbox;
    @Inject
    JwtKeys keys;

    /** One live session for the whole class: signing up costs a bcrypt hash. */
    private static AuthClient.Session shared;
    private static String sharedEmail;

    private AuthClient.Session session;

    @BeforeEach
    void signUpOnce() {
        if (shared == null) {
            sharedEmail = Accounts.uniqueEmail("jwt");
            shared = new AuthClient(mailbox).signedUp(sharedEmail);
        }
        session = shared;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/auth/me", "/api/auth/addresses"})
    void shouldAcceptTheTokenOfALiveSession(String path) {
        given().header("Authorization", session.bearer()).get(path).then().statusCode(200)
                .body("success", equalTo(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/auth/me", "/api/auth/addresses"})
    void shouldRefuseARequestWithoutToken(String path) {
        unauthorized(given().get(path).then());
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        Instant past = Instant.now().minusSeconds(3600);
        refusedEverywhere(claims(ISSUER, AUDIENCE).issuedAt(past).expiresAt(past.plusSeconds(900)).jws()
                .keyId(keys.keyId()).sign(keys.privateKey()));
    }

    @Test
    void shouldRefuseATamperedToken() {
        String[] parts = session.accessToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"customer\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(
                StandardCharsets.UTF_8)) + "." + parts[2];

        refusedEverywhere(forged);
    }

    @Test
    void shouldRefuseAnUnsignedToken() {
        String[] parts = session.accessToken().split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}"
                .getBytes(StandardCharsets.UTF_8));

        refusedEverywhere(none + "." + parts[1] + ".");
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() {
        refusedEverywhere(claims("annavaram-admin", AUDIENCE).expiresIn(900).jws().keyId(keys.keyId())
                .sign(keys.privateKey()));
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        refusedEverywhere(claims(ISSUER, "admin-api").expiresIn(900).jws().keyId(keys.keyId())
                .sign(keys.privateKey()));
    }

    @Test
    void shouldRefuseAnAdminServiceToken() {
        SecretKeySpec adminSecret = new SecretKeySpec("an-admin-service-secret-of-32-bytes!".getBytes(
                StandardCharsets.UTF_8), "HmacSHA256");

        refusedEverywhere(Jwt.issuer("annavaram-admin").audience("admin-api").subject(session.userId())
                .claim("role", "super_admin").claim("email", "admin@annavaram.test").expiresIn(86_400).jws()
                .algorithm(SignatureAlgorithm.HS256).sign(adminSecret));
    }

    @Test
    void shouldRefuseAnHmacTokenThatClaimsToBeOurs() {
        SecretKeySpec secret = new SecretKeySpec(keys.publicKey().getEncoded(), "HmacSHA256");

        refusedEverywhere(claims(ISSUER, AUDIENCE).expiresIn(900).jws().algorithm(SignatureAlgorithm.HS256)
                .sign(secret));
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey other = generator.generateKeyPair().getPrivate();

        refusedEverywhere(claims(ISSUER, AUDIENCE).expiresIn(900).jws().keyId(keys.keyId()).sign(other));
    }

    @Test
    void shouldRefuseATokenWithoutSessionClaim() {
        refusedEverywhere(Jwt.issuer(ISSUER).audience(AUDIENCE).subject(session.userId()).upn(session.userId())
                .groups(Set.of("customer")).expiresIn(900).jws().keyId(keys.keyId()).sign(keys.privateKey()));
    }

    @Test
    void shouldRefuseATokenNamingAnotherUsersSession() {
        AuthClient.Session other = new AuthClient(mailbox).signedUp(Accounts.uniqueEmail("jwt-other"));

        refusedEverywhere(Jwt.issuer(ISSUER).audience(AUDIENCE).subject(session.userId()).upn(session.userId())
                .groups(Set.of("customer")).claim("sid", other.sessionId()).expiresIn(900).jws().keyId(keys.keyId())
                .sign(keys.privateKey()));
    }

    @Test
    void shouldRefuseTheTokenOfARevokedSession() {
        AuthClient.Session revoked = new AuthClient(mailbox).login(sharedEmail, Accounts.DEFAULT_PASSWORD);
        given().cookie("refreshToken", revoked.refreshToken()).post("/api/auth/logout").then().statusCode(200);

        refusedEverywhere(revoked.accessToken());
    }

    @Test
    void shouldRefuseGarbageInTheAuthorizationHeader() {
        for (String header : new String[]{"Bearer", "Bearer not.a.jwt", "Basic dXNlcjpwYXNz", "Bearer " + "x"
                .repeat(5000)}) {
            for (String path : PROTECTED) {
                unauthorized(given().header("Authorization", header).get(path).then());
            }
        }
    }

    private JwtClaimsBuilder claims(String issuer, String audience) {
        return Jwt.issuer(issuer).audience(audience).subject(session.userId()).upn(session.userId())
                .groups(Set.of("customer")).claim("sid", session.sessionId());
    }

    private static void refusedEverywhere(String token) {
        for (String path : PROTECTED) {
            unauthorized(given().header("Authorization", "Bearer " + token).get(path).then());
        }
    }

    private static void unauthorized(ValidatableResponse response) {
        response.statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401)).body("success", equalTo(false))
                .body("detail", instanceOf(String.class)).body("message", instanceOf(String.class));
    }
}
