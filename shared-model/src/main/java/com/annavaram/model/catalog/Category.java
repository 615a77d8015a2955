package com.annavaram.model.catalog;

import java.time.Instant;

import org.bson.types.ObjectId;

import com.annavaram.model.Timestamped;

/** A product category ({@code categories}); products carry its id and its name. */
public class Category implements Timestamped {

    /** Collection this document lives in. */
    public static final String COLLECTION = com.annavaram.model.CollectionNames.CATEGORIES;

    public static final String _ID = "_id";
    public static final String NAME = "name";
    public static final String SLUG = "slug";
    public static final String DESCRIPTION = "description";
    public static final String IS_ACTIVE = "isActive";
    public static final String IS_DELETED = "isDeleted";
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";

    private ObjectId id;
    private String name;
    private String slug;
    private String description;
    private Boolean isActive;
    private Boolean isDeleted;
    private Instant createdAt;
    private Instant updatedAt;

    public ObjectId getId() {
        return id;
    }

    public void setId(ObjectId id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Boolean getIsActive() {
        return isActive;
    }

    public void setIsActive(Boolean isActive) {
        this.isActive = isActive;
    }

    public Boolean getIsDeleted() {
        return isDeleted;
    }

    public void setIsDeleted(Boolean isDeleted) {
        this.isDeleted = isDeleted;
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
