package com.annavaram.user.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A body with only an e-mail address: {@code resend-otp} (S3) and {@code forgot-password} (S6). */
public record EmailRequest(
        @NotBlank(message = Fields.EMAIL_REQUIRED) @Size(max = Emails.MAX_LENGTH, message = Fields.EMAIL_INVALID) @Pattern(regexp = Emails.PATTERN, message = Fields.EMAIL_INVALID) String email) {
}
