package com.annavaram.hardening.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.annavaram.hardening.support.Accounts;
import com.annavaram.hardening.support.Figures;
import com.annavaram.hardening.support.HardeningPlatform;
import com.annavaram.hardening.support.Http;
import com.annavaram.hardening.support.Json;
import com.annavaram.hardening.support.Reply;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Password and one-time-password guessing on every login and code path, against the per-account limits that are
 * never switched off: after five wrong guesses even the right secret is refused, and code mails are capped.
 */
@ExtendWith(HardeningPlatform.class)
class BruteForceIT {

    private static final int GUESSES = 5;
    private static final AtomicInteger ATTEMPTS = new AtomicInteger();
    private static HardeningPlatform.Stage stage;

    @BeforeAll
    static void platform() {
        stage = HardeningPlatform.stage();
    }

    @AfterAll
    static void figures() {
        Figures.report("brute force", ATTEMPTS.get() + " guessing attempts on admin and customer logins and on the "
                + "verification, reset and e-mail change codes; every account locked or code burnt in time");
    }

    @Test
    void shouldLockAnAdminAfterRepeatedWrongPasswords() {
        String email = "guessed-admin-" + System.nanoTime() + "@hardening.test";
        stage.accounts().createAdmin(stage.accounts().superAdminToken(), email, "admin");

        guess(stage.admin(), "/api/auth/login", Json.object().put("email", email), "password", "Wrong@guess");
        Reply right = stage.admin().post("/api/auth/login").json(Json.object().put("email", email).put("password",
                Accounts.PASSWORD)).send();

        assertLocked(right);
    }

    @Test
    void shouldLockACustomerAfterRepeatedWrongPasswords() {
        Accounts.Customer customer = stage.accounts().signUp("guessed");

        guess(stage.store(), "/api/auth/login", Json.object().put("email", customer.email()), "password",
                "Wrong@guess1");
        Reply right = stage.store().post("/api/auth/login").json(Json.object().put("email", customer.email()).put(
                "password", customer.password())).send();

        assertLocked(right);
    }

    @Test
    void shouldAnswerAnUnknownEmailLikeAWrongPassword() {
        Accounts.Customer customer = stage.accounts().signUp("enumerated");
        Reply known = stage.store().post("/api/auth/login").json(Json.object().put("email", customer.email()).put(
                "password", "Wrong@guess1")).send();
        Reply unknown = stage.store().post("/api/auth/login").json(Json.object().put("email", "nobody-" + UUID
                .randomUUID() + "@hardening.test").put("password", "Wrong@guess1")).send();
        ATTEMPTS.addAndGet(2);

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(401);
        assertThat(unknown.json().path("detail")).isEqualTo(known.json().path("detail"));
    }

    @Test
    void shouldBurnAVerificationCodeAfterRepeatedWrongGuesses() {
        String email = "unverified-" + UUID.randomUUID() + "@hardening.test";
        stage.store().post("/api/auth/signup").json(Json.object().put("fullName", "Guessed").put("email", email)
                .put("password", Accounts.PASSWORD).put("phone", "")).send();
        String code = stage.accounts().latestCode(email);

        guess(stage.store(), "/api/auth/verify-email", Json.object().put("email", email), "otp", wrong(code));
        Reply right = stage.store().post("/api/auth/verify-email").json(Json.object().put("email", email).put("otp",
                code)).send();

        assertRefused(right);
    }

    @Test
    void shouldBurnAResetCodeAfterRepeatedWrongGuesses() {
        Accounts.Customer customer = stage.accounts().signUp("reset");
        stage.store().post("/api/auth/forgot-password").json(Json.object().put("email", customer.email())).send();
        String code = stage.accounts().latestCode(customer.email());
        ObjectNode attempt = Json.object().put("email", customer.email()).put("newPassword", "Taken@over123");

        guess(stage.store(), "/api/auth/reset-password", attempt, "otp", wrong(code));
        Reply right = stage.store().post("/api/auth/reset-password").json(attempt.deepCopy().put("otp", code))
                .send();

        assertRefused(right);
        assertThat(stage.store().post("/api/auth/login").json(Json.object().put("email", customer.email()).put(
                "password", "Taken@over123")).send().status()).isEqualTo(401);
    }

    @Test
    void shouldBurnAnEmailChangeCodeAfterRepeatedWrongGuesses() {
        Accounts.Customer customer = stage.accounts().signUp("change");
        String newEmail = "changed-" + UUID.randomUUID() + "@hardening.test";
        Reply requested = stage.store().post("/api/auth/email/request-change").bearer(customer.accessToken()).json(
                Json.object().put("newEmail", newEmail)).send();
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);
        String code = stage.accounts().latestCode(newEmail);
        ObjectNode attempt = Json.object().put("newEmail", newEmail);

        for (int i = 0; i < GUESSES; i++) {
            ATTEMPTS.incrementAndGet();
            Reply reply = stage.store().post("/api/auth/email/verify-change").bearer(customer.accessToken()).json(
                    attempt.deepCopy().put("otp", wrong(code) + i)).send();
            assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
            assertThat(reply.json().path("errors").size()).as("a counted guess, not a malformed one").isZero();
        }
        Reply right = stage.store().post("/api/auth/email/verify-change").bearer(customer.accessToken()).json(attempt
                .deepCopy().put("otp", code)).send();

        assertRefused(right);
    }

    @Test
    void shouldCapTheCodesMailedToOneAddress() {
        Accounts.Customer customer = stage.accounts().signUp("mailbomb");
        String email = "resend-" + UUID.randomUUID() + "@hardening.test";
        stage.store().post("/api/auth/signup").json(Json.object().put("fullName", "Resend").put("email", email).put(
                "password", Accounts.PASSWORD).put("phone", "")).send();

        for (int i = 0; i < 8; i++) {
            ATTEMPTS.addAndGet(2);
            Reply resend = stage.store().post("/api/auth/resend-otp").json(Json.object().put("email", email)).send();
            Reply forgot = stage.store().post("/api/auth/forgot-password").json(Json.object().put("email", customer
                    .email())).send();
            assertThat(resend.status()).as(resend.body()).isIn(200, 429);
            assertThat(forgot.status()).as(forgot.body()).isIn(200, 429);
        }

        assertThat(stage.accounts().codesMailed(email)).isLessThanOrEqualTo(3);
        assertThat(stage.accounts().codesMailed(customer.email())).isLessThanOrEqualTo(1 + 3);
    }

    private static void guess(Http http, String path, ObjectNode fixed, String field, String value) {
        for (int i = 0; i < GUESSES; i++) {
            ATTEMPTS.incrementAndGet();
            Reply reply = http.post(path).json(fixed.deepCopy().put(field, value + i)).send();
            assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
            assertThat(reply.json().path("errors").size()).as("a counted guess, not a malformed one").isZero();
            assertThat(reply.isProblem()).isTrue();
        }
    }

    private static String wrong(String code) {
        return code.startsWith("00000") ? "99999" : "00000";
    }

    private static void assertLocked(Reply right) {
        ATTEMPTS.incrementAndGet();
        assertThat(right.status()).as("the right password after %d wrong ones: %s", GUESSES, right.body())
                .isEqualTo(429);
        assertThat(right.isProblem()).isTrue();
        assertThat(right.header("Retry-After")).isNotBlank();
    }

    private static void assertRefused(Reply right) {
        ATTEMPTS.incrementAndGet();
        assertThat(right.status()).as("the right code after %d wrong ones: %s", GUESSES, right.body()).isBetween(400,
                499);
        assertThat(right.isProblem()).isTrue();
    }
}
