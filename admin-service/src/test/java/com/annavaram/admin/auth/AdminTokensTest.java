package com.annavaram.admin.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;

import com.annavaram.admin.fixture.Tokens;
import com.annavaram.model.admin.Admin;

class AdminTokensTest {

    private static final AuthProperties PROPERTIES = new AuthProperties(Tokens.SECRET, Duration.ofHours(8), null, null,
            4, 5, null);

    private final AdminTokens tokens = new AdminTokens(PROPERTIES, Clock.systemUTC());

    @Test
    void shouldIssueAnHs256TokenItAcceptsWithIssuerAudienceAndRole() {
        Admin admin = new Admin();
        admin.setId(new ObjectId());
        admin.setEmail("a@annavaram.test");

        AdminTokens.IssuedToken issued = tokens.issue(admin, AdminRole.ADMIN);
        Jwt jwt = tokens.decoder().decode(issued.token());

        assertThat(jwt.getHeaders()).containsEntry("alg", "HS256");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("annavaram-admin");
        assertThat(jwt.getAudience()).containsExactly("admin-api");
        assertThat(jwt.getSubject()).isEqualTo(admin.getId().toHexString());
        assertThat(jwt.getClaimAsString("role")).isEqualTo("admin");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void shouldRejectTheStorefrontsRs256Token() {
        assertThatThrownBy(() -> tokens.decoder().decode(Tokens.storefront(new ObjectId())))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void shouldRejectAnExpiredToken() {
        assertThatThrownBy(() -> tokens.decoder().decode(Tokens.expired(new ObjectId(), "a@x", "admin")))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void shouldRefuseALifetimeOverADayAndAShortSecret() {
        assertThatThrownBy(() -> new AuthProperties(Tokens.SECRET, Duration.ofHours(25), null, null, 4, 5, null))
                .isInstanceOf(IllegalStateException.class);
        AuthProperties shortSecret = new AuthProperties("too-short", Duration.ofHours(1), null, null, 4, 5, null);
        assertThatThrownBy(() -> new AdminTokens(shortSecret, Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldStillWorkWithARandomKeyWhenNoSecretIsSet() {
        AdminTokens random = new AdminTokens(new AuthProperties("", null, null, null, 4, 5, null), Clock.systemUTC());
        Admin admin = new Admin();
        admin.setId(new ObjectId());
        admin.setEmail("b@annavaram.test");

        String token = random.issue(admin, AdminRole.SUPER_ADMIN).token();

        assertThat(random.decoder().decode(token).getSubject()).isEqualTo(admin.getId().toHexString());
        assertThatThrownBy(() -> tokens.decoder().decode(token)).isInstanceOf(JwtException.class);
    }
}
