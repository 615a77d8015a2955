package com.annavaram.admin.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.annavaram.admin.fixture.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Without a database the service still starts, and {@code /health} says so at once with a 503. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "admin.auth.jwt-secret="
        + Tokens.SECRET)
class HealthWhenDatabaseDownIT {

    @DynamicPropertySource
    static void absentMongo(DynamicPropertyRegistry registry) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + closedPort
                + "/online_annavaram?serverSelectionTimeoutMS=500&connectTimeoutMS=500");
    }

    @LocalServerPort
    private int port;

    @Test
    void shouldAnswerServiceUnavailableQuicklyWhenTheDatabaseIsDown() throws Exception {
        Instant start = Instant.now();
        HttpResponse<String> response = get("/health");

        // Not a performance check: it proves the answer does not hang on the driver (the default server selection
        // waits 30 s); the bound is loose so a loaded build machine cannot make it flaky.
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(15));
        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.get("success").asBoolean()).isFalse();
        assertThat(body.get("service").asString()).isEqualTo("admin-service");
        assertThat(body.get("database").asString()).isEqualTo("disconnected");
        assertThat(body.get("timestamp").asString()).endsWith("Z");
    }

    @Test
    void shouldReportActuatorHealthDownWhenTheDatabaseIsDown() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(JsonMapper.builder().build().readTree(response.body()).get("status").asString())
                .isEqualTo("DOWN");
    }

    @Test
    void shouldAnswerAnAuthenticatedCallWithAServiceUnavailableProblemWhenTheDatabaseIsDown() throws Exception {
        // The security chain reads the token's admin before any controller runs; that failure must be a 503 too.
        String token = Tokens.valid(new ObjectId(), "admin@annavaram.local", "super_admin");

        HttpResponse<String> response = get("/api/products", token);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.get("success").asBoolean()).isFalse();
        assertThat(body.get("status").asInt()).isEqualTo(503);
        assertThat(response.body()).doesNotContain("Exception", "com.mongodb", "127.0.0.1");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
