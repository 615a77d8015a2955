package com.annavaram.user.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void shouldAllowTheLimitThenSayHowLongToWait() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(15));

        assertThat(limiter.tryAcquire("k", T0)).isEmpty();
        assertThat(limiter.tryAcquire("k", T0.plusSeconds(60))).isEmpty();
        assertThat(limiter.tryAcquire("k", T0.plusSeconds(120))).isEmpty();

        assertThat(limiter.tryAcquire("k", T0.plusSeconds(300))).contains(Duration.ofMinutes(10));
        assertThat(limiter.tryAcquire("other", T0.plusSeconds(300))).isEmpty();
    }

    @Test
    void shouldSlideTheWindow() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1));
        limiter.tryAcquire("k", T0);
        limiter.tryAcquire("k", T0.plusSeconds(30));

        assertThat(limiter.tryAcquire("k", T0.plusSeconds(59))).contains(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire("k", T0.plusSeconds(60))).isEmpty();
        assertThat(limiter.tryAcquire("k", T0.plusSeconds(61))).contains(Duration.ofSeconds(29));
    }

    @Test
    void shouldRecordPastTheLimitAndForgetOnReset() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(15));
        limiter.record("k", T0);
        assertThat(limiter.blockedFor("k", T0)).isEmpty();
        limiter.record("k", T0.plusSeconds(1));

        assertThat(limiter.blockedFor("k", T0.plusSeconds(2))).contains(Duration.ofMinutes(15).minusSeconds(2));
        limiter.reset("k");
        assertThat(limiter.blockedFor("k", T0.plusSeconds(2))).isEmpty();
    }
}
