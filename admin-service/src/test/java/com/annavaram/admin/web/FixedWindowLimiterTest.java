package com.annavaram.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.annavaram.admin.fixture.MutableClock;

class FixedWindowLimiterTest {

    private final MutableClock clock = new MutableClock();
    private final FixedWindowLimiter limiter = new FixedWindowLimiter(3, Duration.ofMinutes(1), clock);

    @Test
    void shouldAllowTheLimitAndRefuseTheNextWithTheTimeLeft() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("10.0.0.1")).isEmpty();
        }
        clock.advance(Duration.ofSeconds(20));

        assertThat(limiter.acquire("10.0.0.1")).hasValue(Duration.ofSeconds(40));
    }

    @Test
    void shouldCountEachKeyOnItsOwn() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("10.0.0.1");
        }

        assertThat(limiter.acquire("10.0.0.2")).isEmpty();
    }

    @Test
    void shouldStartAFreshWindowOnceTheOldOneEnds() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(60));

        assertThat(limiter.acquire("10.0.0.1")).isEmpty();
    }

    @Test
    void shouldRefuseALimitBelowOne() {
        assertThatThrownBy(() -> new FixedWindowLimiter(0, Duration.ofMinutes(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
