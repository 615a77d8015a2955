package com.annavaram.user.account;

/** Shared limits and patterns of account input, so every request record validates the same way. */
public final class Fields {

    public static final int NAME_MAX = 100;
    public static final int PASSWORD_MAX = 72;
    /** Digits with optional +, spaces, dashes and parentheses. */
    public static final String PHONE_PATTERN = "^[0-9+()\\-\\s]{10,20}$";
    /** The signup form sends {@code ''} when the phone is left empty. */
    public static final String OPTIONAL_PHONE_PATTERN = "^$|" + PHONE_PATTERN;
    public static final String OTP_PATTERN = "^[0-9]{6}$";

    public static final String EMAIL_REQUIRED = "Email is required.";
    public static final String EMAIL_INVALID = "Please enter a valid email address.";
    public static final String OTP_INVALID = "The code must be 6 digits.";
    public static final String PASSWORD_SIZE = "Password must be between 8 and 72 characters.";
    public static final String PHONE_INVALID = "Phone number must be 10 to 20 digits (spaces, +, - and parentheses "
            + "allowed).";

    private Fields() {
    }
}
