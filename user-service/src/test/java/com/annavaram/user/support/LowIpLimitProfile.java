package com.annavaram.user.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A per-IP limit small enough to reach in a test. */
public class LowIpLimitProfile implements QuarkusTestProfile {

    public static final int LIMIT = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("web.rate-limit.per-ip-per-minute", String.valueOf(LIMIT));
    }
}
