package com.annavaram.user.account.google;

import java.time.Instant;
import java.util.ArrayList;

import jakarta.inject.Singleton;

import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import com.annavaram.model.customer.User;
import com.annavaram.user.account.Emails;
import com.annavaram.user.account.Fields;
import com.annavaram.user.account.UserEntity;
import com.annavaram.user.account.UserMapper;
import com.annavaram.user.account.UserRepository;
import com.annavaram.user.account.session.LoginService;
import com.annavaram.user.error.ApiException;
import com.mongodb.client.model.Updates;

/**
 * Signs in with a verified Google identity: the account already linked to the Google subject, else the account with
 * the same e-mail (linked now, but only when Google vouches for the address), else a new account.
 */
@Singleton
public class GoogleSignInService {

    public static final String UNVERIFIED = "Google has not verified this email address. Please sign in with your "
            + "password.";
    public static final String NO_EMAIL = "Google did not share an email address for this account.";
    public static final String OTHER_GOOGLE = "This account is linked to a different Google account.";
    static final String EMAIL_TAKEN = "An account with this email already exists.";

    private static final Logger LOG = Logger.getLogger(GoogleSignInService.class);

    private final UserRepository users;

    GoogleSignInService(UserRepository users) {
        this.users = users;
    }

    public UserEntity signIn(GoogleIdentity google, Instant now) {
        UserEntity linked = users.findByGoogleId(google.subject()).orElse(null);
        if (linked != null) {
            return active(linked);
        }
        String email = Emails.normalize(google.email());
        if (email == null || email.isBlank()) {
            throw ApiException.unauthorized(NO_EMAIL);
        }
        if (!google.emailVerified()) {
            // Never trust an unverified address, neither to link an account nor to claim it for a new one.
            throw ApiException.forbidden(UNVERIFIED);
        }
        UserEntity existing = users.findByEmail(email).orElse(null);
        if (existing != null) {
            if (existing.getGoogleId() != null && !existing.getGoogleId().equals(google.subject())) {
                throw ApiException.forbidden(OTHER_GOOGLE);
            }
            active(existing);
            users.update(existing.getId(), Updates.combine(Updates.set(User.GOOGLE_ID, google.subject()),
                    Updates.set(User.EMAIL_VERIFIED, true), Updates.set(User.EMAIL_VERIFIED_AT,
                            existing.getEmailVerifiedAt() == null ? now : existing.getEmailVerifiedAt())),
                    now);
            LOG.infof("user %s linked to a Google account", existing.getId());
            return users.reload(existing.getId());
        }
        return create(google, email, now);
    }

    private UserEntity create(GoogleIdentity google, String email, Instant now) {
        UserEntity user = new UserEntity();
        user.setId(new ObjectId());
        user.setFullName(name(google.name(), email));
        user.setEmail(email);
        user.setGoogleId(google.subject());
        user.setRole(UserMapper.DEFAULT_ROLE);
        user.setAddresses(new ArrayList<>());
        user.setIsActive(true);
        user.setEmailVerified(true);
        user.setEmailVerifiedAt(now);
        user.setFailedLogins(0);
        try {
            users.persist(user);
        } catch (RuntimeException e) {
            if (UserRepository.isDuplicateKey(e)) {
                throw ApiException.conflict(EMAIL_TAKEN);
            }
            throw e;
        }
        return user;
    }

    private static UserEntity active(UserEntity user) {
        if (Boolean.FALSE.equals(user.getIsActive())) {
            throw ApiException.forbidden(LoginService.DISABLED);
        }
        return user;
    }

    private static String name(String name, String email) {
        String chosen = name == null || name.isBlank() ? email.substring(0, email.indexOf('@')) : name.trim();
        return chosen.length() > Fields.NAME_MAX ? chosen.substring(0, Fields.NAME_MAX) : chosen;
    }
}
