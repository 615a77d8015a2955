package com.annavaram.user.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.annavaram.user.error.ApiException;

class PasswordsTest {

    /** passlib's bcrypt of "demo-password", as in the legacy fixture set. */
    private static final String PASSLIB_2B = "$2b$10$99G7ET6wRqKWFVIzFLTfq.7Si8qXyXdAmkouZ9YnZGGg6cdb1kWTa";

    private final Passwords passwords = new Passwords(config(4));

    @Test
    void shouldVerifyLegacyPasslibHashes() {
        assertThat(passwords.matches("demo-password", PASSLIB_2B)).isTrue();
        assertThat(passwords.matches("demo-passwort", PASSLIB_2B)).isFalse();
        assertThat(passwords.matches("demo-password", PASSLIB_2B.replace("$2b$", "$2y$"))).isTrue();
    }

    @Test
    void shouldHashWithACostOfAtLeastTen() {
        String hash = passwords.hash("Prasadam#2026");

        assertThat(hash).startsWith("$2a$10$");
        assertThat(passwords.matches("Prasadam#2026", hash)).isTrue();
    }

    @Test
    void shouldTreatMissingOrMalformedHashesAsAFailedLogin() {
        assertThat(passwords.matches("x", null)).isFalse();
        assertThat(passwords.matches("x", "plain-text")).isFalse();
        assertThat(passwords.matches("x", "$2a$10$short")).isFalse();
        assertThat(passwords.matches(null, PASSLIB_2B)).isFalse();
    }

    @Test
    void shouldRefusePasswordsBcryptWouldCut() {
        assertThatThrownBy(() -> passwords.hash("ప".repeat(30))).isInstanceOf(ApiException.class)
                .hasMessage(Passwords.TOO_LONG);
    }

    private static AccountConfig config(int cost) {
        return new AccountConfig() {
            @Override
            public Tokens tokens() {
                return null;
            }

            @Override
            public Otp otp() {
                return null;
            }

            @Override
            public Login login() {
                return null;
            }

            @Override
            public Google google() {
                return new Google() {
                    @Override
                    public Optional<String> clientId() {
                        return Optional.empty();
                    }

                    @Override
                    public String jwksUrl() {
                        return "";
                    }
                };
            }

            @Override
            public int bcryptCost() {
                return cost;
            }
        };
    }
}
