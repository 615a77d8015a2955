package com.annavaram.admin.auth;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * Admin authentication settings, from the environment (see application.yml).
 *
 * @param jwtSecret {@code ADMIN_JWT_SECRET}: the HS256 key, at least 32 bytes; empty means a random key per start
 * @param jwtTtl {@code ADMIN_JWT_TTL}: token lifetime ({@code 8h}, {@code 90m}, or seconds), at most 24 hours
 * @param bootstrapEmail {@code ADMIN_EMAIL}: the first admin, created when {@code admins} is empty
 * @param bootstrapPassword {@code ADMIN_PASSWORD}: that admin's password
 * @param bcryptStrength the bcrypt cost of new password hashes (10 or more outside tests)
 * @param maxFailedLogins wrong passwords in a row that lock an account
 * @param lockout how long a locked account stays locked
 */
@ConfigurationProperties("admin.auth")
public record AuthProperties(String jwtSecret, @DurationUnit(ChronoUnit.SECONDS) Duration jwtTtl, String bootstrapEmail,
        String bootstrapPassword, int bcryptStrength, int maxFailedLogins, Duration lockout) {

    /** The longest token lifetime DESIGN.md allows. */
    public static final Duration MAX_TTL = Duration.ofHours(24);

    public AuthProperties {
        if (jwtTtl == null) {
            jwtTtl = Duration.ofHours(8);
        }
        if (jwtTtl.isNegative() || jwtTtl.isZero() || jwtTtl.compareTo(MAX_TTL) > 0) {
            throw new IllegalStateException("ADMIN_JWT_TTL must be more than 0 and at most 24h, not " + jwtTtl);
        }
        if (bcryptStrength == 0) {
            bcryptStrength = 12;
        }
        if (maxFailedLogins == 0) {
            maxFailedLogins = 5;
        }
        if (lockout == null) {
            lockout = Duration.ofMinutes(15);
        }
    }
}
