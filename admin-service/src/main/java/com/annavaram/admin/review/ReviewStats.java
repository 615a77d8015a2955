package com.annavaram.admin.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.annavaram.admin.product.ProductRef;
import com.annavaram.admin.product.ProductRefs;
import com.annavaram.model.review.Review;

/**
 * A21, over every review that is not deleted (approved or not: the reviews page lists them all): the mean rating to
 * one decimal, the distribution keyed {@code '1'}…{@code '5'} (every key present) and the reviews per product.
 */
@Component
class ReviewStats {

    private final MongoTemplate mongo;
    private final ProductRefs productRefs;

    ReviewStats(MongoTemplate mongo, ProductRefs productRefs) {
        this.mongo = mongo;
        this.productRefs = productRefs;
    }

    ReviewViews.Stats compute() {
        List<Review> reviews = mongo.find(Query.query(Criteria.where(Review.IS_DELETED).ne(true)), Review.class);
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (int rating = 1; rating <= 5; rating++) {
            distribution.put(Integer.toString(rating), 0L);
        }
        Map<ObjectId, long[]> byProduct = new LinkedHashMap<>();
        long sum = 0;
        long rated = 0;
        long approved = 0;
        for (Review review : reviews) {
            Integer rating = review.getRating();
            if (rating != null) {
                distribution.computeIfPresent(Integer.toString(rating), (k, n) -> n + 1);
                sum += rating;
                rated++;
            }
            if (!Boolean.FALSE.equals(review.getIsApproved())) {
                approved++;
            }
            if (review.getProductId() != null) {
                long[] figures = byProduct.computeIfAbsent(review.getProductId(), k -> new long[2]);
                figures[0]++;
                figures[1] += rating == null ? 0 : rating;
            }
        }
        Map<ObjectId, ProductRef> products = productRefs.of(byProduct.keySet());
        List<ReviewViews.ProductReviews> perProduct = new ArrayList<>();
        byProduct.forEach((productId, figures) -> {
            ProductRef product = products.get(productId);
            perProduct.add(new ReviewViews.ProductReviews(productId.toHexString(),
                    product == null ? null : product.name(), figures[0], oneDecimal(figures[1], figures[0])));
        });
        perProduct.sort(Comparator.comparingLong(ReviewViews.ProductReviews::count).reversed());
        return new ReviewViews.Stats(reviews.size(), oneDecimal(sum, rated), approved, reviews.size() - approved,
                distribution, perProduct);
    }

    static BigDecimal oneDecimal(long sum, long count) {
        return count == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
