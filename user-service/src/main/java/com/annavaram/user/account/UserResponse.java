package com.annavaram.user.account;

import java.time.Instant;
import java.util.List;

/** The user as the storefront keeps it ({@code data.user}); ids are strings, times ISO-8601 UTC. */
public record UserResponse(String id, String fullName, String email, String phone, String role,
        boolean emailVerified, Instant createdAt, Instant updatedAt, List<AddressResponse> addresses) {
}
