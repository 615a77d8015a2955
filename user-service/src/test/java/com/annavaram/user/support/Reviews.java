package com.annavaram.user.support;

import java.time.Instant;

import org.bson.types.ObjectId;

import com.annavaram.user.review.ReviewEntity;

/** Object mother for reviews. */
public final class Reviews {

    public static final String DEFAULT_TEXT = "Tastes exactly like the prasadam at the temple.";

    private Reviews() {
    }

    /** Every field set, both names of every pair equal. */
    public static ReviewEntity fiveStars() {
        ObjectId product = new ObjectId();
        ObjectId customer = new ObjectId();
        ReviewEntity review = new ReviewEntity();
        review.setUserId(customer);
        review.setUser(customer);
        review.setProductId(product);
        review.setProduct(product);
        review.setRating(5);
        review.setTitle("Authentic");
        review.setReviewText(DEFAULT_TEXT);
        review.setComment(DEFAULT_TEXT);
        review.setIsVerifiedPurchase(true);
        review.setIsApproved(true);
        review.setIsDeleted(false);
        review.setHelpfulCount(7);
        review.setDeletedAt(Instant.parse("2026-01-01T00:00:00.001Z"));
        review.setModeratedBy(new ObjectId());
        review.setCreatedAt(Instant.parse("2025-12-24T18:30:00.500Z"));
        return review;
    }
}
