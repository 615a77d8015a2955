package com.annavaram.user.account.session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import jakarta.inject.Singleton;

import org.bson.types.ObjectId;

import com.annavaram.user.account.AccountConfig;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/** Signs the short-lived RS256 access tokens; the session id travels in {@value #SESSION_CLAIM}. */
@Singleton
public class AccessTokens {

    public static final String SESSION_CLAIM = "sid";
    public static final String CUSTOMER = "customer";

    private final JwtKeys keys;
    private final AccountConfig.Tokens config;

    AccessTokens(JwtKeys keys, AccountConfig config) {
        this.keys = keys;
        this.config = config.tokens();
    }

    /** A signed token for {@code user} in {@code session}, valid from {@code now} for the configured time. */
    public AccessToken issue(ObjectId user, ObjectId session, Instant now) {
        // Whole seconds, as the exp claim carries it.
        Instant expiresAt = now.plus(config.accessTtl()).truncatedTo(ChronoUnit.SECONDS);
        String token = Jwt.issuer(config.issuer()).audience(config.audience()).subject(user.toHexString())
                .upn(user.toHexString()).groups(Set.of(CUSTOMER)).claim(SESSION_CLAIM, session.toHexString())
                .issuedAt(now).expiresAt(expiresAt).jws().algorithm(SignatureAlgorithm.RS256).keyId(keys.keyId())
                .sign(keys.privateKey());
        return new AccessToken(token, expiresAt);
    }

    /** A token and when it stops being accepted. */
    public record AccessToken(String token, Instant expiresAt) {
    }
}
