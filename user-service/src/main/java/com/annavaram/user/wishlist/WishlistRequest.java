package com.annavaram.user.wishlist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A product id or slug to put on, or take off, the wishlist. */
public record WishlistRequest(
        @NotBlank(message = "productId is required") @Size(max = 200, message = "productId is too long") String productId) {
}
