package com.annavaram.user.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** An edit of one's own review (S20); fields left out stay as they are. */
public record ReviewUpdateRequest(
        @Min(value = 1, message = "rating must be from 1 to 5") @Max(value = 5, message = "rating must be from 1 to 5") Integer rating,
        @Size(max = 100, message = "title must be at most 100 characters") String title,
        @Size(max = 1000, message = "comment must be at most 1000 characters") String comment) {
}
