package com.annavaram.model.review;

import java.time.Instant;

import org.bson.types.ObjectId;

import com.annavaram.model.Timestamped;
import com.annavaram.model.alias.AliasTracked;

/** A product review ({@code reviews}); one per product and user. */
public class Review extends AliasTracked implements Timestamped {

    /** Collection this document lives in. */
    public static final String COLLECTION = com.annavaram.model.CollectionNames.REVIEWS;

    public static final String _ID = "_id";
    public static final String USER_ID = "userId";
    public static final String USER = "user";
    public static final String PRODUCT_ID = "productId";
    public static final String PRODUCT = "product";
    public static final String RATING = "rating";
    public static final String TITLE = "title";
    public static final String REVIEW_TEXT = "reviewText";
    public static final String COMMENT = "comment";
    public static final String IS_VERIFIED_PURCHASE = "isVerifiedPurchase";
    public static final String IS_APPROVED = "isApproved";
    public static final String IS_DELETED = "isDeleted";
    public static final String HELPFUL_COUNT = "helpfulCount";
    public static final String DELETED_AT = "deletedAt";
    public static final String MODERATED_BY = "moderatedBy";
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";

    private ObjectId id;
    private ObjectId userId;
    private ObjectId user;
    private ObjectId productId;
    private ObjectId product;
    private Integer rating;
    private String title;
    private String reviewText;
    private String comment;
    private Boolean isVerifiedPurchase;
    private Boolean isApproved;
    private Boolean isDeleted;
    private Integer helpfulCount;
    private Instant deletedAt;
    private ObjectId moderatedBy;
    private Instant createdAt;
    private Instant updatedAt;

    public ObjectId getId() {
        return id;
    }

    public void setId(ObjectId id) {
        this.id = id;
    }

    public ObjectId getUserId() {
        return userId;
    }

    public void setUserId(ObjectId userId) {
        this.userId = userId;
        markWritten(USER_ID);
    }

    public ObjectId getUser() {
        return user;
    }

    public void setUser(ObjectId user) {
        this.user = user;
        markWritten(USER);
    }

    public ObjectId getProductId() {
        return productId;
    }

    public void setProductId(ObjectId productId) {
        this.productId = productId;
        markWritten(PRODUCT_ID);
    }

    public ObjectId getProduct() {
        return product;
    }

    public void setProduct(ObjectId product) {
        this.product = product;
        markWritten(PRODUCT);
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReviewText() {
        return reviewText;
    }

    public void setReviewText(String reviewText) {
        this.reviewText = reviewText;
        markWritten(REVIEW_TEXT);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
        markWritten(COMMENT);
    }

    public Boolean getIsVerifiedPurchase() {
        return isVerifiedPurchase;
    }

    public void setIsVerifiedPurchase(Boolean isVerifiedPurchase) {
        this.isVerifiedPurchase = isVerifiedPurchase;
    }

    public Boolean getIsApproved() {
        return isApproved;
    }

    public void setIsApproved(Boolean isApproved) {
        this.isApproved = isApproved;
    }

    public Boolean getIsDeleted() {
        return isDeleted;
    }

    public void setIsDeleted(Boolean isDeleted) {
        this.isDeleted = isDeleted;
    }

    public Integer getHelpfulCount() {
        return helpfulCount;
    }

    public void setHelpfulCount(Integer helpfulCount) {
        this.helpfulCount = helpfulCount;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public void setDeletedAt(Instant deletedAt) {
        this.deletedAt = deletedAt;
    }

    public ObjectId getModeratedBy() {
        return moderatedBy;
    }

    public void setModeratedBy(ObjectId moderatedBy) {
        this.moderatedBy = moderatedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
