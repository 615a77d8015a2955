package com.annavaram.admin.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import com.annavaram.model.admin.Admin;

/**
 * Issues and checks admin JWTs: HS256 with {@code ADMIN_JWT_SECRET}, issuer {@value #ISSUER}, audience
 * {@value #AUDIENCE}, at most 24 hours. Anything else (another algorithm such as the storefront's RS256, another
 * issuer or audience, an expired or altered token) fails the check.
 */
@Component
public class AdminTokens {

    public static final String ISSUER = "annavaram-admin";
    public static final String AUDIENCE = "admin-api";
    public static final String EMAIL_CLAIM = "email";
    public static final String ROLE_CLAIM = "role";
    static final int MIN_SECRET_BYTES = 32;

    private static final Logger LOG = LoggerFactory.getLogger(AdminTokens.class);

    private final NimbusJwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final Duration ttl;
    private final Clock clock;

    AdminTokens(AuthProperties properties, Clock clock) {
        SecretKey key = key(properties.jwtSecret());
        this.encoder = NimbusJwtEncoder.withSecretKey(key).algorithm(MacAlgorithm.HS256).build();
        this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        this.decoder.setJwtValidator(validator(clock));
        this.ttl = properties.jwtTtl();
        this.clock = clock;
    }

    /** A signed token for {@code admin}, valid for the configured lifetime. */
    public IssuedToken issue(Admin admin, AdminRole role) {
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(ISSUER).audience(List.of(AUDIENCE))
                .subject(admin.getId().toHexString()).issuedAt(now).expiresAt(expires)
                .id(UUID.randomUUID().toString()).claim(EMAIL_CLAIM, admin.getEmail())
                .claim(ROLE_CLAIM, role.stored()).build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(token, ttl.toSeconds(), expires);
    }

    /** The decoder the resource server checks bearer tokens with. */
    public JwtDecoder decoder() {
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> validator(Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
        timestamps.setClock(clock);
        timestamps.setAllowEmptyExpiryClaim(false);
        return new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER),
                new JwtAudienceValidator(AUDIENCE), AdminTokens::lifetimeWithinLimit);
    }

    /** A token of ours never lives longer than 24 hours; one that claims to was not issued here. */
    private static OAuth2TokenValidatorResult lifetimeWithinLimit(Jwt jwt) {
        Instant issued = jwt.getIssuedAt();
        Instant expires = jwt.getExpiresAt();
        if (issued == null || expires == null
                || Duration.between(issued, expires).compareTo(AuthProperties.MAX_TTL) > 0) {
            return OAuth2TokenValidatorResult
                    .failure(new OAuth2Error("invalid_token", "token lifetime over 24 hours", null));
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static SecretKey key(String secret) {
        byte[] bytes;
        if (secret == null || secret.isBlank()) {
            bytes = new byte[64];
            new SecureRandom().nextBytes(bytes);
            LOG.warn("ADMIN_JWT_SECRET is not set: using a random key, so admin tokens will not survive a restart "
                    + "and are not accepted by other instances");
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MIN_SECRET_BYTES) {
                throw new IllegalStateException("ADMIN_JWT_SECRET must be at least " + MIN_SECRET_BYTES + " bytes");
            }
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    /**
     * A token as handed to the panel.
     *
     * @param token the compact JWT
     * @param expiresIn its lifetime in seconds
     * @param expiresAt when it stops being accepted
     */
    public record IssuedToken(String token, long expiresIn, Instant expiresAt) {
    }
}
