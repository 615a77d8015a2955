package com.annavaram.hardening.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.annavaram.hardening.support.Figures;
import com.annavaram.hardening.support.HardeningPlatform;
import com.annavaram.hardening.support.Http;
import com.annavaram.hardening.support.Reply;

/**
 * Cross-origin calls from origins that are not configured, including look-alikes of the configured ones: no
 * {@code Access-Control-Allow-*} answer lets a browser read the response, preflights included, on both services.
 */
@ExtendWith(HardeningPlatform.class)
class CorsIT {

    static final List<String> UNLISTED = List.of("https://evil.example", "null", "http://127.0.0.1:5173.evil.example",
            "http://evil127.0.0.1:5173", "http://127.0.0.1:51730", "https://127.0.0.1:5173", "http://localhost",
            "file://", "http://127.0.0.1:5174@evil.example");
    private static final AtomicInteger ATTEMPTS = new AtomicInteger();
    private static HardeningPlatform.Stage stage;
    private static String adminToken;

    @BeforeAll
    static void platform() {
        stage = HardeningPlatform.stage();
        adminToken = stage.accounts().superAdminToken();
    }

    @AfterAll
    static void figures() {
        Figures.report("CORS", ATTEMPTS.get() + " requests and preflights from " + UNLISTED.size()
                + " unlisted origins, none allowed");
    }

    @Test
    void shouldNotAllowAnUnlistedOriginOnTheStorefront() {
        for (String origin : UNLISTED) {
            refused(stage.store(), "GET", "/api/products?limit=1", origin, null);
            refused(stage.store(), "GET", "/api/cart", origin, null);
            preflightRefused(stage.store(), "/api/orders", origin);
        }
    }

    @Test
    void shouldNotAllowAnUnlistedOriginOnTheAdminApi() {
        for (String origin : UNLISTED) {
            refused(stage.admin(), "GET", "/api/products?limit=1", origin, adminToken);
            preflightRefused(stage.admin(), "/api/products", origin);
        }
    }

    @Test
    void shouldAllowExactlyTheListedOrigins() {
        Reply store = stage.store().get("/api/products?limit=1").header("Origin", "http://127.0.0.1:5173").send();
        Reply admin = stage.admin().get("/api/products?limit=1").bearer(adminToken).header("Origin",
                "http://127.0.0.1:5174").send();

        assertThat(store.header("Access-Control-Allow-Origin")).isEqualTo("http://127.0.0.1:5173");
        assertThat(store.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(admin.header("Access-Control-Allow-Origin")).isEqualTo("http://127.0.0.1:5174");
    }

    private static void refused(Http http, String method, String path, String origin, String token) {
        ATTEMPTS.incrementAndGet();
        Reply reply = http.call(method, path).bearer(token).header("Origin", origin).send();
        assertThat(reply.status()).as(origin + " " + path).isLessThan(500);
        assertNotAllowed(reply, origin);
    }

    private static void preflightRefused(Http http, String path, String origin) {
        ATTEMPTS.incrementAndGet();
        Reply reply = http.call("OPTIONS", path).header("Origin", origin).header("Access-Control-Request-Method",
                "POST").header("Access-Control-Request-Headers", "authorization,content-type").send();
        assertThat(reply.status()).as("preflight from " + origin).isLessThan(500);
        assertNotAllowed(reply, origin);
    }

    private static void assertNotAllowed(Reply reply, String origin) {
        String allowed = reply.header("Access-Control-Allow-Origin");
        assertThat(allowed).as("Access-Control-Allow-Origin for " + origin).satisfiesAnyOf(a -> assertThat(a)
                .isNull(), a -> assertThat(a).isNotEqualTo(origin).isNotEqualTo("*"));
        if (allowed == null || !allowed.equals(origin)) {
            return;
        }
        assertThat(reply.header("Access-Control-Allow-Credentials")).isNull();
    }
}
