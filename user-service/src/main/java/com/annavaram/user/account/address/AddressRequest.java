package com.annavaram.user.account.address;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.annavaram.user.account.Fields;

/** An address as the checkout form sends it (S10, S11). */
public record AddressRequest(@Size(max = 50, message = "Label must be at most 50 characters.") String label,
        @Size(max = Fields.NAME_MAX, message = "Contact name must be at most 100 characters.") String contactName,
        @Pattern(regexp = Fields.OPTIONAL_PHONE_PATTERN, message = Fields.PHONE_INVALID) String phone,
        @NotBlank(message = "Address line 1 is required.") @Size(max = 200, message = "Address line 1 must be at most 200 characters.") String line1,
        @Size(max = 200, message = "Address line 2 must be at most 200 characters.") String line2,
        @NotBlank(message = "City is required.") @Size(max = 100, message = "City must be at most 100 characters.") String city,
        @NotBlank(message = "State is required.") @Size(max = 100, message = "State must be at most 100 characters.") String state,
        @NotBlank(message = "Postal code is required.") @Pattern(regexp = "^\\s*[A-Za-z0-9][A-Za-z0-9 -]{2,11}\\s*$", message = "Postal code must be 3 to 12 letters or digits.") String postalCode,
        @Size(max = 56, message = "Country must be at most 56 characters.") String country, Boolean isDefault) {
}
