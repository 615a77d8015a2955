package com.annavaram.user.account.session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Singleton;

import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import com.annavaram.user.account.AccountConfig;
import com.annavaram.user.account.UserEntity;
import com.annavaram.user.account.UserRepository;
import com.annavaram.user.error.ApiException;

/**
 * Opens, rotates and revokes sessions. A refresh token is good for one rotation: presenting it again after it was
 * rotated means it was copied, so every session of the user is revoked.
 */
@Singleton
public class SessionService {

    public static final String ROTATED = "rotated";
    public static final String REUSE_DETECTED = "reuse-detected";
    public static final String LOGOUT = "logout";
    public static final String LOGOUT_ALL = "logout-all";
    public static final String PASSWORD_RESET = "password-reset";

    static final String INVALID = "Your session has expired or is no longer valid. Please log in again.";
    static final String REUSED = "This session was already refreshed elsewhere; every session has been signed out. "
            + "Please log in again.";

    private static final Logger LOG = Logger.getLogger(SessionService.class);
    private static final int MAX_USER_AGENT = 256;

    private final SessionRepository sessions;
    private final UserRepository users;
    private final AccessTokens accessTokens;
    private final AccountConfig.Tokens config;

    SessionService(SessionRepository sessions, UserRepository users, AccessTokens accessTokens,
            AccountConfig config) {
        this.sessions = sessions;
        this.users = users;
        this.accessTokens = accessTokens;
        this.config = config.tokens();
    }

    /** A new session for {@code user}, with its access token and the refresh token the cookie carries. */
    public Opened open(UserEntity user, ClientInfo client, Instant now) {
        String refreshToken = RefreshTokens.generate();
        SessionEntity session = new SessionEntity();
        session.setId(new ObjectId());
        session.setUser(user.getId());
        session.setRefreshTokenHash(RefreshTokens.hash(refreshToken));
        // Milliseconds, as stored, so the answer and later reads agree.
        session.setExpiresAt(now.plus(config.refreshTtl()).truncatedTo(ChronoUnit.MILLIS));
        session.setUserAgent(truncate(client.userAgent()));
        session.setIpAddress(client.ipAddress());
        session.setLastUsedAt(now);
        sessions.persist(session);
        return new Opened(user, session, refreshToken, accessTokens.issue(user.getId(), session.getId(), now));
    }

    /** Exchanges a refresh token for a new session; the old one is revoked as rotated and points at the new one. */
    public Opened rotate(String refreshToken, ClientInfo client, Instant now) {
        if (!RefreshTokens.wellFormed(refreshToken)) {
            throw ApiException.unauthorized(INVALID);
        }
        SessionEntity current = sessions.findByRefreshTokenHash(RefreshTokens.hash(refreshToken))
                .orElseThrow(() -> ApiException.unauthorized(INVALID));
        if (current.getRevokedAt() != null) {
            if (ROTATED.equals(current.getRevokedReason())) {
                reuseDetected(current, now);
            }
            throw ApiException.unauthorized(INVALID);
        }
        if (!SessionRepository.isLive(current, now)) {
            throw ApiException.unauthorized(INVALID);
        }
        UserEntity user = users.findById(current.getUser());
        if (user == null || Boolean.FALSE.equals(user.getIsActive())) {
            sessions.revoke(current.getId(), LOGOUT, null, now);
            throw ApiException.unauthorized(INVALID);
        }
        Opened next = open(user, client, now);
        if (!sessions.revoke(current.getId(), ROTATED, next.session().getId(), now)) {
            // Another request rotated the same token first: two holders of one token is exactly what reuse means.
            sessions.revoke(next.session().getId(), REUSE_DETECTED, null, now);
            reuseDetected(current, now);
        }
        return next;
    }

    /** Revokes the session a refresh token belongs to, if it is live. */
    public void revokeByRefreshToken(String refreshToken, Instant now) {
        if (RefreshTokens.wellFormed(refreshToken)) {
            sessions.findByRefreshTokenHash(RefreshTokens.hash(refreshToken))
                    .ifPresent(session -> sessions.revoke(session.getId(), LOGOUT, null, now));
        }
    }

    public void revoke(ObjectId session, String reason, Instant now) {
        sessions.revoke(session, reason, null, now);
    }

    public long revokeAll(ObjectId user, String reason, ObjectId keep, Instant now) {
        return sessions.revokeAll(user, reason, keep, now);
    }

    private void reuseDetected(SessionEntity reused, Instant now) {
        long revoked = sessions.revokeAll(reused.getUser(), REUSE_DETECTED, null, now);
        LOG.warnf("refresh token of session %s presented after rotation: revoked %d sessions of user %s",
                reused.getId(), revoked, reused.getUser());
        throw ApiException.unauthorized(REUSED);
    }

    private static String truncate(String userAgent) {
        return userAgent == null || userAgent.length() <= MAX_USER_AGENT
                ? userAgent
                : userAgent.substring(0, MAX_USER_AGENT);
    }

    /** A freshly opened session with both tokens; the refresh token exists only here and in the cookie. */
    public record Opened(UserEntity user, SessionEntity session, String refreshToken,
            AccessTokens.AccessToken accessToken) {
    }
}
