package com.annavaram.user.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Requests as the storefront's {@code fetch} helper sends them (its origin, {@code Accept: application/json}, a JSON
 * content type only with a body) and the assertions of what it reads back (contract/CLIENTS.md, section 2a).
 */
public final class Storefront {

    public static final String ORIGIN = "http://127.0.0.1:5173";
    public static final String ISO_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";

    private Storefront() {
    }

    public static RequestSpecification request() {
        return given().header("Origin", ORIGIN).accept(ContentType.JSON);
    }

    public static RequestSpecification json(Object body) {
        return request().contentType(ContentType.JSON).body(body);
    }

    public static RequestSpecification authorized(AuthClient.Session session) {
        return request().header("Authorization", session.bearer());
    }

    /** Every response to the storefront's origin, errors included, lets the browser read it with credentials. */
    public static ValidatableResponse cors(ValidatableResponse response) {
        return response.header("Access-Control-Allow-Origin", ORIGIN)
                .header("Access-Control-Allow-Credentials", "true");
    }

    /** A problem body whose {@code detail} and {@code message} are the same string. */
    public static ValidatableResponse problem(ValidatableResponse response, int status) {
        cors(response).statusCode(status).contentType("application/problem+json").body("success", equalTo(false))
                .body("status", equalTo(status)).body("detail", instanceOf(String.class))
                .body("message", instanceOf(String.class));
        String detail = response.extract().path("detail");
        return response.body("message", equalTo(detail));
    }

    /** The session response (SR) with the refresh cookie; returns the session for further calls. */
    public static AuthClient.Session sessionResponse(ValidatableResponse response, String email) {
        cors(response).statusCode(200).contentType(ContentType.JSON).body("success", equalTo(true))
                .body("message", instanceOf(String.class)).body("data.accessToken", instanceOf(String.class))
                .body("data.accessTokenExpiresAt", matchesPattern(ISO_UTC))
                .body("data.session.id", matchesPattern("[0-9a-f]{24}"))
                .body("data.session.expiresAt", matchesPattern(ISO_UTC))
                .body("data.user.id", matchesPattern("[0-9a-f]{24}")).body("data.user.fullName", notNullValue())
                .body("data.user.email", equalTo(email)).body("data.user.role", equalTo("customer"))
                .body("data.user.emailVerified", equalTo(true)).body("data.user.createdAt", matchesPattern(ISO_UTC))
                .body("data.user.updatedAt", matchesPattern(ISO_UTC))
                .body("data.user.addresses", instanceOf(List.class));
        ExtractableResponse<Response> extracted = response.extract();
        assertThat(extracted.jsonPath().getMap("data.user")).containsKey("phone");
        Duration accessLife = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(extracted.path(
                "data.accessTokenExpiresAt"), DateTimeFormatter.ISO_DATE_TIME));
        assertThat(accessLife).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        refreshCookie(extracted.header("Set-Cookie"), false);
        return AuthClient.session(extracted);
    }

    /** {@code refreshToken=…; HttpOnly; Path=/api/auth; SameSite=Lax; Expires=+7d}, or None+Secure over HTTPS. */
    public static void refreshCookie(String setCookie, boolean https) {
        assertThat(setCookie).as("Set-Cookie").isNotNull().matches("refreshToken=[A-Za-z0-9_-]{43};.*")
                .contains("; Path=/api/auth", "; HttpOnly", "; Max-Age=604800");
        if (https) {
            assertThat(setCookie).contains("; SameSite=None", "; Secure");
        } else {
            assertThat(setCookie).contains("; SameSite=Lax").doesNotContain("Secure");
        }
        String expires = setCookie.replaceAll(".*; Expires=([^;]+);.*", "$1");
        ZonedDateTime at = ZonedDateTime.parse(expires, DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(Duration.between(ZonedDateTime.now(), at)).isBetween(Duration.ofDays(7).minusMinutes(2),
                Duration.ofDays(7));
    }
}
