package com.annavaram.hardening.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.annavaram.hardening.support.Accounts;
import com.annavaram.hardening.support.Figures;
import com.annavaram.hardening.support.HardeningPlatform;
import com.annavaram.hardening.support.Http;
import com.annavaram.hardening.support.Reply;
import com.annavaram.hardening.support.Tokens;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Forged, confused, expired, early, foreign and revoked tokens against both running services: every one is a 401
 * problem. Refresh tokens: a replayed (rotated) one is refused and revokes every session of its user.
 */
@ExtendWith(HardeningPlatform.class)
class TokenAttackIT {

    private static final List<String> REFUSED = new ArrayList<>();
    private static HardeningPlatform.Stage stage;
    private static String adminId;
    private static String adminToken;
    private static Accounts.Customer customer;
    private static PrivateKey storeKey;
    private static byte[] adminSecret;

    @BeforeAll
    static void accounts() {
        stage = HardeningPlatform.stage();
        adminToken = stage.accounts().superAdminToken();
        adminId = stage.admin().get("/api/auth/profile").bearer(adminToken).send().data().path("_id")
                .asText();
        customer = stage.accounts().signUp("tokens");
        storeKey = Tokens.privateKey(stage.platform().userPrivateKey());
        adminSecret = stage.platform().adminJwtSecret().getBytes(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void figures() {
        Figures.report("token attacks", REFUSED.size() + " forged, foreign, expired or revoked tokens, all refused");
    }

    @Test
    void shouldRefuseEveryForgedOrForeignAdminToken() {
        Instant now = Instant.now();
        ObjectNode claims = Tokens.adminClaims(adminId, "super_admin", now, now.plus(Duration.ofHours(1)));
        assertThat(adminId).isNotBlank();
        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("alg none", Tokens.none(claims));
        attacks.put("alg none, signature kept", Tokens.none(claims) + Tokens.hs256(claims, adminSecret).split(
                "\\.")[2]);
        attacks.put("HS256 with the storefront public key as secret", Tokens.hs256(claims, Tokens.bytes(stage
                .platform().userPublicKey())));
        attacks.put("RS256 with the storefront key", Tokens.rs256(claims, storeKey));
        attacks.put("storefront access token", customer.accessToken());
        attacks.put("expired", Tokens.hs256(Tokens.adminClaims(adminId, "super_admin", now.minus(Duration.ofHours(
                3)), now.minus(Duration.ofHours(2))), adminSecret));
        attacks.put("not yet valid", Tokens.hs256(claims.deepCopy().put("nbf", now.plus(Duration.ofHours(1))
                .getEpochSecond()), adminSecret));
        attacks.put("lifetime over 24 h", Tokens.hs256(Tokens.adminClaims(adminId, "super_admin", now, now.plus(
                Duration.ofDays(30))), adminSecret));
        attacks.put("wrong issuer", Tokens.hs256(claims.deepCopy().put("iss", Tokens.STORE_ISSUER), adminSecret));
        attacks.put("wrong audience", Tokens.hs256(claims.deepCopy().put("aud", Tokens.STORE_AUDIENCE),
                adminSecret));
        attacks.put("no such admin", Tokens.hs256(Tokens.adminClaims("5f5f5f5f5f5f5f5f5f5f5f5f", "super_admin",
                now, now.plus(Duration.ofHours(1))), adminSecret));
        attacks.put("signed by another secret", Tokens.hs256(claims, "another-secret-of-at-least-32-bytes-long!"
                .getBytes(StandardCharsets.UTF_8)));
        String[] genuine = adminToken.split("\\.");
        attacks.put("payload swapped", genuine[0] + "." + Tokens.none(claims.deepCopy().put("role", "super_admin")
                .put("exp", now.plus(Duration.ofHours(20)).getEpochSecond())).split("\\.")[1] + "." + genuine[2]);
        attacks.put("empty", "");
        attacks.put("garbage", "a.b.c");

        attacks.forEach((name, token) -> refused(stage.admin(), "/api/admins", token, "admin " + name));
        refused(stage.admin(), "/api/admins?access_token=" + adminToken, null, "admin token in the query");
    }

    @Test
    void shouldRefuseEveryForgedOrForeignStorefrontToken() {
        Instant now = Instant.now();
        ObjectNode claims = Tokens.storeClaims(customer.userId(), customer.sessionId(), now, now.plus(Duration
                .ofMinutes(15)));
        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("alg none", Tokens.none(claims));
        attacks.put("HS256 with the public key as secret", Tokens.hs256(claims, Tokens.bytes(stage.platform()
                .userPublicKey())));
        attacks.put("HS256 with the admin secret", Tokens.hs256(claims, adminSecret));
        attacks.put("admin token", adminToken);
        attacks.put("attacker's RSA key", Tokens.rs256(claims, Tokens.attackerKey()));
        attacks.put("expired", Tokens.rs256(Tokens.storeClaims(customer.userId(), customer.sessionId(), now.minus(
                Duration.ofHours(2)), now.minus(Duration.ofHours(1))), storeKey));
        attacks.put("not yet valid", Tokens.rs256(claims.deepCopy().put("nbf", now.plus(Duration.ofHours(1))
                .getEpochSecond()), storeKey));
        attacks.put("wrong issuer", Tokens.rs256(claims.deepCopy().put("iss", Tokens.ADMIN_ISSUER), storeKey));
        attacks.put("wrong audience", Tokens.rs256(claims.deepCopy().put("aud", Tokens.ADMIN_AUDIENCE), storeKey));
        attacks.put("no session", Tokens.rs256(claims.deepCopy().without("sid"), storeKey));
        attacks.put("someone else's session", Tokens.rs256(claims.deepCopy().put("sub", "5f5f5f5f5f5f5f5f5f5f5f5f"),
                storeKey));
        attacks.put("unknown session", Tokens.rs256(claims.deepCopy().put("sid", "5f5f5f5f5f5f5f5f5f5f5f5f"),
                storeKey));

        attacks.forEach((name, token) -> refused(stage.store(), "/api/auth/me", token, "storefront " + name));
    }

    @Test
    void shouldRefuseTheAccessTokenOfALoggedOutSession() {
        Accounts.Customer session = stage.accounts().login(customer.email(), customer.password());
        ok(stage.store().get("/api/auth/me").bearer(session.accessToken()).send());

        ok(stage.store().post("/api/auth/logout").header("x-refresh-token", session.refreshToken()).send());

        refused(stage.store(), "/api/auth/me", session.accessToken(), "revoked session");
        refusedRefresh(session.refreshToken(), "refresh of a revoked session");
    }

    @Test
    void shouldRevokeEverySessionWhenARotatedRefreshTokenIsReplayed() {
        Accounts.Customer victim = stage.accounts().signUp("replay");
        Accounts.Customer other = stage.accounts().login(victim.email(), victim.password());
        Reply rotated = stage.store().post("/api/auth/refresh").header("x-refresh-token", victim.refreshToken())
                .send();
        ok(rotated);
        String fresh = rotated.data().path("accessToken").asText();

        refusedRefresh(victim.refreshToken(), "replayed refresh token");

        refused(stage.store(), "/api/auth/me", fresh, "access token after theft detection");
        refused(stage.store(), "/api/auth/me", other.accessToken(), "other session after theft detection");
        refusedRefresh(other.refreshToken(), "other refresh token after theft detection");
    }

    @Test
    void shouldRefuseEverySessionAfterLogoutEverywhere() {
        Accounts.Customer first = stage.accounts().signUp("logout-all");
        Accounts.Customer second = stage.accounts().login(first.email(), first.password());

        ok(stage.store().post("/api/auth/logout-all").bearer(first.accessToken()).send());

        refused(stage.store(), "/api/auth/me", first.accessToken(), "session ended everywhere");
        refused(stage.store(), "/api/auth/me", second.accessToken(), "other session ended everywhere");
        refusedRefresh(second.refreshToken(), "refresh after logout everywhere");
    }

    private static void refused(Http http, String path, String token, String attack) {
        Reply reply = http.get(path).bearer(token == null || token.isEmpty() ? null : token).header("Accept",
                "application/json").send();
        if (token != null && token.isEmpty()) {
            reply = http.get(path).header("Authorization", "Bearer ").send();
        }
        assertThat(reply.status()).as(attack + ": " + reply.body()).isEqualTo(401);
        assertThat(reply.isProblem()).as(attack + " answers a problem").isTrue();
        REFUSED.add(attack);
    }

    private static void refusedRefresh(String refreshToken, String attack) {
        Reply reply = stage.store().post("/api/auth/refresh").header("x-refresh-token", refreshToken).send();
        assertThat(reply.status()).as(attack + ": " + reply.body()).isEqualTo(401);
        assertThat(reply.isProblem()).as(attack + " answers a problem").isTrue();
        REFUSED.add(attack);
    }

    private static void ok(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }
}
