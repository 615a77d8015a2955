package com.annavaram.admin.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.annavaram.testsupport.MongoTestServer;
import com.annavaram.testsupport.TestDatabases;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open endpoints answer over real HTTP; everything else is refused with a problem+json body that leaks nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthIT {

    private static final String DATABASE = TestDatabases.unique("admin_health");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MongoTestServer.get().uri(DATABASE));
    }

    @LocalServerPort
    private int port;

    @Test
    void shouldReportHealthyServiceAndConnectedDatabase() throws Exception {
        HttpResponse<String> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("status").asString()).isEqualTo("ok");
        assertThat(body.get("service").asString()).isEqualTo("admin-service");
        assertThat(body.get("database").asString()).isEqualTo("connected");
        String timestamp = body.get("timestamp").asString();
        assertThat(timestamp).endsWith("Z");
        assertThat(Instant.parse(timestamp)).isBetween(Instant.now().minusSeconds(60), Instant.now());
    }

    @Test
    void shouldAnswerActuatorHealthWithoutAuthentication() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo("UP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/anything", "/api/products", "/no/such/route", "/actuator/prometheus",
            "/actuator/env"})
    void shouldRefuseEveryOtherRouteWithAProblemThatLeaksNothing(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertProblem(response, 401);
    }

    @Test
    void shouldRejectPathTraversalWithABadRequestProblem() throws Exception {
        assertProblem(get("/health/../api/orders"), 400);
    }

    @Test
    void shouldRefuseWritesToTheOpenHealthRoute() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(uri("/health")).POST(HttpRequest.BodyPublishers.noBody()).build();

        HttpResponse<String> response = HTTP.send(post, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).get("success").asBoolean()).isFalse();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("success").asBoolean()).isFalse();
        assertThat(body.get("message").asString()).isNotBlank().isEqualTo(body.get("detail").asString());
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("org.springframework")
                .doesNotContain("trace");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
