package com.annavaram.admin.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A product as A9 and the product screens read it; {@code version} is the one {@code If-Match} expects. */
record ProductResponse(@JsonProperty("_id") String id, String name, String slug, String description,
        CategoryRef categoryId, String category, BigDecimal price, String currency, Integer totalStock, Integer stock,
        Boolean isUnlimitedPurchase, Integer maxUnitsPerUser, String imageUrl, List<String> images, Boolean isActive,
        Boolean isDeleted, Double averageRating, Integer reviewCount, Long version, Instant createdAt,
        Instant updatedAt) {
}
