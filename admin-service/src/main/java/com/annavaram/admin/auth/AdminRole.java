package com.annavaram.admin.auth;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The two kinds of admin: {@code super_admin} also manages the other admins. */
public enum AdminRole {

    SUPER_ADMIN("super_admin"), ADMIN("admin");

    private final String stored;

    AdminRole(String stored) {
        this.stored = stored;
    }

    @JsonValue
    public String stored() {
        return stored;
    }

    /** The Spring Security authority of the role, checked by the URL rules. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** A stored value; the legacy schema's only role, and its default, was {@code super_admin}. */
    public static Optional<AdminRole> ofStored(String value) {
        if (value == null) {
            return Optional.of(SUPER_ADMIN);
        }
        return Arrays.stream(values()).filter(r -> r.stored.equals(value)).findFirst();
    }

    /** A value from a request: exactly one of the stored words. */
    public static Optional<AdminRole> ofRequest(String value) {
        return Arrays.stream(values()).filter(r -> r.stored.equals(value)).findFirst();
    }
}
