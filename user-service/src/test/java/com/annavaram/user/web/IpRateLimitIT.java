package com.annavaram.user.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.annavaram.user.support.EmbeddedMongoResource;
import com.annavaram.user.support.LowIpLimitProfile;
import com.annavaram.user.support.Storefront;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The generous per-IP limit in front of the API, made small here so a test can reach it. */
@QuarkusTest
@TestProfile(LowIpLimitProfile.class)
@WithTestResource(value = EmbeddedMongoResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class IpRateLimitIT {

    @Test
    void shouldRefuseRequestsOverThePerIpLimitWithRetryAfterAndCors() {
        for (int i = 0; i < LowIpLimitProfile.LIMIT; i++) {
            Storefront.request().get("/api/auth/me").then().statusCode(401);
        }

        String retryAfter = Storefront.problem(Storefront.request().get("/api/auth/me").then(), 429).extract()
                .header("Retry-After");

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
        Storefront.request().get("/").then().statusCode(200);
        Storefront.request().get("/q/health/live").then().statusCode(200);
    }
}
