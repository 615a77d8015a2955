package com.annavaram.user.catalog;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import org.bson.types.ObjectId;

import com.annavaram.model.bson.Refs;
import com.annavaram.user.error.ApiException;
import com.annavaram.user.web.Paging;

/**
 * The filters, order and page of {@code GET /api/products}, checked: every value is used as data (never as a query
 * operator or a regular expression), sort keys come from a fixed list, and anything else is a 400.
 */
record ProductQuery(String category, ObjectId categoryId, String search, BigDecimal minPrice, BigDecimal maxPrice,
        Order order, Paging paging) {

    /** Without {@code limit} the list holds every matching product up to this many (the storefront never pages). */
    static final int MAX_ITEMS = 500;
    static final int MAX_TEXT = 100;
    static final BigDecimal MAX_PRICE = new BigDecimal("100000000");

    /** The orders a shopper can ask for. */
    enum Order {
        NEWEST, OLDEST, PRICE_ASC, PRICE_DESC, NAME, RATING
    }

    static ProductQuery of(String category, String categoryId, String search, String minPrice, String maxPrice,
            String sortBy, String sortOrder, String page, String limit) {
        BigDecimal min = price("minPrice", minPrice);
        BigDecimal max = price("maxPrice", maxPrice);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ApiException.badRequest("minPrice must not be greater than maxPrice.");
        }
        ObjectId categoryRef = null;
        if (categoryId != null && !categoryId.isBlank()) {
            categoryRef = Refs.parse(categoryId.trim())
                    .orElseThrow(() -> ApiException.badRequest("categoryId is not a valid id."));
        }
        return new ProductQuery(text("category", category), categoryRef, text("search", search), min, max,
                order(sortBy, sortOrder), Paging.of(page, limit, MAX_ITEMS));
    }

    Optional<String> categoryName() {
        return Optional.ofNullable(category);
    }

    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_TEXT) {
            throw ApiException.badRequest(name + " must be at most " + MAX_TEXT + " characters.");
        }
        return trimmed;
    }

    private static BigDecimal price(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal parsed = new BigDecimal(value.trim());
            if (parsed.signum() >= 0 && parsed.compareTo(MAX_PRICE) <= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest(name + " must be a number from 0 to " + MAX_PRICE.toPlainString() + ".");
    }

    /**
     * The storefront's {@code price-low}, {@code price-high}, {@code name} (always A to Z, whatever {@code sortOrder}
     * says: the label reads "A to Z"), {@code newest} and {@code rating}; the legacy {@code price} with
     * {@code sortOrder}, {@code newest} and {@code oldest}. Newest first when nothing is sent.
     */
    static Order order(String sortBy, String sortOrder) {
        String direction = sortOrder == null || sortOrder.isBlank() ? "asc" : sortOrder.trim().toLowerCase(Locale.ROOT);
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw ApiException.badRequest("sortOrder must be asc or desc.");
        }
        String key = sortBy == null || sortBy.isBlank() ? "newest" : sortBy.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "newest" -> Order.NEWEST;
            case "oldest" -> Order.OLDEST;
            case "price-low" -> Order.PRICE_ASC;
            case "price-high" -> Order.PRICE_DESC;
            case "price" -> direction.equals("desc") ? Order.PRICE_DESC : Order.PRICE_ASC;
            case "name" -> Order.NAME;
            case "rating" -> Order.RATING;
            default -> throw ApiException.badRequest(
                    "sortBy must be one of price-low, price-high, name, newest, rating, price, oldest.");
        };
    }
}
