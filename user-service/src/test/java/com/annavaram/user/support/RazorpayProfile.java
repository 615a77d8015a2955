package com.annavaram.user.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Razorpay switched on, talking to {@link RazorpayStub} instead of the real service. */
public class RazorpayProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("payments.razorpay.key-id", RazorpayStub.KEY_ID, "payments.razorpay.key-secret",
                RazorpayStub.KEY_SECRET, "payments.razorpay.webhook-secret", RazorpayStub.WEBHOOK_SECRET,
                "payments.razorpay.api-base", RazorpayStub.apiBase());
    }
}
