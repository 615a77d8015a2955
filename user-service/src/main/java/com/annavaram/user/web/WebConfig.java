package com.annavaram.user.web;

import java.util.List;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** HTTP concerns around every resource: CORS, the per-IP limit, body size and cookie security. */
@ConfigMapping(prefix = "web")
public interface WebConfig {

    Cors cors();

    RateLimit rateLimit();

    /** Larger bodies are refused with a 413 problem. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Forces {@code Secure; SameSite=None} on the refresh cookie even when the request looks like plain HTTP. */
    @WithDefault("false")
    boolean cookieSecure();

    /** Which browser origins may call the API with credentials. */
    interface Cors {

        /** Exact origins (scheme, host and port), no wildcards. */
        List<String> allowedOrigins();
    }

    /** The generous per-IP limit in front of everything (the strict limits are per account). */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        @WithName("per-ip-per-minute")
        @WithDefault("300")
        int perIpPerMinute();
    }
}
