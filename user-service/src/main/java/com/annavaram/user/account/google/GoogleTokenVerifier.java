package com.annavaram.user.account.google;

import java.util.Optional;
import java.util.Set;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import com.annavaram.user.account.AccountConfig;
import com.annavaram.user.error.ApiException;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies Google ID tokens: RS256 signatures against Google's key set ({@code GOOGLE_JWKS_URL}, cached and refreshed
 * by SmallRye JWT), the audience is our {@code GOOGLE_CLIENT_ID}, the issuer is Google, and the token is not expired.
 */
@Singleton
public class GoogleTokenVerifier {

    static final Set<String> ISSUERS = Set.of("accounts.google.com", "https://accounts.google.com");
    static final String INVALID = "Google sign-in failed: the token is not valid.";

    private static final Logger LOG = Logger.getLogger(GoogleTokenVerifier.class);
    private static final int JWKS_REFRESH_MINUTES = 60;
    private static final int CLOCK_SKEW_SECONDS = 60;

    private final Optional<String> clientId;
    private final JWTParser parser;

    GoogleTokenVerifier(AccountConfig config) {
        this.clientId = config.google().clientId().map(String::trim).filter(id -> !id.isEmpty());
        if (clientId.isPresent()) {
            JWTAuthContextInfo info = new JWTAuthContextInfo();
            info.setPublicKeyLocation(config.google().jwksUrl());
            info.setExpectedAudience(Set.of(clientId.get()));
            info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
            info.setJwksRefreshInterval(JWKS_REFRESH_MINUTES);
            info.setClockSkew(CLOCK_SKEW_SECONDS);
            // Two spellings of the issuer are valid, so it is checked below rather than by the parser.
            info.setIssuedBy(null);
            this.parser = new DefaultJWTParser(info);
            LOG.infof("Google sign-in enabled; keys from %s", config.google().jwksUrl());
        } else {
            this.parser = null;
        }
    }

    public boolean enabled() {
        return clientId.isPresent();
    }

    public GoogleIdentity verify(String idToken) {
        if (parser == null) {
            throw new IllegalStateException("Google sign-in is not enabled");
        }
        JsonWebToken token;
        try {
            token = parser.parse(idToken);
        } catch (ParseException e) {
            LOG.warnf("Google ID token refused: %s", rootMessage(e));
            throw ApiException.unauthorized(INVALID);
        }
        if (!ISSUERS.contains(token.getIssuer()) || token.getSubject() == null) {
            LOG.warnf("Google ID token refused: issuer %s", token.getIssuer());
            throw ApiException.unauthorized(INVALID);
        }
        Object verified = token.getClaim("email_verified");
        return new GoogleIdentity(token.getSubject(), token.getClaim("email"), isTrue(verified),
                token.getClaim("name"));
    }

    /** Google sends a boolean; older tokens carried the string {@code "true"}. */
    private static boolean isTrue(Object value) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        return value != null && "true".equalsIgnoreCase(value.toString().replace("\"", ""));
    }

    /** The reason without the token's claims (they hold personal data). */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int details = message.indexOf("Additional details:");
        if (details >= 0) {
            return message.substring(details);
        }
        return message.contains("claims->") ? root.getClass().getSimpleName() : message;
    }
}
