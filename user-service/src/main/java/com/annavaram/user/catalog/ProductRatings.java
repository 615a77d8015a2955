package com.annavaram.user.catalog;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.annavaram.model.catalog.Product;
import com.annavaram.model.review.Review;
import com.annavaram.user.config.AliasedUpdates;
import com.mongodb.client.model.Projections;

/**
 * A product's {@code averageRating} (one decimal, half up) and {@code reviewCount} over its visible reviews: approved
 * (a legacy review without the flag counts as approved, its default) and not deleted. The same figures and formula as
 * admin-service's {@code ProductRatings}: both services store them on the product after each review write, and the
 * catalogue reads them from there.
 */
@Singleton
public class ProductRatings {

    private final AliasedUpdates updates;

    ProductRatings(AliasedUpdates updates) {
        this.updates = updates;
    }

    /** The figures of one product. */
    public record Figures(double averageRating, int reviewCount) {

        public static final Figures NONE = new Figures(0.0, 0);
    }

    /** The filter of the reviews shoppers see and the figures count. */
    public static Bson visible() {
        return and(ne(Review.IS_APPROVED, false), ne(Review.IS_DELETED, true));
    }

    /** Recomputes and stores the figures of {@code productId} from its reviews as they are now. */
    public Figures recompute(ObjectId productId) {
        Figures figures = compute(List.of(productId)).getOrDefault(productId, Figures.NONE);
        Document product = updates.current(Product.COLLECTION, productId);
        if (product != null) {
            updates.updateOne(Product.COLLECTION, eq(Product._ID, productId), new Document("$set",
                    new Document(Product.AVERAGE_RATING, figures.averageRating()).append(Product.REVIEW_COUNT,
                            figures.reviewCount())),
                    product);
        }
        return figures;
    }

    /** The figures of several products in one query (for legacy products that do not store them yet). */
    public Map<ObjectId, Figures> compute(Collection<ObjectId> productIds) {
        Map<ObjectId, long[]> sums = new HashMap<>();
        if (productIds.isEmpty()) {
            return Map.of();
        }
        for (Document review : updates.collection(Review.COLLECTION)
                .find(and(or(in(Review.PRODUCT_ID, productIds), in(Review.PRODUCT, productIds)), visible()))
                .projection(Projections.include(Review.PRODUCT_ID, Review.PRODUCT, Review.RATING))) {
            Object product = review.get(Review.PRODUCT_ID) != null
                    ? review.get(Review.PRODUCT_ID)
                    : review.get(Review.PRODUCT);
            if (product instanceof ObjectId id && productIds.contains(id)
                    && review.get(Review.RATING) instanceof Number rating) {
                long[] sum = sums.computeIfAbsent(id, k -> new long[2]);
                sum[0]++;
                sum[1] += rating.longValue();
            }
        }
        Map<ObjectId, Figures> figures = new HashMap<>();
        for (ObjectId id : productIds) {
            long[] sum = sums.get(id);
            figures.put(id, sum == null ? Figures.NONE : new Figures(average(sum[1], sum[0]), (int) sum[0]));
        }
        return figures;
    }

    /** The mean to one decimal, half up; 0 without ratings. */
    public static double average(long sum, long count) {
        return count == 0
                ? 0.0
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
