package com.annavaram.user.error;

import java.time.Duration;
import java.util.Optional;

/** A failure whose message is written for the shopper, the only exception whose message a problem body shows. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Duration retryAfter;

    public ApiException(int status, String message) {
        this(status, message, null);
    }

    private ApiException(int status, String message, Duration retryAfter) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** A 429 whose response tells the client, in {@code Retry-After}, when to try again. */
    public static ApiException tooManyRequests(String message, Duration retryAfter) {
        return new ApiException(429, message, retryAfter);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, message);
    }

    public int status() {
        return status;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Whole seconds, rounded up and at least one, as {@code Retry-After} carries them. */
    public static long retryAfterSeconds(Duration wait) {
        if (wait.isNegative() || wait.isZero()) {
            return 1;
        }
        return Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
    }
}
