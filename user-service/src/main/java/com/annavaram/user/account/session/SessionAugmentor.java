package com.annavaram.user.account.session;

import java.time.Instant;

import jakarta.inject.Singleton;

import org.bson.types.ObjectId;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Accepts a verified access token only while its session is live: logging out, logging out everywhere, a password
 * reset or detected token reuse end a session at once, not when its access tokens expire. The session and user ids
 * are put on the identity for the resources.
 */
@Singleton
class SessionAugmentor implements SecurityIdentityAugmentor {

    private final SessionRepository sessions;

    SessionAugmentor(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> checked(identity, token));
    }

    private SecurityIdentity checked(SecurityIdentity identity, JsonWebToken token) {
        ObjectId sessionId = objectId(token.getClaim(AccessTokens.SESSION_CLAIM));
        ObjectId userId = objectId(token.getSubject());
        if (sessionId == null || userId == null) {
            throw new AuthenticationFailedException("token without a valid session or subject");
        }
        SessionEntity session = sessions.findById(sessionId);
        if (session == null || !userId.equals(session.getUser()) || !SessionRepository.isLive(session,
                Instant.now())) {
            throw new AuthenticationFailedException("session " + sessionId + " is not live");
        }
        return QuarkusSecurityIdentity.builder(identity).addAttribute(CurrentAccount.SESSION_ID, sessionId)
                .addAttribute(CurrentAccount.USER_ID, userId).build();
    }

    private static ObjectId objectId(Object value) {
        String text = value == null ? null : value.toString();
        if (text != null && text.length() > 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text != null && ObjectId.isValid(text) ? new ObjectId(text) : null;
    }
}
