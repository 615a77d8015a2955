package com.annavaram.user.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.annavaram.user.support.EmbeddedMongoResource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProblemMappersIT {

    @ParameterizedTest
    @ValueSource(strings = {"unexpected", "server-error"})
    void shouldAnswerAServerFailureWithAFixedTextAndNoInternals(String failure) {
        String body = given().when().get("/test-only/failures/" + failure).then().statusCode(500)
                .contentType("application/problem+json").body("status", equalTo(500))
                .body("title", equalTo("Internal Server Error")).body("success", equalTo(false))
                .body("detail", equalTo(ProblemMappers.UNEXPECTED)).body("message", equalTo(ProblemMappers.UNEXPECTED))
                .body("instance", equalTo("/test-only/failures/" + failure)).extract().asString();

        assertThat(body).doesNotContain("10.0.0.7", "com.annavaram", "Exception");
    }

    @Test
    void shouldPassTheMessageOfAClientErrorThrough() {
        given().when().get("/test-only/failures/bad-request").then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("Bad Request"))
                .body("detail", equalTo("quantity must be at least 1"))
                .body("message", equalTo("quantity must be at least 1")).body("success", equalTo(false))
                .body("detail", not(containsString("HTTP 400")));
    }
}
