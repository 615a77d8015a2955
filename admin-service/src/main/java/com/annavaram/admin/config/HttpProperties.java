package com.annavaram.admin.config;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * HTTP edge settings, from the environment (see application.yml).
 *
 * @param corsAllowedOrigins {@code CORS_ALLOWED_ORIGINS}: the exact origins allowed to call the API from a browser
 * @param rateLimits {@code RATE_LIMITS}: {@code on} (default) or {@code off}
 * @param rateLimitPerIpPerMinute {@code RATE_LIMIT_PER_IP_PER_MINUTE}: requests per client address and minute
 * @param loginRateLimitPerIpPerMinute {@code LOGIN_RATE_LIMIT_PER_IP_PER_MINUTE}: login attempts per address and
 *        minute
 * @param maxBodySize {@code MAX_REQUEST_BODY_SIZE}: the largest request body accepted
 */
@ConfigurationProperties("admin.http")
public record HttpProperties(List<String> corsAllowedOrigins, String rateLimits, int rateLimitPerIpPerMinute,
        int loginRateLimitPerIpPerMinute, DataSize maxBodySize) {

    public HttpProperties {
        corsAllowedOrigins = corsAllowedOrigins == null
                ? List.of()
                : corsAllowedOrigins.stream().map(String::trim).filter(o -> !o.isEmpty()).toList();
        if (rateLimitPerIpPerMinute == 0) {
            rateLimitPerIpPerMinute = 300;
        }
        if (loginRateLimitPerIpPerMinute == 0) {
            loginRateLimitPerIpPerMinute = 10;
        }
        if (maxBodySize == null) {
            maxBodySize = DataSize.ofMegabytes(1);
        }
    }

    public boolean rateLimitsEnabled() {
        String mode = rateLimits == null ? "on" : rateLimits.trim().toLowerCase(Locale.ROOT);
        return !List.of("off", "false", "no", "0", "disabled").contains(mode);
    }
}
