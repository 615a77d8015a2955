package com.annavaram.user.account.session;

import java.time.Instant;

import com.annavaram.user.account.UserResponse;

/** {@code data} of every session response: what the storefront stores after login, sign-up, reset and refresh. */
public record SessionData(String accessToken, Instant accessTokenExpiresAt, SessionView session, UserResponse user) {

    /** The session the tokens belong to; {@code expiresAt} is when the refresh token stops working. */
    public record SessionView(String id, Instant expiresAt) {
    }
}
