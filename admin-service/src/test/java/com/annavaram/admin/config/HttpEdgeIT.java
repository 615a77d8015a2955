package com.annavaram.admin.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Reply;

/** What every request meets before a controller: CORS, security headers, request ids, size limits, unknown routes. */
class HttpEdgeIT extends ApiIntegration {

    private static final String PANEL = "http://127.0.0.1:5174";

    @Test
    void shouldAnswerThePanelsPreflight() {
        Reply reply = api().send("OPTIONS", "/api/products", null, null,
                Map.of("Origin", PANEL, "Access-Control-Request-Method", "PATCH", "Access-Control-Request-Headers",
                        "authorization,content-type"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Access-Control-Allow-Origin")).hasValue(PANEL);
        assertThat(reply.header("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("GET", "POST", "PUT", "PATCH", "DELETE"));
        assertThat(reply.header("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("authorization", "content-type");
        assertThat(reply.header("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void shouldAllowEveryDefaultOriginOnARealCall() {
        for (String origin : new String[]{"http://localhost:5174", "http://127.0.0.1:5173", "http://localhost:5173"}) {
            Reply reply = api().send("GET", "/api/categories", superAdmin(), null, Map.of("Origin", origin));
            assertThat(reply.header("Access-Control-Allow-Origin")).hasValue(origin);
        }
    }

    @Test
    void shouldGiveCorsHeadersToAnUnauthenticatedRefusalToo() {
        Reply reply = api().send("GET", "/api/products", null, null, Map.of("Origin", PANEL)).expectProblem(401);

        assertThat(reply.header("Access-Control-Allow-Origin")).hasValue(PANEL);
    }

    @Test
    void shouldRefuseAnotherOriginWithoutCorsHeadersAndWithoutA500() {
        Reply preflight = api().send("OPTIONS", "/api/products", null, null,
                Map.of("Origin", "http://evil.example", "Access-Control-Request-Method", "GET"));
        Reply call = api().send("GET", "/api/products", superAdmin(), null, Map.of("Origin", "http://evil.example"));

        preflight.expectProblem(403);
        call.expectProblem(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(call.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void shouldSendTheSecurityHeaders() {
        Reply reply = api().get("/api/categories", superAdmin()).expectOk();

        assertThat(reply.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(reply.header("X-Frame-Options")).hasValue("DENY");
        assertThat(reply.header("Referrer-Policy")).hasValue("no-referrer");
        assertThat(reply.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void shouldEchoAGivenRequestIdAndMakeOneOtherwise() {
        Reply given = api().send("GET", "/api/categories", superAdmin(), null, Map.of("X-Request-Id", "panel-42"));
        Reply made = api().get("/api/categories", superAdmin());
        Reply refused = api().get("/api/categories", null);

        assertThat(given.header("X-Request-Id")).hasValue("panel-42");
        assertThat(made.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
        assertThat(refused.header("X-Request-Id")).isPresent();
    }

    @Test
    void shouldAnswerAnUnknownRouteWithNotFoundForAnAdmin() {
        api().get("/api/no-such-thing", superAdmin()).expectProblem(404);
        api().get("/no/such/route", editor()).expectProblem(404);
    }

    @Test
    void shouldAnswerMalformedJsonWithABadRequest() {
        api().post("/api/auth/login", null, "{\"email\": ").expectProblem(400);
        api().post("/api/categories", superAdmin(), "[1,2").expectProblem(400);
    }

    @Test
    void shouldPublishTheOpenApiDescriptionWithTheProblemSchema() {
        Reply docs = api().get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/components/schemas/Problem/properties/success").isMissingNode()).isFalse();
        assertThat(docs.json().at("/paths/~1api~1products").isMissingNode()).isFalse();
        assertThat(api().get("/swagger-ui.html", null).status()).isIn(200, 302);
    }
}
