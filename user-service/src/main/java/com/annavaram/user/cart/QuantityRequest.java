package com.annavaram.user.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {@code PATCH /api/cart/items/{id}}: the line's new quantity; 0 removes it. */
public record QuantityRequest(
        @NotNull(message = "quantity is required") @Min(value = 0, message = "quantity must not be negative") @Max(value = PurchaseLimits.MAX_LINE_QUANTITY, message = "quantity must be at most 100") Integer quantity) {
}
