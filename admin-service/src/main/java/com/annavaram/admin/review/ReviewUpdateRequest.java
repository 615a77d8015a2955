package com.annavaram.admin.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The body of A22. The panel sends {@code comment}; {@code reviewText} (the legacy admin's name) is accepted too, and
 * when both are sent {@code comment} wins. Both names are stored either way.
 */
record ReviewUpdateRequest(@Min(1) @Max(5) Integer rating, @Size(max = 1000) String comment,
        @Size(max = 1000) String reviewText, @Size(max = 100) String title) {

    String text() {
        return comment != null ? comment : reviewText;
    }
}
