package com.annavaram.user.account.mail;

import java.time.Duration;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.annavaram.user.error.ApiException;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * The account mails, through Quarkus Mailer: SMTP in production; with {@code MAIL_LOG=true}, in dev and in tests the
 * mailer's mock mode logs each mail (code included) and keeps it in the mock mailbox instead of sending it.
 */
@Singleton
public class AccountMailer {

    public static final String UNAVAILABLE = "We could not send the email right now. Please try again later.";
    public static final String VERIFY_SUBJECT = "Your Annavaram verification code";
    public static final String RESET_SUBJECT = "Your Annavaram password reset code";
    public static final String CHANGE_SUBJECT = "Confirm your new Annavaram email address";

    private static final Logger LOG = Logger.getLogger(AccountMailer.class);

    private final Mailer mailer;

    AccountMailer(Mailer mailer) {
        this.mailer = mailer;
    }

    public void sendVerification(String to, String name, String code, Duration validity) {
        send(to, VERIFY_SUBJECT, greeting(name) + "Your verification code is " + code + ".\n\n" + footer(validity));
    }

    public void sendPasswordReset(String to, String name, String code, Duration validity) {
        send(to, RESET_SUBJECT, greeting(name) + "Your password reset code is " + code + ".\n\n"
                + "If you did not ask to reset your password, ignore this mail; your password stays as it is.\n\n"
                + footer(validity));
    }

    public void sendEmailChange(String to, String name, String code, Duration validity) {
        send(to, CHANGE_SUBJECT, greeting(name) + "Your code to confirm this new email address is " + code
                + ".\n\n" + footer(validity));
    }

    /** Sends one mail; a failure is a 503 for the caller, whose own state decides what to undo. */
    private void send(String to, String subject, String text) {
        try {
            mailer.send(Mail.withText(to, subject, text));
        } catch (RuntimeException e) {
            LOG.errorf(e, "mail '%s' could not be sent", subject);
            throw new ApiException(503, UNAVAILABLE);
        }
    }

    private static String greeting(String name) {
        return "Hello" + (name == null || name.isBlank() ? "" : " " + name.trim()) + ",\n\n";
    }

    private static String footer(Duration validity) {
        return "The code is valid for " + validity.toMinutes() + " minutes. Never share it with anyone.\n\n"
                + "Online Annavaram";
    }
}
