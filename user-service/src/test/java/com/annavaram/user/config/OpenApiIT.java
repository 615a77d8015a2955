package com.annavaram.user.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import com.annavaram.user.support.EmbeddedMongoResource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OpenApiIT {

    @Test
    void shouldDocumentTheAccountCallsAndTheProblemSchema() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/auth/signup", "/api/auth/verify-email", "/api/auth/resend-otp",
                        "/api/auth/login", "/api/auth/google", "/api/auth/forgot-password",
                        "/api/auth/reset-password", "/api/auth/refresh", "/api/auth/logout", "/api/auth/logout-all",
                        "/api/auth/me", "/api/auth/addresses", "/api/auth/addresses/{id}", "/api/auth/phone",
                        "/api/auth/email/request-change", "/api/auth/email/verify-change"))
                .body("components.schemas.Problem.properties.detail", notNullValue())
                .body("components.schemas.Problem.properties.errors", notNullValue())
                .body("paths.'/api/auth/login'.post.responses.default.content.'application/problem+json'.schema.$ref",
                        containsString("Problem"));
    }

    @Test
    void shouldServeTheSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
