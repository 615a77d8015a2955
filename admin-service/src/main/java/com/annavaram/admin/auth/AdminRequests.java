package com.annavaram.admin.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the admin management endpoints (super_admin only). */
final class AdminRequests {

    private AdminRequests() {
    }

    /** {@code POST /api/admins}: {@code role} is {@code admin} (default) or {@code super_admin}. */
    record Create(@NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = AdminService.MIN_PASSWORD, max = AdminService.MAX_PASSWORD) String password,
            String role) {
    }

    /** {@code PATCH /api/admins/{id}}: enable or disable, or change the role. */
    record Update(Boolean isActive, String role) {
    }

    /** {@code POST /api/admins/{id}/reset-password}. */
    record ResetPassword(
            @NotBlank @Size(min = AdminService.MIN_PASSWORD, max = AdminService.MAX_PASSWORD) String password) {
    }
}
