package com.annavaram.user.account.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/auth/login}. Only presence and size are checked: a wrong shape is simply a failed login. */
public record LoginRequest(
        @NotBlank(message = "Email is required.") @Size(max = 254, message = "Email must be at most 254 characters.") String email,
        @NotBlank(message = "Password is required.") @Size(max = 1024, message = "Password is too long.") String password) {
}
