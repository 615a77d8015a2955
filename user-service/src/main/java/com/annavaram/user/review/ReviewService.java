package com.annavaram.user.review;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.model.review.Review;
import com.annavaram.user.account.UserRepository;
import com.annavaram.user.catalog.ProductCatalog;
import com.annavaram.user.catalog.ProductEntity;
import com.annavaram.user.catalog.ProductRatings;
import com.annavaram.user.config.AliasedUpdates;
import com.annavaram.user.error.ApiException;
import com.annavaram.user.web.Paging;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

/**
 * Reviews on the product page (S18–S21). One per product and customer (a unique index); shown and counted only when
 * approved and not deleted; after every write the product's stored {@code averageRating}/{@code reviewCount} are
 * recomputed with the admin's formula. Whole reviews are written through the codec's save hook and edits through the
 * update expander, so {@code comment}/{@code reviewText} and the id pairs stay equal.
 */
@Singleton
class ReviewService {

    static final String NOT_FOUND = "Review not found";
    static final String ALREADY = "You have already reviewed this product";
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final ReviewRepository reviews;
    private final ReviewViews views;
    private final ProductCatalog catalog;
    private final ProductRatings ratings;
    private final VerifiedPurchases purchases;
    private final AliasedUpdates updates;

    ReviewService(ReviewRepository reviews, ReviewViews views, ProductCatalog catalog, ProductRatings ratings,
            VerifiedPurchases purchases, AliasedUpdates updates) {
        this.reviews = reviews;
        this.views = views;
        this.catalog = catalog;
        this.ratings = ratings;
        this.purchases = purchases;
        this.updates = updates;
    }

    ReviewsPage ofProduct(String productIdOrSlug, String page, String limit) {
        ProductEntity product = product(productIdOrSlug);
        Paging paging = Paging.of(page, limit == null || limit.isBlank() ? String.valueOf(DEFAULT_LIMIT) : limit,
                MAX_LIMIT);
        var visible = and(ReviewRepository.ofProduct(product.getId()), ProductRatings.visible());
        List<ReviewEntity> found = reviews.mongoCollection().find(visible)
                .sort(Sorts.descending(Review.CREATED_AT, Review._ID)).skip(paging.skip()).limit(paging.limit())
                .into(new ArrayList<>());
        Map<String, Integer> distribution = new LinkedHashMap<>();
        for (int rating = 1; rating <= 5; rating++) {
            distribution.put(String.valueOf(rating), 0);
        }
        long sum = 0;
        int count = 0;
        for (Document review : reviews.mongoCollection().withDocumentClass(Document.class).find(visible)
                .projection(Projections.include(Review.RATING))) {
            if (review.get(Review.RATING) instanceof Number rating) {
                sum += rating.longValue();
                count++;
                distribution.computeIfPresent(String.valueOf(rating.intValue()), (k, n) -> n + 1);
            }
        }
        ReviewsPage.Stats stats = new ReviewsPage.Stats(ProductRatings.average(sum, count), count, distribution);
        long total = reviews.mongoCollection().countDocuments(visible);
        return new ReviewsPage(views.of(found, false), stats, new ReviewsPage.Pagination(paging.page(), paging.limit(),
                total, (total + paging.limit() - 1) / paging.limit()));
    }

    ReviewView create(ObjectId user, ReviewRequest request) {
        ProductEntity product = product(request.productId());
        boolean verified = purchases.has(user, product.getId());
        ReviewEntity existing = reviews.of(user, product.getId()).orElse(null);
        if (existing != null) {
            // A review the customer deleted may be written again; one the admin moderated away may not.
            if (!Boolean.TRUE.equals(existing.getIsDeleted()) || existing.getModeratedBy() != null) {
                throw ApiException.conflict(ALREADY);
            }
            Document set = new Document(Review.RATING, request.rating()).append(Review.TITLE, clean(request.title()))
                    .append(Review.COMMENT, clean(request.comment())).append(Review.IS_DELETED, false)
                    .append(Review.IS_VERIFIED_PURCHASE, verified);
            write(existing.getId(), set, Review.DELETED_AT);
            return refreshed(existing.getId(), product.getId());
        }
        ReviewEntity review = new ReviewEntity();
        review.setUserId(user);
        review.setUser(user);
        review.setProductId(product.getId());
        review.setProduct(product.getId());
        review.setRating(request.rating());
        review.setTitle(clean(request.title()));
        review.setComment(clean(request.comment()));
        review.setReviewText(clean(request.comment()));
        review.setIsVerifiedPurchase(verified);
        review.setIsApproved(true);
        review.setIsDeleted(false);
        review.setHelpfulCount(0);
        try {
            reviews.persist(review);
        } catch (RuntimeException e) {
            if (UserRepository.isDuplicateKey(e)) {
                throw ApiException.conflict(ALREADY);
            }
            throw e;
        }
        return refreshed(review.getId(), product.getId());
    }

    ReviewView update(ObjectId user, String id, ReviewUpdateRequest request) {
        ReviewEntity review = reviews.owned(user, id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        if (request.rating() == null && request.title() == null && request.comment() == null) {
            throw ApiException.badRequest("Nothing to change: send rating, title or comment.");
        }
        write(review.getId(), texts(request.rating(), request.title(), request.comment()), null);
        return refreshed(review.getId(), review.getProductId());
    }

    void delete(ObjectId user, String id) {
        ReviewEntity review = reviews.owned(user, id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        write(review.getId(), new Document(Review.IS_DELETED, true).append(Review.DELETED_AT, now()), null);
        ratings.recompute(review.getProductId());
    }

    /** The customer's reviews that are not deleted, newest first, with their products. */
    List<ReviewView> mine(ObjectId user) {
        List<ReviewEntity> found = reviews.mongoCollection()
                .find(and(ReviewRepository.byUser(user), ne(Review.IS_DELETED, true)))
                .sort(Sorts.descending(Review.CREATED_AT, Review._ID)).into(new ArrayList<>());
        return views.of(found, true);
    }

    private ProductEntity product(String idOrSlug) {
        return catalog.resolve(idOrSlug).filter(p -> !Boolean.TRUE.equals(p.getIsDeleted()))
                .orElseThrow(() -> ApiException.notFound(ProductCatalog.NOT_FOUND));
    }

    /** A partial update through the expander: {@code comment} is written under both names. */
    private void write(ObjectId id, Document set, String unset) {
        Document raw = updates.current(Review.COLLECTION, id);
        set.put(Review.UPDATED_AT, now());
        Document update = new Document("$set", set);
        if (unset != null) {
            update.append("$unset", new Document(unset, ""));
        }
        updates.updateOne(Review.COLLECTION, eq(Review._ID, id), update, raw);
    }

    private ReviewView refreshed(ObjectId reviewId, ObjectId productId) {
        ratings.recompute(productId);
        return views.of(List.of(reviews.findById(reviewId)), false).get(0);
    }

    private static Document texts(Integer rating, String title, String comment) {
        Document set = new Document();
        if (rating != null) {
            set.put(Review.RATING, rating);
        }
        if (title != null) {
            set.put(Review.TITLE, clean(title));
        }
        if (comment != null) {
            set.put(Review.COMMENT, clean(comment));
        }
        return set;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Date now() {
        return Date.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
