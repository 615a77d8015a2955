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

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Without a database the service still starts, and {@code /health} says so at once with a 503. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
