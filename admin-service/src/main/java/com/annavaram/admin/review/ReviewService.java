package com.annavaram.admin.review;

import static com.mongodb.client.model.Filters.eq;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import com.annavaram.admin.audit.AuditTrail;
import com.annavaram.admin.auth.AdminPrincipal;
import com.annavaram.admin.config.mongo.AliasedUpdates;
import com.annavaram.admin.error.ApiException;
import com.annavaram.admin.product.ProductRef;
import com.annavaram.admin.product.ProductRefs;
import com.annavaram.admin.web.Paging;
import com.annavaram.model.review.Review;

/**
 * Reviews and their moderation: edit, soft delete, approve and unapprove. After every write the product's rating
 * figures are recomputed from its visible reviews.
 */
@Service
class ReviewService {

    static final String TARGET = "review";
    static final String NOT_FOUND = "Review not found";
    static final Map<String, String> SORTS = Map.of("createdAt", Review.CREATED_AT, "updatedAt", Review.UPDATED_AT,
            "rating", Review.RATING);

    private final MongoTemplate mongo;
    private final AliasedUpdates updates;
    private final ReviewMapper mapper;
    private final ProductRefs productRefs;
    private final ProductRatings ratings;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewService(MongoTemplate mongo, AliasedUpdates updates, ReviewMapper mapper, ProductRefs productRefs,
            ProductRatings ratings, AuditTrail audit, Clock clock) {
        this.mongo = mongo;
        this.updates = updates;
        this.mapper = mapper;
        this.productRefs = productRefs;
        this.ratings = ratings;
        this.audit = audit;
        this.clock = clock;
    }

    record Page(List<ReviewViews.Row> items, long total) {
    }

    /** A19 (and A20 with a product): newest first, deleted reviews only on request. */
    Page list(ObjectId productId, Integer rating, Boolean isApproved, boolean includeDeleted, String sortBy,
            String sortOrder, Paging paging) {
        Criteria criteria = filter(productId, rating, isApproved, includeDeleted);
        String key = sortBy == null || sortBy.isBlank() ? "createdAt" : sortBy;
        String field = SORTS.get(key);
        if (field == null) {
            throw ApiException.invalidParameter("sortBy", "must be one of " + String.join(", ", SORTS.keySet()));
        }
        Sort.Direction direction = sortOrder == null || sortOrder.isBlank() || sortOrder.equalsIgnoreCase("desc")
                ? Sort.Direction.DESC
                : sortOrder.equalsIgnoreCase("asc") ? Sort.Direction.ASC : null;
        if (direction == null) {
            throw ApiException.invalidParameter("sortOrder", "must be asc or desc");
        }
        Query query = Query.query(criteria).with(Sort.by(direction, field).and(Sort.by(Sort.Direction.DESC, "_id")));
        long total = mongo.count(query, Review.class);
        List<Review> found = mongo.find(query.skip(paging.skip()).limit(paging.limit()), Review.class);
        return new Page(rows(found), total);
    }

    /** A20: the reviews of one product, as an array. */
    List<ReviewViews.Row> ofProduct(ObjectId productId) {
        if (productRefs.of(List.of(productId)).isEmpty()) {
            throw ApiException.notFound("Product not found");
        }
        Query query = Query.query(filter(productId, null, null, false))
                .with(Sort.by(Sort.Direction.DESC, Review.CREATED_AT).and(Sort.by(Sort.Direction.DESC, "_id")));
        return rows(mongo.find(query.limit(Paging.MAX_LIMIT), Review.class));
    }

    ReviewViews.Row get(ObjectId id) {
        return rows(List.of(find(id))).get(0);
    }

    /** A22: rating, text (under both names) and title. */
    ReviewViews.Row update(ObjectId id, ReviewUpdateRequest request, AdminPrincipal admin) {
        if (request.rating() == null && request.text() == null && request.title() == null) {
            throw ApiException.badRequest("Nothing to change: send rating, comment or title");
        }
        Document set = new Document();
        if (request.rating() != null) {
            set.put(Review.RATING, request.rating());
        }
        if (request.text() != null) {
            set.put(Review.COMMENT, request.text());
        }
        if (request.title() != null) {
            set.put(Review.TITLE, request.title());
        }
        return write(id, "review.update", set, admin);
    }

    /** A23: a soft delete; the review leaves both shops and the product's figures. */
    void delete(ObjectId id, AdminPrincipal admin) {
        Review review = find(id);
        if (Boolean.TRUE.equals(review.getIsDeleted())) {
            throw ApiException.notFound(NOT_FOUND);
        }
        write(id, "review.delete", new Document(Review.IS_DELETED, true).append(Review.DELETED_AT, now()), admin);
    }

    /** Moderation: approve (shown to shoppers, counted) or unapprove (hidden, not counted). */
    ReviewViews.Row approve(ObjectId id, boolean approved, AdminPrincipal admin) {
        return write(id, "review.approval", new Document(Review.IS_APPROVED, approved), admin);
    }

    private ReviewViews.Row write(ObjectId id, String action, Document set, AdminPrincipal admin) {
        Document raw = updates.current(Review.COLLECTION, id);
        if (raw == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        Review before = updates.read(Review.class, raw);
        set.put(Review.MODERATED_BY, admin.id());
        set.put(Review.UPDATED_AT, now());
        updates.updateOne(Review.COLLECTION, eq("_id", id), new Document("$set", set), raw);
        Review after = find(id);
        ratings.recompute(after.getProductId());
        if (before.getProductId() != null && !before.getProductId().equals(after.getProductId())) {
            ratings.recompute(before.getProductId());
        }
        audit.record(action, TARGET, id, snapshot(before), snapshot(after));
        return rows(List.of(after)).get(0);
    }

    private static Criteria filter(ObjectId productId, Integer rating, Boolean isApproved, boolean includeDeleted) {
        Criteria criteria = new Criteria();
        if (!includeDeleted) {
            criteria.and(Review.IS_DELETED).ne(true);
        }
        if (productId != null) {
            criteria.orOperator(Criteria.where(Review.PRODUCT_ID).is(productId),
                    Criteria.where(Review.PRODUCT).is(productId));
        }
        if (rating != null) {
            if (rating < 1 || rating > 5) {
                throw ApiException.invalidParameter("rating", "must be between 1 and 5");
            }
            criteria.and(Review.RATING).is(rating);
        }
        if (isApproved != null) {
            criteria.and(Review.IS_APPROVED).is(isApproved);
        }
        return criteria;
    }

    private List<ReviewViews.Row> rows(List<Review> reviews) {
        Set<ObjectId> productIds = new HashSet<>();
        reviews.forEach(review -> productIds.add(review.getProductId()));
        Map<ObjectId, ProductRef> products = productRefs.of(productIds);
        return reviews.stream().map(review -> mapper.toRow(review, products)).toList();
    }

    private Review find(ObjectId id) {
        Review review = mongo.findById(id, Review.class);
        if (review == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return review;
    }

    private Date now() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return Date.from(now);
    }

    private static Map<String, Object> snapshot(Review review) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(Review.RATING, review.getRating());
        fields.put(Review.TITLE, review.getTitle());
        fields.put(Review.COMMENT, review.getComment());
        fields.put(Review.IS_APPROVED, review.getIsApproved());
        fields.put(Review.IS_DELETED, review.getIsDeleted());
        return fields;
    }
}
