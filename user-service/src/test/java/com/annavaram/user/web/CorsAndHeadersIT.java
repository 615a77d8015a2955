package com.annavaram.user.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.annavaram.user.support.Accounts;
import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.Storefront;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** CORS for exactly the storefront's origins with credentials on every response, security headers, body limit. */
@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CorsAndHeadersIT {

    private static final String EVIL = "http://evil.example";

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:5173", "http://localhost:5173"})
    void shouldAnswerAPreflightOfAnAllowedOrigin(String origin) {
        given().header("Origin", origin).header("Access-Control-Request-Method", "DELETE")
                .header("Access-Control-Request-Headers", "authorization,content-type,accept")
                .options("/api/auth/addresses/0123456789abcdef0123456789abcdef").then().statusCode(204)
                .header("Access-Control-Allow-Origin", origin).header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", allOf(containsString("GET"), containsString("POST"),
                        containsString("PUT"), containsString("PATCH"), containsString("DELETE")))
                .header("Access-Control-Allow-Headers", allOf(containsString("Authorization"),
                        containsString("Content-Type"), containsString("Accept")));
    }

    @Test
    void shouldRefuseAPreflightOfAnotherOriginWithoutCorsHeaders() {
        given().header("Origin", EVIL).header("Access-Control-Request-Method", "POST").options("/api/auth/login")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void shouldNotAllowAnotherOriginOnASimpleRequest() {
        given().header("Origin", EVIL).get("/").then().statusCode(200).header("Access-Control-Allow-Origin",
                nullValue());
    }

    @Test
    void shouldAllowTheStorefrontOnSuccessfulPublicResponses() {
        Storefront.cors(Storefront.request().get("/").then()).statusCode(200).header("Vary", containsString("Origin"));
    }

    @Test
    void shouldAllowTheStorefrontOnEveryKindOfError() {
        Storefront.problem(Storefront.request().get("/api/no-such-route").then(), 404);
        Storefront.problem(Storefront.request().get("/api/auth/me").then(), 401);
        Storefront.problem(Storefront.request().header("Authorization", "Bearer nonsense").get("/api/auth/me").then(),
                401);
        Storefront.problem(Storefront.json(Map.of("email", "not-an-email")).post("/api/auth/resend-otp").then(), 400);
        Storefront.problem(Storefront.request().delete("/api/auth/login").then(), 405);
        Storefront.problem(Storefront.json(Accounts.login(Accounts.uniqueEmail("cors"), "wrong-password"))
                .post("/api/auth/login").then(), 401);
    }

    @Test
    void shouldRefuseABodyOverTheLimitWithA413Problem() {
        Map<String, Object> body = Accounts.signup(Accounts.uniqueEmail("huge"));
        body.put("fullName", "x".repeat(1_100_000));

        Storefront.problem(Storefront.json(body).post("/api/auth/signup").then(), 413);
    }

    @Test
    void shouldSendSecurityHeadersOnApiResponses() {
        Storefront.request().get("/api/auth/me").then().statusCode(401).header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY").header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Cache-Control", "no-store");
        given().header("X-Forwarded-Proto", "https").get("/").then().header("Strict-Transport-Security",
                containsString("max-age="));
    }

    @Test
    void shouldNotLeakServerDetailsInHeaders() {
        Storefront.request().contentType(ContentType.JSON).body("{").post("/api/auth/login").then().statusCode(400)
                .header("Server", nullValue()).header("X-Powered-By", nullValue()).body("detail", equalTo(
                        "The request body is not valid JSON for this call."));
    }
}
