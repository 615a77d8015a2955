package com.annavaram.hardening.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.annavaram.platform.demo.DemoAccounts;
import com.annavaram.platform.launch.ServiceSpec;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Logs in and signs up, over HTTP as the front ends do: admins with a password; customers by sign-up, the code read
 * from the mail the user-service logs ({@code MAIL_LOG=true}), and verification.
 */
public final class Accounts {

    public static final String ADMIN_EMAIL = DemoAccounts.ADMIN_EMAIL;
    public static final String ADMIN_PASSWORD = DemoAccounts.ADMIN_PASSWORD;
    public static final String CUSTOMER_EMAIL = DemoAccounts.CUSTOMER_EMAIL;
    public static final String CUSTOMER_PASSWORD = DemoAccounts.CUSTOMER_PASSWORD;
    public static final String PASSWORD = "Hardening@12345";

    private final HardeningPlatform.Stage stage;

    Accounts(HardeningPlatform.Stage stage) {
        this.stage = stage;
    }

    /** A token of the demo super admin. */
    public String superAdminToken() {
        return adminToken(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public String adminToken(String email, String password) {
        Reply reply = stage.admin().post("/api/auth/login").json(Json.object().put("email", email)
                .put("password", password)).send();
        require(reply, 200, "admin login " + email);
        return reply.data().path("token").asText();
    }

    /** Creates an admin with {@code role} through the super admin and returns its id. */
    public String createAdmin(String superToken, String email, String role) {
        Reply reply = stage.admin().post("/api/admins").bearer(superToken).json(Json.object().put("email", email)
                .put("password", PASSWORD).put("role", role)).send();
        require(reply, 201, "create admin " + email);
        return reply.data().path("_id").asText(reply.data().path("id").asText());
    }

    public Customer login(String email, String password) {
        Reply reply = stage.store().post("/api/auth/login").json(Json.object().put("email", email)
                .put("password", password)).send();
        require(reply, 200, "customer login " + email);
        return Customer.of(email, password, reply);
    }

    /** A new verified customer with a unique e-mail address. */
    public Customer signUp(String label) {
        String email = label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@hardening.test";
        Reply signup = stage.store().post("/api/auth/signup").json(Json.object().put("fullName", "Hardening "
                + label).put("email", email).put("password", PASSWORD).put("phone", "9876543210")).send();
        require(signup, 201, "sign-up " + email);
        Reply verified = stage.store().post("/api/auth/verify-email").json(Json.object().put("email", email)
                .put("otp", latestCode(email))).send();
        require(verified, 200, "verify " + email);
        return Customer.of(email, PASSWORD, verified);
    }

    /** The last one-time password mailed to {@code email}, waiting briefly for the log to be written. */
    public String latestCode(String email) {
        Pattern mail = Pattern.compile("to \\[" + Pattern.quote(email) + "\\].*?code\\D{0,60}?(\\d{6})",
                Pattern.DOTALL);
        for (int attempt = 0; attempt < 50; attempt++) {
            Optional<String> code = lastMatch(mail);
            if (code.isPresent()) {
                return code.get();
            }
            sleep(100);
        }
        throw new AssertionError("no code mailed to " + email + " in " + stage.platform().logFile(ServiceSpec.USER));
    }

    /** How many codes were mailed to {@code email} so far. */
    public int codesMailed(String email) {
        Matcher matcher = Pattern.compile("to \\[" + Pattern.quote(email) + "\\]").matcher(log());
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private Optional<String> lastMatch(Pattern pattern) {
        Matcher matcher = pattern.matcher(log());
        String last = null;
        int from = 0;
        while (matcher.find(from)) {
            last = matcher.group(1);
            from = matcher.start() + 1;
        }
        return Optional.ofNullable(last);
    }

    private String log() {
        try {
            return Files.readString(stage.platform().logFile(ServiceSpec.USER), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void require(Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new AssertionError(what + ": expected " + status + " but was " + reply.status() + " "
                    + reply.body());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A logged-in storefront customer: the access token and the refresh token the cookie carried. */
    public record Customer(String email, String password, String userId, String sessionId, String accessToken,
            String refreshToken) {

        static Customer of(String email, String password, Reply reply) {
            JsonNode data = reply.data();
            String refresh = reply.headerValues("Set-Cookie").stream().flatMap(c -> HttpCookie.parse(c).stream())
                    .filter(c -> c.getName().equals("refreshToken")).map(HttpCookie::getValue).findFirst()
                    .orElse(null);
            return new Customer(email, password, data.path("user").path("id").asText(), data.path("session")
                    .path("id").asText(), data.path("accessToken").asText(), refresh);
        }
    }
}
