package com.annavaram.user.account.password;

import java.time.Instant;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.annavaram.model.customer.User;
import com.annavaram.user.account.Emails;
import com.annavaram.user.account.Passwords;
import com.annavaram.user.account.UserEntity;
import com.annavaram.user.account.UserRepository;
import com.annavaram.user.account.mail.AccountMailer;
import com.annavaram.user.account.otp.OtpBucket;
import com.annavaram.user.account.otp.OtpService;
import com.annavaram.user.account.otp.SendThrottle;
import com.annavaram.user.account.session.LoginService;
import com.annavaram.user.account.session.SessionService;
import com.annavaram.user.error.ApiException;
import com.mongodb.client.model.Updates;

/** Forgotten passwords: a code by e-mail, then a new password that ends every existing session. */
@Singleton
public class PasswordResetService {

    private static final Logger LOG = Logger.getLogger(PasswordResetService.class);

    private final UserRepository users;
    private final Passwords passwords;
    private final OtpService otps;
    private final SendThrottle throttle;
    private final AccountMailer mailer;
    private final SessionService sessions;

    PasswordResetService(UserRepository users, Passwords passwords, OtpService otps, SendThrottle throttle,
            AccountMailer mailer, SessionService sessions) {
        this.users = users;
        this.passwords = passwords;
        this.otps = otps;
        this.throttle = throttle;
        this.mailer = mailer;
        this.sessions = sessions;
    }

    /** Mails a reset code if the address belongs to an active account; the answer is the same either way. */
    public void forgot(String rawEmail, Instant now) {
        String email = Emails.normalize(rawEmail);
        throttle.acquire(OtpBucket.PASSWORD_RESET, email, now);
        UserEntity user = users.findByEmail(email).orElse(null);
        if (user == null || Boolean.FALSE.equals(user.getIsActive())) {
            return;
        }
        if (otps.sendBlocked(user, OtpBucket.PASSWORD_RESET, now).isPresent()) {
            LOG.infof("reset code for user %s not sent: send limit reached", user.getId());
            return;
        }
        String code = otps.issue(user, OtpBucket.PASSWORD_RESET, now);
        try {
            mailer.sendPasswordReset(email, user.getFullName(), code, otps.ttl());
        } catch (ApiException e) {
            // Already logged; answering differently would tell that the account exists.
        }
    }

    /**
     * Sets the new password when the code is right. The code proves the mailbox, so the e-mail counts as verified,
     * and a lockout ends; every session of the account is revoked and the caller opens a new one.
     */
    public UserEntity reset(ResetPasswordRequest request, Instant now) {
        String hash = passwords.hash(request.newPassword());
        UserEntity user = users.findByEmail(Emails.normalize(request.email()))
                .orElseThrow(() -> ApiException.badRequest(OtpService.WRONG));
        otps.consume(user, OtpBucket.PASSWORD_RESET, request.otp(), now, Updates.set(User.PASSWORD_HASH, hash),
                Updates.set(User.FAILED_LOGINS, 0), Updates.unset(User.LOCKED_UNTIL),
                Updates.set(User.EMAIL_VERIFIED, true),
                Updates.set(User.EMAIL_VERIFIED_AT, user.getEmailVerifiedAt() == null
                        ? now
                        : user.getEmailVerifiedAt()));
        long revoked = sessions.revokeAll(user.getId(), SessionService.PASSWORD_RESET, null, now);
        LOG.infof("password of user %s reset; %d sessions revoked", user.getId(), revoked);
        if (Boolean.FALSE.equals(user.getIsActive())) {
            throw ApiException.forbidden(LoginService.DISABLED);
        }
        return users.reload(user.getId());
    }
}
