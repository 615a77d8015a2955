package com.annavaram.user.account.signup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.annavaram.user.account.Emails;
import com.annavaram.user.account.Fields;

/** {@code POST /api/auth/signup} (S1). */
public record SignupRequest(
        @NotBlank(message = "Full name is required.") @Size(max = Fields.NAME_MAX, message = "Full name must be at most 100 characters.") String fullName,
        @NotBlank(message = Fields.EMAIL_REQUIRED) @Size(max = Emails.MAX_LENGTH, message = Fields.EMAIL_INVALID) @Pattern(regexp = Emails.PATTERN, message = Fields.EMAIL_INVALID) String email,
        @NotNull(message = "Password is required.") @Size(min = 8, max = Fields.PASSWORD_MAX, message = Fields.PASSWORD_SIZE) String password,
        @Pattern(regexp = Fields.OPTIONAL_PHONE_PATTERN, message = Fields.PHONE_INVALID) String phone) {
}
