package com.annavaram.user.account.otp;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Singleton;

import com.annavaram.user.account.AccountConfig;
import com.annavaram.user.error.ApiException;
import com.annavaram.user.web.RateLimiter;

/**
 * The send limit as the public endpoints ({@code resend-otp}, {@code forgot-password}) apply it: counted per e-mail
 * address whether or not an account exists, so a 429 reveals nothing. Kept in memory per instance; the limit stored
 * in the user document still holds across instances (past it, those endpoints quietly send nothing).
 */
@Singleton
public class SendThrottle {

    private final RateLimiter limiter;

    SendThrottle(AccountConfig config) {
        this.limiter = new RateLimiter(config.otp().maxSends(), config.otp().sendWindow());
    }

    /** Counts one send to {@code email} in {@code bucket}, or throws 429 when the limit is reached. */
    public void acquire(OtpBucket bucket, String email, Instant now) {
        Optional<Duration> wait = limiter.tryAcquire(bucket.field() + ":" + email, now);
        if (wait.isPresent()) {
            throw ApiException.tooManyRequests(OtpService.SEND_LIMIT, wait.get());
        }
    }
}
