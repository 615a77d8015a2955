package com.annavaram.user.account;

import java.util.Locale;

/** E-mail addresses are stored and looked up trimmed and in lower case, as the legacy back end stored them. */
public final class Emails {

    /**
     * Deliberately simple: one {@code @}, a dot in the domain, no inner spaces (surrounding ones are trimmed); the
     * mailed code proves the rest.
     */
    public static final String PATTERN = "^\\s*[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+\\s*$";
    public static final int MAX_LENGTH = 254;

    private Emails() {
    }

    public static String normalize(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
