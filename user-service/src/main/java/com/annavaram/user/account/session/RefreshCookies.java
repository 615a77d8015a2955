package com.annavaram.user.account.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.inject.Singleton;

import com.annavaram.user.web.WebConfig;

import io.vertx.core.http.HttpServerRequest;

/**
 * The {@code refreshToken} cookie: HttpOnly, only sent to {@code /api/auth}. Over plain HTTP it is
 * {@code SameSite=Lax} (the storefront on 127.0.0.1:5173 and the API on 127.0.0.1:4000 are the same site); behind
 * HTTPS (or with {@code COOKIE_SECURE=true}) it is {@code SameSite=None; Secure} so a storefront on another site
 * still sends it.
 */
@Singleton
public class RefreshCookies {

    public static final String NAME = "refreshToken";
    public static final String PATH = "/api/auth";

    private static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US).withZone(ZoneOffset.UTC);

    private final boolean alwaysSecure;

    RefreshCookies(WebConfig config) {
        this.alwaysSecure = config.cookieSecure();
    }

    /** The {@code Set-Cookie} value carrying {@code token} until {@code expiresAt}. */
    public String issue(String token, Instant expiresAt, Instant now, HttpServerRequest request) {
        long maxAge = Math.max(0, expiresAt.getEpochSecond() - now.getEpochSecond());
        return NAME + "=" + token + "; Path=" + PATH + "; Expires=" + EXPIRES.format(expiresAt) + "; Max-Age="
                + maxAge + "; HttpOnly" + sameSite(request);
    }

    /** The {@code Set-Cookie} value that makes the browser forget the cookie. */
    public String clear(HttpServerRequest request) {
        return NAME + "=; Path=" + PATH + "; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly"
                + sameSite(request);
    }

    private String sameSite(HttpServerRequest request) {
        return secure(request) ? "; SameSite=None; Secure" : "; SameSite=Lax";
    }

    boolean secure(HttpServerRequest request) {
        if (alwaysSecure || request != null && request.isSSL()) {
            return true;
        }
        String forwarded = request == null ? null : request.getHeader("X-Forwarded-Proto");
        return forwarded != null && forwarded.trim().equalsIgnoreCase("https");
    }
}
