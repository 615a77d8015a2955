package com.annavaram.user.account;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sessions, tokens, one-time passwords, login protection and Google sign-in of the storefront accounts. */
@ConfigMapping(prefix = "account")
public interface AccountConfig {

    Tokens tokens();

    Otp otp();

    Login login();

    Google google();

    /** bcrypt cost of new password hashes; never below 10. */
    @WithDefault("10")
    int bcryptCost();

    /** Access and refresh tokens. */
    interface Tokens {

        @WithDefault("annavaram-store")
        String issuer();

        @WithDefault("store-api")
        String audience();

        @WithDefault("PT15M")
        Duration accessTtl();

        @WithDefault("P7D")
        Duration refreshTtl();

        /** PKCS#8 PEM; without both paths a key pair is generated at start (tokens then die with the process). */
        Optional<String> privateKeyPath();

        Optional<String> publicKeyPath();
    }

    /** One-time passwords sent by e-mail. */
    interface Otp {

        @WithDefault("PT10M")
        Duration ttl();

        @WithDefault("5")
        int maxAttempts();

        @WithDefault("3")
        int maxSends();

        @WithDefault("PT15M")
        Duration sendWindow();

        /** Key of the HMAC the codes are stored under; set it in production. */
        Optional<String> pepper();
    }

    /** Per-account protection against password guessing. */
    interface Login {

        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT15M")
        Duration lockout();
    }

    /** Google sign-in, on only when a client id is set. */
    interface Google {

        Optional<String> clientId();

        @WithDefault("https://www.googleapis.com/oauth2/v3/certs")
        String jwksUrl();
    }
}
