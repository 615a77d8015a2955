package com.annavaram.user.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The checkout form (S28); the lines come from the customer's cart on the server. */
public record PlaceOrderRequest(@Valid @NotNull(message = "shippingAddress is required") Address shippingAddress,
        @Size(max = 500, message = "notes must be at most 500 characters") String notes) {

    /** Where the order goes; {@code name} is the checkout form's contact name. */
    public record Address(
            @NotBlank(message = "name is required") @Size(max = 100, message = "name is too long") String name,
            @Size(max = 20, message = "phone is too long") String phone,
            @NotBlank(message = "line1 is required") @Size(max = 200, message = "line1 is too long") String line1,
            @Size(max = 200, message = "line2 is too long") String line2,
            @NotBlank(message = "city is required") @Size(max = 100, message = "city is too long") String city,
            @NotBlank(message = "state is required") @Size(max = 100, message = "state is too long") String state,
            @NotBlank(message = "postalCode is required") @Size(max = 12, message = "postalCode is too long") String postalCode,
            @Size(max = 60, message = "country is too long") String country) {
    }
}
