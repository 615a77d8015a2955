package com.annavaram.user.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Object mother for sign-up bodies and customers. */
public final class Accounts {

    public static final String DEFAULT_NAME = "Lakshmi Devi";
    public static final String DEFAULT_PASSWORD = "Prasadam#2026";
    public static final String DEFAULT_PHONE = "9848012345";
    /** The password of every customer in the legacy fixture set. */
    public static final String LEGACY_PASSWORD = "demo-password";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Accounts() {
    }

    /** An address no other test uses, so tests do not share send limits or lockouts. */
    public static String uniqueEmail(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@example.test";
    }

    public static Map<String, Object> signup(String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", DEFAULT_NAME);
        body.put("email", email);
        body.put("password", DEFAULT_PASSWORD);
        body.put("phone", DEFAULT_PHONE);
        return body;
    }

    public static Map<String, Object> login(String email, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        return body;
    }

    /** What the checkout form sends (S10). */
    public static Map<String, Object> homeAddress() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("label", "Home");
        body.put("contactName", DEFAULT_NAME);
        body.put("phone", DEFAULT_PHONE);
        body.put("line1", "12 Temple Street");
        body.put("line2", "Near the ghat road");
        body.put("city", "Annavaram");
        body.put("state", "Andhra Pradesh");
        body.put("postalCode", "533406");
        body.put("country", "in");
        body.put("isDefault", false);
        return body;
    }
}
