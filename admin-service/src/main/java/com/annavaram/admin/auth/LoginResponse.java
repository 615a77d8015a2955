package com.annavaram.admin.auth;

import java.time.Instant;

/**
 * What A1 reads: {@code data.token}, stored as {@code adminToken}, and {@code data.admin}, stored as
 * {@code adminUser}.
 */
record LoginResponse(String token, String tokenType, long expiresIn, Instant expiresAt, AdminSummary admin) {

    /** The logged-in admin, the one object the panel reads with {@code id} rather than {@code _id}. */
    record AdminSummary(String id, String email, AdminRole role) {
    }
}
