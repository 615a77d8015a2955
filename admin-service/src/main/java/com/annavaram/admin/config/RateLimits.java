package com.annavaram.admin.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.annavaram.admin.web.FixedWindowLimiter;

/**
 * The per-address limits: every request ({@code RATE_LIMIT_PER_IP_PER_MINUTE}) and login attempts
 * ({@code LOGIN_RATE_LIMIT_PER_IP_PER_MINUTE}), both off with {@code RATE_LIMITS=off}. Counted in memory per
 * instance; the per-account login lockout lives in the database and is never switched off.
 */
@Component
public class RateLimits {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimits.class);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final FixedWindowLimiter requests;
    private final FixedWindowLimiter logins;

    RateLimits(HttpProperties properties, Clock clock) {
        if (properties.rateLimitsEnabled()) {
            this.requests = new FixedWindowLimiter(properties.rateLimitPerIpPerMinute(), MINUTE, clock);
            this.logins = new FixedWindowLimiter(properties.loginRateLimitPerIpPerMinute(), MINUTE, clock);
        } else {
            LOG.warn("RATE_LIMITS=off: no per-address request or login limits");
            this.requests = null;
            this.logins = null;
        }
    }

    /** Counts a request from {@code ip}: empty when allowed, else how long to wait. */
    public Optional<Duration> request(String ip) {
        return requests == null ? Optional.empty() : requests.acquire(ip);
    }

    /** Counts a login attempt from {@code ip}: empty when allowed, else how long to wait. */
    public Optional<Duration> login(String ip) {
        return logins == null ? Optional.empty() : logins.acquire(ip);
    }
}
