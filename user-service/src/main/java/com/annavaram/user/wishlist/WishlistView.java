package com.annavaram.user.wishlist;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The wishlist the storefront reads (S26): products on sale only. {@code productId} is what the storefront matches
 * on; {@code id} is the product id too, so a link to the product works whichever the page uses.
 */
public record WishlistView(List<Item> items, int count) {

    public record Item(String id, String productId, String entryId, String name, BigDecimal price, String category,
            String slug, List<String> images, String image, int stock, double averageRating, int reviewCount,
            Instant addedAt) {
    }
}
