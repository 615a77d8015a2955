package com.annavaram.user.review;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.annavaram.model.bson.Refs;
import com.annavaram.model.review.Review;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/** Reviews through Panache, with the shared codecs applying the save and load hooks. */
@ApplicationScoped
public class ReviewRepository implements PanacheMongoRepositoryBase<ReviewEntity, ObjectId> {

    /** Reviews of a product under either name of the pair (legacy storefront reviews have only {@code product}). */
    static Bson ofProduct(ObjectId product) {
        return or(eq(Review.PRODUCT_ID, product), eq(Review.PRODUCT, product));
    }

    static Bson byUser(ObjectId user) {
        return or(eq(Review.USER_ID, user), eq(Review.USER, user));
    }

    /** The customer's review of a product, deleted or not. */
    Optional<ReviewEntity> of(ObjectId user, ObjectId product) {
        return Optional.ofNullable(mongoCollection().find(or(
                and(eq(Review.PRODUCT_ID, product), eq(Review.USER_ID, user)),
                and(eq(Review.PRODUCT, product), eq(Review.USER, user)))).first());
    }

    /** One of the customer's reviews that is not deleted; anyone else's is not found. */
    Optional<ReviewEntity> owned(ObjectId user, String id) {
        return Refs.parse(id).map(reviewId -> mongoCollection().find(and(eq(Review._ID, reviewId), byUser(user),
                ne(Review.IS_DELETED, true))).first());
    }
}
