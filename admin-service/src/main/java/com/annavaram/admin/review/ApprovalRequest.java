package com.annavaram.admin.review;

import jakarta.validation.constraints.NotNull;

/** {@code PATCH /api/reviews/{id}/approval}: show the review to shoppers, or hide it. */
record ApprovalRequest(@NotNull Boolean isApproved) {
}
