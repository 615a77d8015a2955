package com.annavaram.user.account.signup;

import java.time.Instant;
import java.util.ArrayList;

import jakarta.inject.Singleton;

import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import com.annavaram.model.customer.User;
import com.annavaram.user.account.Emails;
import com.annavaram.user.account.Passwords;
import com.annavaram.user.account.UserEntity;
import com.annavaram.user.account.UserMapper;
import com.annavaram.user.account.UserRepository;
import com.annavaram.user.account.mail.AccountMailer;
import com.annavaram.user.account.otp.OtpBucket;
import com.annavaram.user.account.otp.OtpService;
import com.annavaram.user.account.otp.SendThrottle;
import com.annavaram.user.account.session.LoginService;
import com.annavaram.user.error.ApiException;
import com.mongodb.client.model.Updates;

/** Sign-up with an e-mailed code, its verification, and sending the code again. */
@Singleton
public class SignupService {

    public static final String EMAIL_TAKEN = "An account with this email already exists.";
    public static final String ALREADY_VERIFIED = "This email is already verified. Please log in.";

    private static final Logger LOG = Logger.getLogger(SignupService.class);

    private final UserRepository users;
    private final Passwords passwords;
    private final OtpService otps;
    private final SendThrottle throttle;
    private final AccountMailer mailer;

    SignupService(UserRepository users, Passwords passwords, OtpService otps, SendThrottle throttle,
            AccountMailer mailer) {
        this.users = users;
        this.passwords = passwords;
        this.otps = otps;
        this.throttle = throttle;
        this.mailer = mailer;
    }

    /** Creates an unverified customer and mails the first code; nothing stays stored if the mail cannot go out. */
    public UserEntity signup(SignupRequest request, Instant now) {
        String email = Emails.normalize(request.email());
        if (users.emailTaken(email)) {
            throw ApiException.conflict(EMAIL_TAKEN);
        }
        UserEntity user = new UserEntity();
        user.setId(new ObjectId());
        user.setFullName(request.fullName().trim());
        user.setEmail(email);
        user.setPasswordHash(passwords.hash(request.password()));
        user.setPhone(request.phone() == null || request.phone().isBlank() ? null : request.phone().trim());
        user.setRole(UserMapper.DEFAULT_ROLE);
        user.setAddresses(new ArrayList<>());
        user.setIsActive(true);
        user.setEmailVerified(false);
        user.setFailedLogins(0);
        OtpService.Issued issued = otps.prepare(user.getId(), OtpBucket.EMAIL_VERIFICATION, null, now);
        user.setEmailVerification(issued.state());
        throttle.acquire(OtpBucket.EMAIL_VERIFICATION, email, now);
        try {
            users.persist(user);
        } catch (RuntimeException e) {
            if (UserRepository.isDuplicateKey(e)) {
                throw ApiException.conflict(EMAIL_TAKEN);
            }
            throw e;
        }
        try {
            mailer.sendVerification(email, user.getFullName(), issued.code(), otps.ttl());
        } catch (ApiException e) {
            users.deleteById(user.getId());
            throw e;
        }
        return user;
    }

    /** Checks the code and marks the e-mail verified; the caller opens the session. */
    public UserEntity verify(VerifyEmailRequest request, Instant now) {
        UserEntity user = users.findByEmail(Emails.normalize(request.email()))
                .orElseThrow(() -> ApiException.badRequest(OtpService.WRONG));
        if (Boolean.TRUE.equals(user.getEmailVerified())) {
            throw ApiException.badRequest(ALREADY_VERIFIED);
        }
        otps.consume(user, OtpBucket.EMAIL_VERIFICATION, request.otp(), now,
                Updates.set(User.EMAIL_VERIFIED, true), Updates.set(User.EMAIL_VERIFIED_AT, now));
        if (Boolean.FALSE.equals(user.getIsActive())) {
            throw ApiException.forbidden(LoginService.DISABLED);
        }
        return users.reload(user.getId());
    }

    /** Sends a new code if the address belongs to an unverified account; the answer is the same either way. */
    public void resend(String rawEmail, Instant now) {
        String email = Emails.normalize(rawEmail);
        throttle.acquire(OtpBucket.EMAIL_VERIFICATION, email, now);
        UserEntity user = users.findByEmail(email).orElse(null);
        if (user == null || Boolean.TRUE.equals(user.getEmailVerified()) || Boolean.FALSE.equals(
                user.getIsActive())) {
            return;
        }
        if (otps.sendBlocked(user, OtpBucket.EMAIL_VERIFICATION, now).isPresent()) {
            LOG.infof("verification code for user %s not sent: send limit reached", user.getId());
            return;
        }
        String code = otps.issue(user, OtpBucket.EMAIL_VERIFICATION, now);
        try {
            mailer.sendVerification(email, user.getFullName(), code, otps.ttl());
        } catch (ApiException e) {
            // Already logged; answering differently would tell that the account exists.
        }
    }
}
