package com.annavaram.admin.auth;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An admin as the API shows it: never the password hash. */
record AdminResponse(@JsonProperty("_id") String id, String email, String role, boolean isActive,
        Instant lastLoginAt, Instant lockedUntil, Instant createdAt, Instant updatedAt) {
}
