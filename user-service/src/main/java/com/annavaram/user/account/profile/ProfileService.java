package com.annavaram.user.account.profile;

import java.time.Instant;

import jakarta.inject.Singleton;

import com.annavaram.model.customer.User;
import com.annavaram.user.account.Emails;
import com.annavaram.user.account.UserEntity;
import com.annavaram.user.account.UserRepository;
import com.annavaram.user.account.mail.AccountMailer;
import com.annavaram.user.account.otp.OtpBucket;
import com.annavaram.user.account.otp.OtpService;
import com.annavaram.user.error.ApiException;
import com.mongodb.client.model.Updates;

/**
 * The phone number and the e-mail change. A new address is proven with a code sent to it, from its own bucket, so a
 * pending change never touches the sign-up verification.
 */
@Singleton
public class ProfileService {

    public static final String SAME_EMAIL = "This is already your email address.";
    public static final String EMAIL_TAKEN = "An account with this email already exists.";
    public static final String NOT_PENDING = "No email change is pending for this address. Please request a new code.";

    private final UserRepository users;
    private final OtpService otps;
    private final AccountMailer mailer;

    ProfileService(UserRepository users, OtpService otps, AccountMailer mailer) {
        this.users = users;
        this.otps = otps;
        this.mailer = mailer;
    }

    public UserEntity changePhone(UserEntity user, String phone, Instant now) {
        users.update(user.getId(), Updates.set(User.PHONE, phone.trim()), now);
        return users.reload(user.getId());
    }

    /** Remembers the new address as pending and mails it a code (400, 409 or 429 as the storefront expects). */
    public void requestEmailChange(UserEntity user, String rawEmail, Instant now) {
        String email = Emails.normalize(rawEmail);
        if (email.equals(user.getEmail())) {
            throw ApiException.badRequest(SAME_EMAIL);
        }
        if (users.emailTaken(email)) {
            throw ApiException.conflict(EMAIL_TAKEN);
        }
        String code = otps.issue(user, OtpBucket.EMAIL_CHANGE, now, Updates.set(User.PENDING_EMAIL, email));
        mailer.sendEmailChange(email, user.getFullName(), code, otps.ttl());
    }

    /** Moves the account to the pending address once its code is right. */
    public UserEntity verifyEmailChange(UserEntity user, VerifyEmailChangeRequest request, Instant now) {
        String email = Emails.normalize(request.newEmail());
        if (!email.equals(user.getPendingEmail())) {
            throw ApiException.badRequest(NOT_PENDING);
        }
        try {
            otps.consume(user, OtpBucket.EMAIL_CHANGE, request.otp(), now, Updates.set(User.EMAIL, email),
                    Updates.unset(User.PENDING_EMAIL), Updates.set(User.EMAIL_VERIFIED, true),
                    Updates.set(User.EMAIL_VERIFIED_AT, now));
        } catch (RuntimeException e) {
            if (UserRepository.isDuplicateKey(e)) {
                throw ApiException.conflict(EMAIL_TAKEN);
            }
            throw e;
        }
        return users.reload(user.getId());
    }
}
