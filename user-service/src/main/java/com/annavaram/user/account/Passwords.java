package com.annavaram.user.account;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Singleton;

import com.annavaram.user.error.ApiException;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * bcrypt hashing. Legacy hashes were written by passlib with the {@code $2b$} prefix (and other libraries write
 * {@code $2y$}); the algorithm is the same for passwords within bcrypt's 72 bytes, so they are read as {@code $2a$}.
 */
@Singleton
public class Passwords {

    public static final int MIN_LENGTH = 8;
    /** bcrypt ignores bytes past 72; longer passwords are refused rather than silently cut. */
    public static final int MAX_BYTES = 72;
    public static final String TOO_LONG = "Password must be at most 72 bytes long.";

    private final int cost;
    /** Compared against when the account does not exist, so a miss costs as long as a wrong password. */
    private final String dummyHash;

    Passwords(AccountConfig config) {
        this.cost = Math.max(10, config.bcryptCost());
        this.dummyHash = BcryptUtil.bcryptHash("no-such-account", cost);
    }

    public String hash(String password) {
        if (tooLong(password)) {
            throw ApiException.badRequest(TOO_LONG);
        }
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String storedHash) {
        if (password == null || tooLong(password)) {
            return false;
        }
        if (storedHash == null) {
            // An account without a password (Google only) must not answer faster than a wrong password.
            burn(password);
            return false;
        }
        String hash = storedHash.startsWith("$2b$") || storedHash.startsWith("$2y$")
                ? "$2a$" + storedHash.substring(4)
                : storedHash;
        if (!hash.startsWith("$2a$")) {
            return false;
        }
        try {
            return BcryptUtil.matches(password, hash);
        } catch (RuntimeException e) {
            // A malformed stored hash is a failed login, not a server error.
            return false;
        }
    }

    /** Spends the time of one comparison, for accounts that do not exist. */
    public void burn(String password) {
        matches(password == null || tooLong(password) ? "" : password, dummyHash);
    }

    public static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
