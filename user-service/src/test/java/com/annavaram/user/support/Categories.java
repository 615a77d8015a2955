package com.annavaram.user.support;

import java.time.Instant;

import org.bson.types.ObjectId;

import com.annavaram.user.catalog.CategoryEntity;

/** Object mother for categories. */
public final class Categories {

    public static final String DEFAULT_NAME = "Sweets";

    private Categories() {
    }

    public static CategoryEntity sweets() {
        CategoryEntity category = new CategoryEntity();
        category.setId(new ObjectId());
        category.setName(DEFAULT_NAME);
        category.setSlug("sweets");
        category.setDescription("Traditional Andhra sweets");
        category.setIsActive(true);
        category.setIsDeleted(false);
        category.setCreatedAt(Instant.parse("2025-01-02T03:04:05.678Z"));
        return category;
    }
}
