package com.annavaram.admin.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import com.annavaram.admin.audit.AuditTrail;
import com.annavaram.admin.config.RateLimits;
import com.annavaram.admin.error.ApiException;
import com.annavaram.model.admin.Admin;

/**
 * Admin login: a per-address limit on attempts, a per-account lockout after repeated wrong passwords (kept in
 * {@code admins}, so it holds across instances), and one answer for every wrong e-mail, password or disabled account.
 */
@Service
class LoginService {

    static final String INVALID = "Invalid credentials";
    static final String LOCKED = "Too many failed login attempts. Try again later.";
    static final String THROTTLED = "Too many login attempts from this address. Try again later.";

    private static final Logger LOG = LoggerFactory.getLogger(LoginService.class);

    private final AdminRepository admins;
    private final PasswordEncoder passwords;
    private final AdminTokens tokens;
    private final AuthProperties properties;
    private final RateLimits rateLimits;
    private final AuditTrail audit;
    private final Clock clock;
    /** Compared against when the e-mail is unknown, so an unknown e-mail takes as long as a wrong password. */
    private final String decoyHash;

    LoginService(AdminRepository admins, PasswordEncoder passwords, AdminTokens tokens, AuthProperties properties,
            RateLimits rateLimits, AuditTrail audit, Clock clock) {
        this.admins = admins;
        this.passwords = passwords;
        this.tokens = tokens;
        this.properties = properties;
        this.rateLimits = rateLimits;
        this.audit = audit;
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy-password-never-matches");
    }

    LoginResponse login(LoginRequest request, String clientIp) {
        rateLimits.login(clientIp).ifPresent(wait -> {
            throw ApiException.tooManyRequests(THROTTLED, wait);
        });
        String email = normalise(request.email());
        Optional<Admin> found = admins.findByEmail(email);
        if (found.isEmpty()) {
            passwords.matches(request.password(), decoyHash);
            throw ApiException.unauthorized(INVALID);
        }
        Admin admin = found.get();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (admin.getLockedUntil() != null && admin.getLockedUntil().isAfter(now)) {
            throw ApiException.tooManyRequests(LOCKED, Duration.between(now, admin.getLockedUntil()));
        }
        boolean matches = admin.getPassword() != null && passwords.matches(request.password(), admin.getPassword());
        Optional<AdminRole> role = AdminRole.ofStored(admin.getRole());
        if (!matches || Boolean.FALSE.equals(admin.getIsActive()) || role.isEmpty()) {
            failed(admin, now);
            throw ApiException.unauthorized(INVALID);
        }
        String rehash = passwords.upgradeEncoding(admin.getPassword()) ? passwords.encode(request.password()) : null;
        admins.recordSuccess(admin.getId(), now, rehash);
        AdminRole granted = role.get();
        AdminTokens.IssuedToken token = tokens.issue(admin, granted);
        AdminPrincipal principal = new AdminPrincipal(admin.getId(), admin.getEmail(), granted);
        audit.record(principal, "auth.login", "admin", admin.getId(), null, Map.of("lastLoginAt", now));
        return new LoginResponse(token.token(), "Bearer", token.expiresIn(), token.expiresAt(),
                new LoginResponse.AdminSummary(admin.getId().toHexString(), admin.getEmail(), granted));
    }

    private void failed(Admin admin, Instant now) {
        int failures = admins.recordFailure(admin.getId());
        if (failures >= properties.maxFailedLogins()) {
            Instant until = now.plus(properties.lockout());
            admins.lock(admin.getId(), until);
            LOG.warn("admin {} locked until {} after {} failed logins", admin.getId(), until, failures);
            audit.record(null, "auth.lockout", "admin", admin.getId(), null, Map.of("lockedUntil", until));
        }
    }

    static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
