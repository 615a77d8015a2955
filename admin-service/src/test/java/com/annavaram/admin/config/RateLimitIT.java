package com.annavaram.admin.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.annavaram.admin.fixture.Api;
import com.annavaram.admin.fixture.MutableClock;
import com.annavaram.admin.fixture.Reply;
import com.annavaram.admin.fixture.Tokens;
import com.annavaram.testsupport.MongoTestServer;
import com.annavaram.testsupport.TestDatabases;

/**
 * The per-address limits, set low through the same properties the environment variables feed, on an empty database
 * whose first admin comes from ADMIN_EMAIL/ADMIN_PASSWORD.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "admin.auth.jwt-secret=" + Tokens.SECRET, "admin.auth.bcrypt-strength=4",
        "admin.http.rate-limit-per-ip-per-minute=8", "admin.http.login-rate-limit-per-ip-per-minute=3",
        "admin.auth.bootstrap-email=Owner@Annavaram.test", "admin.auth.bootstrap-password=owner-password-1"})
class RateLimitIT {

    private static final String DATABASE = TestDatabases.unique("admin_limits");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MongoTestServer.get().uri(DATABASE));
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }

    @LocalServerPort
    private int port;

    private final MutableClock clock;

    RateLimitIT(MutableClock clock) {
        this.clock = clock;
    }

    @BeforeEach
    void newWindow() {
        clock.advance(Duration.ofMinutes(2));
    }

    @Test
    void shouldCreateTheFirstAdminFromTheEnvironment() {
        Reply login = login("owner@annavaram.test", "owner-password-1").expectOk();

        assertThat(login.data().get("admin").get("role").asString()).isEqualTo("super_admin");
    }

    @Test
    void shouldRefuseRequestsPastTheConfiguredLimitWithRetryAfter() {
        for (int i = 0; i < 8; i++) {
            assertThat(api().get("/api/categories", null).status()).isEqualTo(401);
        }

        Reply refused = api().get("/api/categories", null).expectProblem(429);

        assertThat(refused.header("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        clock.advance(Duration.ofSeconds(61));
        assertThat(api().get("/api/categories", null).status()).isEqualTo(401);
    }

    @Test
    void shouldNotCountHealthChecks() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldLimitLoginAttemptsPerAddress() {
        for (int i = 0; i < 3; i++) {
            login("nobody@annavaram.test", "wrong-password").expectProblem(401);
        }

        Reply refused = login("owner@annavaram.test", "owner-password-1").expectProblem(429);

        assertThat(refused.header("Retry-After")).isPresent();
    }

    private Reply login(String email, String password) {
        return api().post("/api/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private Api api() {
        return new Api(port);
    }
}
