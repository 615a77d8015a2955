package com.annavaram.user.review;

import java.util.List;
import java.util.Map;

/** S18: one page of a product's visible reviews, the figures over all of them, and the page. */
public record ReviewsPage(List<ReviewView> reviews, Stats stats, Pagination pagination) {

    /** {@code averageRating} a number to one decimal, as the product stores it. */
    public record Stats(double averageRating, int totalReviews, Map<String, Integer> ratingDistribution) {
    }

    public record Pagination(int page, int limit, long total, long totalPages) {
    }
}
