package com.annavaram.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.bson.types.ObjectId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.annavaram.admin.fixture.ApiIntegration;
import com.annavaram.admin.fixture.Reply;
import com.annavaram.admin.fixture.Tokens;

/**
 * The JWT matrix on every resource group: a valid admin token passes (and a valid token of the wrong role gets 403 on
 * admin management); no token, an expired, altered, foreign-issuer, foreign-audience, over-long or storefront token,
 * and a storefront-shaped token signed with the right key, all get a 401 problem.
 */
class JwtMatrixIT extends ApiIntegration {

    static Stream<Arguments> groups() {
        String missing = new ObjectId().toHexString();
        return Stream.of(Arguments.of("profile", "GET", "/api/auth/profile", null, 200, false),
                Arguments.of("products", "GET", "/api/products?limit=1", null, 200, false),
                Arguments.of("product writes", "PATCH", "/api/products/" + missing + "/toggle-status", null, 404,
                        false),
                Arguments.of("categories", "GET", "/api/categories", null, 200, false),
                Arguments.of("orders", "GET", "/api/orders?limit=1", null, 200, false),
                Arguments.of("order writes", "PATCH", "/api/orders/" + missing + "/status",
                        "{\"status\":\"delivered\"}", 404, false),
                Arguments.of("reviews", "GET", "/api/reviews/stats", null, 200, false),
                Arguments.of("review writes", "PATCH", "/api/reviews/" + missing + "/approval",
                        "{\"isApproved\":true}", 404, false),
                Arguments.of("customers", "GET", "/api/users", null, 200, false),
                Arguments.of("payments", "GET", "/api/payments", null, 200, false),
                Arguments.of("audit log", "GET", "/api/audit-logs?limit=1", null, 200, false),
                Arguments.of("metrics", "GET", "/actuator/prometheus", null, 200, false),
                Arguments.of("admins", "GET", "/api/admins", null, 200, true),
                Arguments.of("admin writes", "POST", "/api/admins/" + missing + "/reset-password",
                        "{\"password\":\"Whatever-123\"}", 404, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void shouldAcceptOnlyAValidAdminTokenOfTheRightRole(String group, String method, String path, String body,
            int validStatus, boolean superAdminOnly) {
        assertThat(call(method, path, body, superAdmin()).status()).as("valid super_admin on %s", group)
                .isEqualTo(validStatus);
        Reply editor = call(method, path, body, editor());
        if (superAdminOnly) {
            editor.expectProblem(403);
        } else {
            assertThat(editor.status()).as("valid admin on %s", group).isEqualTo(validStatus);
        }
        String[] refused = {null, "not-a-jwt", Tokens.expired(LEGACY_ADMIN_ID, LEGACY_ADMIN_EMAIL, "super_admin"),
                Tokens.tampered(EDITOR_ID, EDITOR_EMAIL),
                Tokens.wrongIssuer(LEGACY_ADMIN_ID, LEGACY_ADMIN_EMAIL, "super_admin"),
                Tokens.wrongAudience(LEGACY_ADMIN_ID, LEGACY_ADMIN_EMAIL, "super_admin"),
                Tokens.tooLong(LEGACY_ADMIN_ID, LEGACY_ADMIN_EMAIL, "super_admin"),
                Tokens.storefront(new ObjectId("81af1c34a2572445b09c5307")),
                Tokens.storefrontClaimsWithOurKey(LEGACY_ADMIN_ID),
                Tokens.valid(new ObjectId(), "ghost@annavaram.test", "super_admin")};
        for (int i = 0; i < refused.length; i++) {
            Reply reply = call(method, path, body, refused[i]);
            assertThat(reply.status()).as("token %d on %s: %s", i, group, reply.body()).isEqualTo(401);
            reply.expectProblem(401);
            assertThat(reply.header("WWW-Authenticate")).as("token %d on %s", i, group).isPresent();
        }
    }

    private Reply call(String method, String path, String body, String token) {
        return api().send(method, path, token, body);
    }
}
