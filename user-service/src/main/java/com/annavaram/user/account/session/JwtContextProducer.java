package com.annavaram.user.account.session;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import com.annavaram.user.account.AccountConfig;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;

/**
 * Replaces the verification settings SmallRye JWT would build from {@code mp.jwt.*}: the key is the one
 * {@link JwtKeys} holds (possibly generated at start, so it cannot come from configuration), the algorithm is RS256
 * only, and issuer and audience are this service's. Tokens of admin-service (HS256, {@code annavaram-admin},
 * {@code admin-api}) fail every one of these checks.
 */
@ApplicationScoped
class JwtContextProducer {

    /** Tolerated clock difference between instances, in seconds. */
    static final int CLOCK_SKEW_SECONDS = 30;

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo contextInfo(JwtKeys keys, AccountConfig config) {
        JWTAuthContextInfo info = new JWTAuthContextInfo(keys.publicKey(), config.tokens().issuer());
        info.setExpectedAudience(Set.of(config.tokens().audience()));
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        info.setClockSkew(CLOCK_SKEW_SECONDS);
        info.setRequiredClaims(Set.of(AccessTokens.SESSION_CLAIM));
        info.setRequireNamedPrincipal(true);
        return info;
    }
}
