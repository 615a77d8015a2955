package com.annavaram.user.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new review (S19): the product by id or slug, a whole rating from 1 to 5, an optional title and comment. */
public record ReviewRequest(
        @NotBlank(message = "productId is required") @Size(max = 200, message = "productId is too long") String productId,
        @NotNull(message = "rating is required") @Min(value = 1, message = "rating must be from 1 to 5") @Max(value = 5, message = "rating must be from 1 to 5") Integer rating,
        @Size(max = 100, message = "title must be at most 100 characters") String title,
        @Size(max = 1000, message = "comment must be at most 1000 characters") String comment) {
}
