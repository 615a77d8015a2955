package com.annavaram.admin.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of A18: one of the stored statuses, and optional notes ({@code ''} from the panel means none). */
record StatusChangeRequest(@NotBlank String status, @Size(max = OrderService.MAX_NOTES) String notes) {
}
