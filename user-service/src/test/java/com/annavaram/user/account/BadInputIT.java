package com.annavaram.user.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

/** Malformed, oversized, mistyped and injection-shaped input: a 4xx problem, and nothing stored. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class BadInputIT {

    private static final String NAME_10_KB = "N".repeat(10 * 1024);
    private static final String VALID = "\"email\":\"bad-input@example.test\",\"password\":\"Prasadam#2026\"";

    @Inject
    MockMailbox mailbox;

    private static AuthClient.Session session;
    private static String email;

    @BeforeEach
    void signUpOnce() {
        if (session == null) {
            email = Accounts.uniqueEmail("bad-input");
            session = new AuthClient(mailbox).signedUp(email);
        }
    }

    static Stream<Arguments> publicBodies() {
        return Stream.of(Arguments.of("/api/auth/signup", "{}"),
                Arguments.of("/api/auth/signup", ("{\"fullName\":\"Lakshmi\"," + VALID + "}").replace("\"email\"",
                        "\"mail\"")),
                Arguments.of("/api/auth/signup", "{\"fullName\":\"" + NAME_10_KB + "\"," + VALID + "}"),
                Arguments.of("/api/auth/signup", "{\"fullName\":12345," + VALID + "}"),
                Arguments.of("/api/auth/signup", "{\"fullName\":[\"Lakshmi\"]," + VALID + "}"),
                Arguments.of("/api/auth/signup",
                        "{\"fullName\":\"Lakshmi\",\"email\":true,\"password\":\"x12345678\"}"),
                Arguments.of("/api/auth/signup",
                        "{\"fullName\":\"Lakshmi\",\"email\":\"a@b.c\",\"password\":12345678}"),
                Arguments.of("/api/auth/signup", "{\"fullName\":\"Lakshmi\",\"email\":\"not-an-email\","
                        + "\"password\":\"Prasadam#2026\"}"),
                Arguments.of("/api/auth/signup", "{\"fullName\":\"Lakshmi\",\"email\":\"a b@c.de\","
                        + "\"password\":\"Prasadam#2026\"}"),
                Arguments.of("/api/auth/signup", "{\"fullName\":\"Lakshmi\",\"email\":\"a@b@c.de\","
                        + "\"password\":\"Prasadam#2026\"}"),
                Arguments.of("/api/auth/signup", "{\"fullName\":\"Lakshmi\",\"email\":\"" + "a".repeat(300)
                        + "@example.test\",\"password\":\"Prasadam#2026\"}"),
                Arguments.of("/api/auth/signup", "{\"fullName\":\"Lakshmi\",\"email\":{\"$gt\":\"\"},"
                        + "\"password\":\"Prasadam#2026\"}"),
                Arguments.of("/api/auth/signup", "{\"fullName\":\"Lakshmi\"," + VALID + ",\"$where\":\"1\"}"),
                Arguments.of("/api/auth/signup", "{\"fullName\":\"Lakshmi\"," + VALID + ",\"phone\":\"call me\"}"),
                Arguments.of("/api/auth/signup", "{\"fullName\":\"Lakshmi\"," + VALID.replace("Prasadam#2026",
                        "ప్రసాదం".repeat(5)) + "}"),
                Arguments.of("/api/auth/signup", "{"), Arguments.of("/api/auth/signup", "[]"),
                Arguments.of("/api/auth/signup", "null"), Arguments.of("/api/auth/signup", "\"text\""),
                Arguments.of("/api/auth/login", "{}"),
                Arguments.of("/api/auth/login", "{\"email\":{\"$ne\":null},\"password\":{\"$ne\":null}}"),
                Arguments.of("/api/auth/login", "{\"email\":\"a@b.c\",\"password\":\"x\",\"$or\":[{}]}"),
                Arguments.of("/api/auth/verify-email", "{\"email\":\"a@b.cd\",\"otp\":\"12345\"}"),
                Arguments.of("/api/auth/verify-email", "{\"email\":\"a@b.cd\",\"otp\":123456}"),
                Arguments.of("/api/auth/verify-email", "{\"email\":\"a@b.cd\",\"otp\":{\"$gt\":\"\"}}"),
                Arguments.of("/api/auth/resend-otp", "{\"email\":[\"a@b.cd\"]}"),
                Arguments.of("/api/auth/forgot-password", "{\"email\":{\"$regex\":\".*\"}}"),
                Arguments.of("/api/auth/reset-password", "{\"email\":\"a@b.cd\",\"otp\":\"123456\"}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("publicBodies")
    void shouldRefuseABadPublicBodyAndStoreNothing(String path, String body) {
        String before = snapshot();

        int status = Storefront.request().contentType("application/json").body(body).post(path).then().extract()
                .statusCode();

        assertThat(status).isBetween(400, 499);
        Storefront.problem(Storefront.request().contentType("application/json").body(body).post(path).then(),
                status);
        assertThat(snapshot()).isEqualTo(before);
    }

    /**
     * A cross-site form can post text/plain without a preflight: read through the request record's String
     * constructor, such a body used to send reset codes (and crash Google sign-in with a 500).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("plainTextBodies")
    void shouldRefuseATextPlainBodyAndSendNothing(String path, String body) {
        String before = snapshot();
        mailbox.clear();

        Storefront.problem(Storefront.request().contentType("text/plain").body(body.replace("{email}", email))
                .post(path).then(), 415);

        assertThat(mailbox.getTotalMessagesSent()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    static Stream<Arguments> plainTextBodies() {
        return Stream.of(Arguments.of("/api/auth/forgot-password", "{email}"),
                Arguments.of("/api/auth/resend-otp", "{\"email\":\"{email}\"}"),
                Arguments.of("/api/auth/google", "not-a-google-token"),
                Arguments.of("/api/auth/signup", "{\"fullName\":\"Plain\",\"email\":\"plain@example.test\","
                        + "\"password\":\"Prasadam#2026\"}"));
    }

    static Stream<Arguments> accountBodies() {
        return Stream.of(Arguments.of("POST", "/api/auth/addresses", "{}"),
                Arguments.of("POST", "/api/auth/addresses", "{\"line1\":\"" + NAME_10_KB + "\",\"city\":\"A\","
                        + "\"state\":\"AP\",\"postalCode\":\"533406\"}"),
                Arguments.of("POST", "/api/auth/addresses", "{\"line1\":\"1 Road\",\"city\":\"A\",\"state\":\"AP\","
                        + "\"postalCode\":533406}"),
                Arguments.of("POST", "/api/auth/addresses", "{\"line1\":\"1 Road\",\"city\":\"A\",\"state\":\"AP\","
                        + "\"postalCode\":\"533406\",\"isDefault\":\"yes\"}"),
                Arguments.of("POST", "/api/auth/addresses", "{\"$set\":{\"role\":\"admin\"}}"),
                Arguments.of("PUT", "/api/auth/phone", "{\"phone\":9848012345}"),
                Arguments.of("PUT", "/api/auth/phone", "{\"phone\":{\"$gt\":\"\"}}"),
                Arguments.of("PUT", "/api/auth/phone", "{\"phone\":\"" + NAME_10_KB + "\"}"),
                Arguments.of("POST", "/api/auth/email/request-change", "{\"newEmail\":\"nope\"}"),
                Arguments.of("POST", "/api/auth/email/verify-change", "{\"newEmail\":\"a@b.cd\",\"otp\":\"abc\"}"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("accountBodies")
    void shouldRefuseABadAccountBodyAndStoreNothing(String method, String path, String body) {
        String before = snapshot();

        Storefront.problem(Storefront.authorized(session).contentType("application/json").body(body)
                .request(method, path).then(), 400);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldAnswerMalformedRefreshCookiesWith401AndStoreNothing() {
        String before = snapshot();

        for (String cookie : new String[]{"%%%", "\"quoted\"", "A".repeat(42), "A".repeat(44), "a.b.c", "$ne",
                "A".repeat(4000), session.refreshToken() + "x"}) {
            Storefront.problem(Storefront.request().header("Cookie", "refreshToken=" + cookie)
                    .post("/api/auth/refresh").then(), 401);
        }
        Storefront.problem(Storefront.request().header("Cookie", "refreshToken; ;; =x=y")
                .post("/api/auth/refresh").then(), 401);
        Storefront.problem(Storefront.request().header("x-refresh-token", "{\"$ne\":null}")
                .post("/api/auth/refresh").then(), 401);
        Storefront.problem(Storefront.json("{\"refreshToken\":{\"$ne\":null}}").post("/api/auth/refresh").then(),
                401);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldIgnoreFieldsACustomerMayNotSet() {
        String email = Accounts.uniqueEmail("mass-assignment");

        Storefront.json("{\"fullName\":\"Lakshmi\",\"email\":\"" + email + "\",\"password\":\"Prasadam#2026\","
                + "\"role\":\"admin\",\"emailVerified\":true,\"isActive\":true,\"googleId\":\"x\"}")
                .post("/api/auth/signup").then().statusCode(201);

        Document stored = TestMongo.raw(CollectionNames.USERS).find(new Document("email", email)).first();
        assertThat(stored.getString("role")).isEqualTo("customer");
        assertThat(stored.getBoolean("emailVerified")).isFalse();
        assertThat(stored.containsKey("googleId")).isFalse();
    }

    /** Every user and session document as stored. */
    private static String snapshot() {
        List<String> documents = new ArrayList<>();
        for (String collection : new String[]{CollectionNames.USERS, CollectionNames.SESSIONS}) {
            TestMongo.raw(collection).find().sort(new Document("_id", 1))
                    .forEach(document -> documents.add(collection + ":" + document.toJson()));
        }
        return String.join("\n", documents);
    }
}
