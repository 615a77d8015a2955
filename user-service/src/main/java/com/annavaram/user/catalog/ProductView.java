package com.annavaram.user.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A product as the storefront reads it (S16, S17, and inside cart and wishlist): {@code id} and {@code _id}, the
 * price in rupees as a number, the category name, {@code images} with {@code image} (the first), the stock and the
 * rating figures as numbers.
 */
public record ProductView(String id, @JsonProperty("_id") String mongoId, String name, String slug,
        String description, BigDecimal price, String currency, String category, String categoryId,
        List<String> images, String image, String imageUrl, int stock, Integer maxUnitsPerUser,
        @JsonProperty("isUnlimitedPurchase") boolean isUnlimitedPurchase, @JsonProperty("isActive") boolean isActive,
        double averageRating, int reviewCount, Instant createdAt, Instant updatedAt) {
}
