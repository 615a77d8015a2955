package com.annavaram.user.account.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import com.annavaram.user.account.Fields;

/** {@code PUT /api/auth/phone} (S13). */
public record PhoneRequest(
        @NotBlank(message = "Phone number is required.") @Pattern(regexp = Fields.PHONE_PATTERN, message = Fields.PHONE_INVALID) String phone) {
}
