package com.annavaram.model.cart;

import java.time.Instant;

import org.bson.types.ObjectId;

import com.annavaram.model.Timestamped;

/** A customer's cart ({@code carts}); its lines live in {@code cart_items}. */
public class Cart implements Timestamped {

    /** Collection this document lives in. */
    public static final String COLLECTION = com.annavaram.model.CollectionNames.CARTS;

    public static final String _ID = "_id";
    public static final String USER = "user";
    public static final String STATUS = "status";
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";
    /** On a cart a checkout has claimed: when, and the customer-scoped Idempotency-Key it was claimed with. */
    public static final String CHECKOUT_AT = "checkoutAt";
    public static final String CHECKOUT_KEY = "checkoutKey";

    private ObjectId id;
    private ObjectId user;
    private String status;
    private Instant createdAt;
    private Instant updatedAt;

    public ObjectId getId() {
        return id;
    }

    public void setId(ObjectId id) {
        this.id = id;
    }

    public ObjectId getUser() {
        return user;
    }

    public void setUser(ObjectId user) {
        this.user = user;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
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
