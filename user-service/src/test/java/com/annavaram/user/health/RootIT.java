package com.annavaram.user.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import com.annavaram.user.support.EmbeddedMongoResource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RootIT {

    private static final String ISO_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";

    @Test
    void shouldAnswerTheLegacyRootWithTheServiceStatus() {
        given().when().get("/").then().statusCode(200).contentType("application/json")
                .body("success", equalTo(true)).body("status", equalTo("ok")).body("service", equalTo("user-service"))
                .body("message", equalTo("Online Annavaram storefront API")).body("database", equalTo("connected"))
                .body("timestamp", matchesPattern(ISO_UTC));
    }

    @Test
    void shouldReportReadyWithTheMongoCheckUp() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("MongoDB connection health check"))
                .body("checks.find { it.name == 'MongoDB connection health check' }.status", equalTo("UP"));
    }

    @Test
    void shouldAnswerAnUnknownRouteWithANotFoundProblem() {
        given().accept("application/json").when().get("/api/no-such-route").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("about:blank"))
                .body("title", equalTo("Not Found")).body("status", equalTo(404))
                .body("detail", instanceOf(String.class)).body("message", instanceOf(String.class))
                .body("success", equalTo(false)).body("instance", equalTo("/api/no-such-route"))
                .body("detail", equalTo("The requested resource was not found."))
                .body("message", equalTo("The requested resource was not found."));
    }

    @Test
    void shouldAnswerAWrongMethodWithAProblemThatNamesNoInternals() {
        given().when().delete("/").then().statusCode(405).contentType("application/problem+json")
                .body("success", equalTo(false)).body("status", equalTo(405))
                .body("message", not(containsString("Exception"))).body("detail", not(containsString("jakarta")));
    }
}
