package com.annavaram.user.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/cart/items}: a product id or slug and how many units to add (one when absent). */
public record CartItemRequest(
        @NotBlank(message = "productId is required") @Size(max = 200, message = "productId is too long") String productId,
        @Min(value = 1, message = "quantity must be at least 1") @Max(value = PurchaseLimits.MAX_LINE_QUANTITY, message = "quantity must be at most 100") Integer quantity) {
}
