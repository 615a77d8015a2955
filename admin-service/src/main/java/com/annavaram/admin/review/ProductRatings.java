package com.annavaram.admin.review;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.annavaram.admin.config.mongo.AliasedUpdates;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.review.Review;
import com.mongodb.client.model.Projections;

/**
 * Keeps a product's {@code averageRating} (one decimal) and {@code reviewCount} equal to its visible reviews: approved
 * and not deleted. Called after every review write; the storefront reads the two fields as they are stored.
 */
@Component
public class ProductRatings {

    private final MongoTemplate mongo;
    private final AliasedUpdates updates;

    ProductRatings(MongoTemplate mongo, AliasedUpdates updates) {
        this.mongo = mongo;
        this.updates = updates;
    }

    /** Recomputes the figures of {@code productId} from its reviews as they are now. */
    public void recompute(ObjectId productId) {
        if (productId == null) {
            return;
        }
        long count = 0;
        long sum = 0;
        for (Document review : mongo.getCollection(Review.COLLECTION)
                .find(and(or(eq(Review.PRODUCT_ID, productId), eq(Review.PRODUCT, productId)),
                        ne(Review.IS_APPROVED, false), ne(Review.IS_DELETED, true)))
                .projection(Projections.include(Review.RATING))) {
            if (review.get(Review.RATING) instanceof Number rating) {
                count++;
                sum += rating.longValue();
            }
        }
        double average = count == 0
                ? 0.0
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP).doubleValue();
        Document product = updates.current(Product.COLLECTION, productId);
        if (product == null) {
            return;
        }
        updates.updateOne(Product.COLLECTION, eq(Product._ID, productId), new Document("$set",
                new Document(Product.AVERAGE_RATING, average).append(Product.REVIEW_COUNT, (int) count)), product);
    }
}
