package com.annavaram.user.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.annavaram.user.support.EmbeddedMongoResource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProblemMappersIT {

    private static final String FAILURES = "/test-only/failures/";

    @ParameterizedTest
    @ValueSource(strings = {"unexpected", "server-error"})
    void shouldAnswerAServerFailureWithAFixedTextAndNoInternals(String failure) {
        String body = given().when().get(FAILURES + failure).then().statusCode(500)
                .contentType(Problem.MEDIA_TYPE).body("type", equalTo("about:blank"))
                .body("title", equalTo("Internal Server Error")).body("status", equalTo(500))
                .body("success", equalTo(false)).body("detail", equalTo(ProblemMappers.UNEXPECTED))
                .body("message", equalTo(ProblemMappers.UNEXPECTED)).body("instance", equalTo(FAILURES + failure))
                .extract().asString();

        assertThat(body).doesNotContain("10.0.0.7", "com.annavaram", "Exception");
    }

    @Test
    void shouldShowTheMessageOfAnApiException() {
        given().when().get(FAILURES + "api-bad-request").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Bad Request")).body("status", equalTo(400))
                .body("detail", equalTo(FailingResource.FOR_THE_SHOPPER))
                .body("message", equalTo(FailingResource.FOR_THE_SHOPPER)).body("success", equalTo(false));
    }

    @Test
    void shouldHideTheMessageOfAFrameworkClientError() {
        String body = given().when().get(FAILURES + "framework-bad-request").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("detail", equalTo("Bad Request"))
                .body("message", equalTo("Bad Request")).body("success", equalTo(false)).extract().asString();

        assertThat(body).doesNotContain("10.0.0.7");
    }

    @Test
    void shouldKeepTheHeadersOfAFrameworkError() {
        given().when().get(FAILURES + "unauthorized").then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", equalTo(FailingResource.CHALLENGE)).body("title", equalTo("Unauthorized"))
                .body("detail", equalTo("Unauthorized")).body("success", equalTo(false));
    }

    @Test
    void shouldAnswerAnUnreachableDatabaseWithARetryableServiceUnavailable() {
        String body = given().when().get(FAILURES + "database-down").then().statusCode(503)
                .contentType(Problem.MEDIA_TYPE).header("Retry-After", equalTo("5")).body("status", equalTo(503))
                .body("detail", equalTo(ProblemMappers.UNAVAILABLE)).body("success", equalTo(false)).extract()
                .asString();

        assertThat(body).doesNotContain("10.0.0.7", "com.annavaram", "Exception");
    }
}
