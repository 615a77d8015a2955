package com.annavaram.user.account.google;

/** What a verified Google ID token says about its holder. */
public record GoogleIdentity(String subject, String email, boolean emailVerified, String name) {
}
