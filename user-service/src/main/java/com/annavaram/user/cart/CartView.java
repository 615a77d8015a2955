package com.annavaram.user.cart;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The cart body the storefront reads (S22–S25). Each line carries the product's current price ({@code unitPrice}),
 * what it cost when added ({@code priceAtAddition}) and two warnings for the checkout: {@code priceChanged} and
 * {@code stockShort} (the product is no longer on sale or has fewer units than the line holds).
 */
public record CartView(String id, String status, List<Line> items, Totals totals) {

    public record Line(String id, String productId, String name, int quantity, BigDecimal unitPrice,
            BigDecimal subtotal, int stock, BigDecimal priceAtAddition, boolean priceChanged, boolean stockShort,
            Snapshot productSnapshot) {
    }

    public record Snapshot(List<String> images, String slug, int stock, @JsonProperty("isActive") boolean isActive,
            String category, String name, BigDecimal price) {
    }

    public record Totals(int quantity, BigDecimal amount) {
    }
}
