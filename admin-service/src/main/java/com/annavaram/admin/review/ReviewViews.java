package com.annavaram.admin.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.annavaram.admin.product.ProductRef;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The review shapes of A19–A21. */
final class ReviewViews {

    private ReviewViews() {
    }

    /**
     * A19/A20 row: {@code productId} populated (or {@code null}), {@code userId} always a string, {@code rating} a
     * number, the text under both {@code comment} and {@code reviewText}.
     */
    record Row(@JsonProperty("_id") String id, ProductRef productId, String userId, Integer rating, String title,
            String comment, String reviewText, Boolean isApproved, Boolean isDeleted, Boolean isVerifiedPurchase,
            Integer helpfulCount, String moderatedBy, Instant deletedAt, Instant createdAt, Instant updatedAt) {
    }

    /**
     * A21, over the reviews that are not deleted.
     *
     * @param totalReviews reviews not deleted
     * @param averageRating their mean rating, one decimal, 0 when there are none
     * @param approvedReviews those shoppers see
     * @param pendingReviews those unapproved
     * @param ratingDistribution counts keyed {@code '1'}…{@code '5'}
     * @param reviewsByProduct one entry per reviewed product, most reviewed first
     */
    record Stats(long totalReviews, BigDecimal averageRating, long approvedReviews, long pendingReviews,
            Map<String, Long> ratingDistribution, List<ProductReviews> reviewsByProduct) {
    }

    record ProductReviews(@JsonProperty("_id") String productId, String productName, long count,
            BigDecimal averageRating) {
    }
}
