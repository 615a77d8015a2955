package com.annavaram.user.account.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.annavaram.user.account.Emails;
import com.annavaram.user.account.Fields;

/** {@code POST /api/auth/email/request-change} (S14). */
public record EmailChangeRequest(
        @NotBlank(message = Fields.EMAIL_REQUIRED) @Size(max = Emails.MAX_LENGTH, message = Fields.EMAIL_INVALID) @Pattern(regexp = Emails.PATTERN, message = Fields.EMAIL_INVALID) String newEmail) {
}
