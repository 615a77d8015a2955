package com.annavaram.hardening.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.annavaram.hardening.support.Figures;
import com.annavaram.hardening.support.HardeningPlatform;
import com.annavaram.hardening.support.Http;
import com.annavaram.hardening.support.Json;
import com.annavaram.hardening.support.Reply;
import com.annavaram.platform.launch.LocalPlatform;

/**
 * The per-address limits, on a platform of its own with rate limits on (the shared one runs with them off): a
 * password sprayer trying many accounts from one address is stopped by the admin login limit, and a flood by the
 * global limit of each service, with 429 problems that say when to retry.
 */
class LoginRateLimitIT {

    private static final int PER_IP = 30;
    private static final int LOGINS_PER_IP = 10;
    private static LocalPlatform platform;
    private static int attempts;

    @BeforeAll
    static void start() {
        platform = HardeningPlatform.start("rate-limits", false, "RATE_LIMITS", "on", "RATE_LIMIT_PER_IP_PER_MINUTE",
                Integer.toString(PER_IP), "LOGIN_RATE_LIMIT_PER_IP_PER_MINUTE", Integer.toString(LOGINS_PER_IP));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
        Figures.report("rate limits", attempts + " sprayed logins and flood requests; limits held on both services");
    }

    @Test
    void shouldStopAPasswordSprayerAtTheAdminLoginLimit() {
        Http admin = new Http(platform.adminUrl());
        Reply last = null;
        for (int i = 0; i <= LOGINS_PER_IP; i++) {
            attempts++;
            last = admin.post("/api/auth/login").json(Json.object().put("email", "spray-" + UUID.randomUUID()
                    + "@hardening.test").put("password", "Summer@2026")).send();
        }

        assertLimited(last);
    }

    @Test
    void shouldStopAFloodAtTheGlobalLimitOfBothServices() {
        for (Http http : new Http[]{new Http(platform.userUrl()), new Http(platform.adminUrl())}) {
            Reply last = null;
            for (int i = 0; i <= PER_IP + 1 && (last == null || last.status() != 429); i++) {
                attempts++;
                last = http.get("/api/categories?flood=" + i).send();
            }
            assertLimited(last);
        }
    }

    private static void assertLimited(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(429);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.header("Retry-After")).isNotBlank();
    }
}
