package com.annavaram.user.account.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.jboss.logging.Logger;

import com.annavaram.model.customer.User;
import com.annavaram.user.account.AccountConfig;
import com.annavaram.user.account.Emails;
import com.annavaram.user.account.Passwords;
import com.annavaram.user.account.UserEntity;
import com.annavaram.user.account.UserRepository;
import com.annavaram.user.error.ApiException;
import com.annavaram.user.web.RateLimiter;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

/**
 * Password logins with a per-account lockout: after {@code maxFailures} wrong passwords the account refuses logins
 * for {@code lockout}, even with the right password. The count and the lock live in the user document, so they hold
 * across instances. Unknown e-mails are counted the same way (in memory), so the answers do not tell them apart.
 */
@Singleton
public class LoginService {

    public static final String BAD_CREDENTIALS = "Invalid email or password.";
    public static final String LOCKED = "Too many failed login attempts. Please try again later.";
    public static final String UNVERIFIED = "Please verify your email address before logging in.";
    public static final String DISABLED = "This account has been disabled.";

    private static final Logger LOG = Logger.getLogger(LoginService.class);

    private final UserRepository users;
    private final Passwords passwords;
    private final int maxFailures;
    private final Duration lockout;
    private final RateLimiter unknownFailures;

    LoginService(UserRepository users, Passwords passwords, AccountConfig config) {
        this.users = users;
        this.passwords = passwords;
        this.maxFailures = Math.max(1, config.login().maxFailures());
        this.lockout = config.login().lockout();
        this.unknownFailures = new RateLimiter(maxFailures, lockout);
    }

    /** The user whose password this is, or a 401, 403 or 429. */
    public UserEntity authenticate(String email, String password, Instant now) {
        String normalized = Emails.normalize(email);
        UserEntity user = users.findByEmail(normalized).orElse(null);
        if (user == null) {
            return unknown(normalized, password, now);
        }
        if (user.getLockedUntil() != null && user.getLockedUntil().isAfter(now)) {
            throw ApiException.tooManyRequests(LOCKED, Duration.between(now, user.getLockedUntil()));
        }
        if (!passwords.matches(password, user.getPasswordHash())) {
            failed(user, now);
            throw ApiException.unauthorized(BAD_CREDENTIALS);
        }
        if (user.getFailedLogins() != null && user.getFailedLogins() > 0 || user.getLockedUntil() != null) {
            users.update(user.getId(), Updates.combine(Updates.set(User.FAILED_LOGINS, 0), Updates.unset(
                    User.LOCKED_UNTIL)), now);
        }
        if (Boolean.FALSE.equals(user.getIsActive())) {
            throw ApiException.forbidden(DISABLED);
        }
        if (!Boolean.TRUE.equals(user.getEmailVerified())) {
            throw ApiException.forbidden(UNVERIFIED);
        }
        return user;
    }

    private UserEntity unknown(String email, String password, Instant now) {
        String key = "login:" + email;
        Optional<Duration> blocked = unknownFailures.blockedFor(key, now);
        if (blocked.isPresent()) {
            throw ApiException.tooManyRequests(LOCKED, blocked.get());
        }
        passwords.burn(password);
        unknownFailures.record(key, now);
        Optional<Duration> nowBlocked = unknownFailures.blockedFor(key, now);
        if (nowBlocked.isPresent()) {
            throw ApiException.tooManyRequests(LOCKED, nowBlocked.get());
        }
        throw ApiException.unauthorized(BAD_CREDENTIALS);
    }

    private void failed(UserEntity user, Instant now) {
        Document after = users.mongoCollection().withDocumentClass(Document.class).findOneAndUpdate(
                Filters.eq(User._ID, user.getId()),
                Updates.combine(Updates.inc(User.FAILED_LOGINS, 1), Updates.set(User.UPDATED_AT, now)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        Number failures = after == null ? null : after.get(User.FAILED_LOGINS, Number.class);
        if (failures != null && failures.intValue() >= maxFailures) {
            Instant until = now.plus(lockout);
            users.update(user.getId(), Updates.combine(Updates.set(User.LOCKED_UNTIL, until), Updates.set(
                    User.FAILED_LOGINS, 0)), now);
            LOG.warnf("account %s locked until %s after %d failed logins", user.getId(), until, failures.intValue());
            throw ApiException.tooManyRequests(LOCKED, lockout);
        }
    }
}
