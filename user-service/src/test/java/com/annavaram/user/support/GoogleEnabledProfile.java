package com.annavaram.user.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Google sign-in switched on, with {@link GoogleKeys} in place of Google's key set. */
public class GoogleEnabledProfile implements QuarkusTestProfile {

    public static final String CLIENT_ID = "test-client.apps.googleusercontent.com";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("account.google.client-id", CLIENT_ID, "account.google.jwks-url", GoogleKeys.jwksUrl());
    }
}
