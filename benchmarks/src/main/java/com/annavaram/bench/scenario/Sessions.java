package com.annavaram.bench.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.annavaram.bench.data.DataSet;
import com.annavaram.bench.load.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Logged-in customers and the admin, over HTTP as the front ends log in ({@code POST /api/auth/login} on each
 * service). Storefront access tokens live 15 minutes, so customers log in again before a run when their token is
 * older than {@link #MAX_AGE}; logins never happen inside a measuring window.
 */
public final class Sessions {

    static final Duration MAX_AGE = Duration.ofMinutes(8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LOGIN_THREADS = 4;

    private final String userUrl;
    private final String adminUrl;
    private final DataSet data;
    private final String[] customerTokens;
    private final long[] loggedInAt;
    private String adminToken;

    public Sessions(String userUrl, String adminUrl, DataSet data) {
        this.userUrl = userUrl;
        this.adminUrl = adminUrl;
        this.data = data;
        this.customerTokens = new String[data.customers().size()];
        this.loggedInAt = new long[data.customers().size()];
    }

    public int customers() {
        return customerTokens.length;
    }

    public String customerToken(int index) {
        return customerTokens[index];
    }

    /** The admin's token (24 h), logging in on first use. */
    public synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = login(adminUrl, data.adminEmail(), data.adminPassword(), "token");
        }
        return adminToken;
    }

    /** Logs in every customer whose token is missing or older than {@link #MAX_AGE}, a few at a time. */
    public void refreshCustomers() {
        long now = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(LOGIN_THREADS);
        try {
            List<Future<?>> logins = new ArrayList<>();
            for (int i = 0; i < customerTokens.length; i++) {
                if (customerTokens[i] == null || now - loggedInAt[i] > MAX_AGE.toNanos()) {
                    int index = i;
                    logins.add(pool.submit(() -> {
                        customerTokens[index] = login(userUrl, data.customerEmails().get(index),
                                data.customerPassword(), "accessToken");
                        loggedInAt[index] = System.nanoTime();
                    }));
                }
            }
            for (Future<?> login : logins) {
                login.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("customer login failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String login(String baseUrl, String email, String password, String tokenField) {
        try {
            String body = JSON.writeValueAsString(java.util.Map.of("email", email, "password", password));
            Http.Response response;
            try (Http http = new Http()) {
                response = http.post(baseUrl + "/api/auth/login", null, body);
            }
            JsonNode token = JSON.readTree(response.body()).path("data").path(tokenField);
            if (response.statusCode() != 200 || !token.isTextual()) {
                throw new IllegalStateException("login of " + email + " at " + baseUrl + " answered "
                        + response.statusCode() + ": " + new String(response.body()));
            }
            return token.asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
