package com.annavaram.user.account.otp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.annavaram.model.customer.OtpState;
import com.annavaram.user.account.AccountConfig;
import com.annavaram.user.account.UserEntity;
import com.annavaram.user.account.UserRepository;
import com.annavaram.user.error.ApiException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * Issues and checks one-time passwords: valid for {@code ttl}, dead after {@code maxAttempts} wrong tries, at most
 * {@code maxSends} per bucket within {@code sendWindow}. The state lives in the user document, so it holds across
 * instances; wrong tries are counted with an atomic increment and a code is consumed by a conditional update, so
 * parallel guesses cannot exceed the limit and a code works once.
 */
@Singleton
public class OtpService {

    public static final String NOT_REQUESTED = "No code is pending. Please request a new code.";
    public static final String EXPIRED = "The code has expired. Please request a new code.";
    public static final String WRONG = "The code is incorrect.";
    public static final String TOO_MANY_ATTEMPTS = "Too many incorrect codes. Please request a new code.";
    public static final String SEND_LIMIT = "Code request limit reached. Please try again later.";

    private final UserRepository users;
    private final OtpCodes codes;
    private final AccountConfig.Otp config;

    OtpService(UserRepository users, AccountConfig config) {
        this.users = users;
        this.config = config.otp();
        this.codes = new OtpCodes(config.otp().pepper().orElse(null));
    }

    public Duration ttl() {
        return config.ttl();
    }

    /** A fresh code and the state that stores it, or a 429 when the bucket's send limit is reached. */
    public Issued prepare(ObjectId user, OtpBucket bucket, OtpState previous, Instant now) {
        List<Instant> recent = recentSends(previous, now);
        sendBlocked(recent, now).ifPresent(wait -> {
            throw ApiException.tooManyRequests(SEND_LIMIT, wait);
        });
        String code = OtpCodes.generate();
        OtpState state = new OtpState();
        state.setOtpHash(codes.hash(user, bucket, code));
        state.setOtpExpiresAt(now.plus(config.ttl()));
        state.setAttempts(0);
        recent.add(now);
        state.setSentHistory(recent);
        return new Issued(code, state);
    }

    /** Stores a fresh code for an existing user (with {@code extra} changes in the same write) and returns it. */
    public String issue(UserEntity user, OtpBucket bucket, Instant now, Bson... extra) {
        Issued issued = prepare(user.getId(), bucket, bucket.of(user), now);
        List<Bson> updates = new ArrayList<>(List.of(extra));
        updates.add(Updates.set(bucket.field(), issued.state()));
        users.update(user.getId(), Updates.combine(updates), now);
        return issued.code();
    }

    /** How long until the bucket may send again; empty when it may send now. */
    public Optional<Duration> sendBlocked(UserEntity user, OtpBucket bucket, Instant now) {
        return sendBlocked(recentSends(bucket.of(user), now), now);
    }

    /**
     * Checks {@code code} and, when right, consumes it in the same write as {@code onSuccess}; a wrong code counts
     * an attempt. Throws 400 for a wrong, expired or missing code and 429 once the attempts are used up.
     */
    public void consume(UserEntity user, OtpBucket bucket, String code, Instant now, Bson... onSuccess) {
        OtpState state = bucket.of(user);
        if (state == null || state.getOtpHash() == null) {
            throw ApiException.badRequest(NOT_REQUESTED);
        }
        if (state.getOtpExpiresAt() == null || !state.getOtpExpiresAt().isAfter(now)) {
            throw ApiException.badRequest(EXPIRED);
        }
        Duration untilExpiry = Duration.between(now, state.getOtpExpiresAt());
        int attempts = state.getAttempts() == null ? 0 : state.getAttempts();
        if (attempts >= config.maxAttempts()) {
            throw ApiException.tooManyRequests(TOO_MANY_ATTEMPTS, untilExpiry);
        }
        Bson sameCode = Filters.and(Filters.eq(bucket.path(OtpState.OTP_HASH), state.getOtpHash()),
                Filters.not(Filters.gte(bucket.path(OtpState.ATTEMPTS), config.maxAttempts())));
        if (!codes.matches(user.getId(), bucket, code, state.getOtpHash())) {
            boolean counted = users.update(user.getId(), sameCode, Updates.inc(bucket.path(OtpState.ATTEMPTS), 1),
                    now);
            if (!counted) {
                // A parallel guess used the last attempt, or a new code replaced this one.
                throw ApiException.tooManyRequests(TOO_MANY_ATTEMPTS, untilExpiry);
            }
            throw ApiException.badRequest(WRONG);
        }
        List<Bson> updates = new ArrayList<>(List.of(onSuccess));
        updates.add(Updates.unset(bucket.path(OtpState.OTP_HASH)));
        updates.add(Updates.unset(bucket.path(OtpState.OTP_EXPIRES_AT)));
        updates.add(Updates.set(bucket.path(OtpState.ATTEMPTS), 0));
        if (!users.update(user.getId(), sameCode, Updates.combine(updates), now)) {
            throw ApiException.badRequest(NOT_REQUESTED);
        }
    }

    private List<Instant> recentSends(OtpState state, Instant now) {
        List<Instant> recent = new ArrayList<>();
        if (state != null && state.getSentHistory() != null) {
            Instant cutoff = now.minus(config.sendWindow());
            state.getSentHistory().stream().filter(at -> at != null && at.isAfter(cutoff)).sorted()
                    .forEach(recent::add);
        }
        return recent;
    }

    private Optional<Duration> sendBlocked(List<Instant> recent, Instant now) {
        if (recent.size() < config.maxSends()) {
            return Optional.empty();
        }
        Instant oldestCounted = recent.get(recent.size() - config.maxSends());
        return Optional.of(Duration.between(now, oldestCounted.plus(config.sendWindow())));
    }

    /** A code in clear (for the mail only) and the state that stores its hash. */
    public record Issued(String code, OtpState state) {
    }
}
