package com.annavaram.user.account.otp;

import java.util.function.Function;

import com.annavaram.model.customer.OtpState;
import com.annavaram.model.customer.User;

/** The separate one-time-password buckets of a user: a code from one never works in another. */
public enum OtpBucket {

    EMAIL_VERIFICATION(User.EMAIL_VERIFICATION, User::getEmailVerification), PASSWORD_RESET(User.PASSWORD_RESET,
            User::getPasswordReset), EMAIL_CHANGE(User.EMAIL_CHANGE, User::getEmailChange);

    private final String field;
    private final Function<User, OtpState> state;

    OtpBucket(String field, Function<User, OtpState> state) {
        this.field = field;
        this.state = state;
    }

    /** The field of the user document that holds this bucket. */
    public String field() {
        return field;
    }

    /** A path inside this bucket, such as {@code emailVerification.attempts}. */
    public String path(String member) {
        return field + "." + member;
    }

    public OtpState of(User user) {
        return state.apply(user);
    }
}
