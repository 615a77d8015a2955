package com.annavaram.admin.product;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.annavaram.admin.error.ApiException;
import com.annavaram.admin.web.Paging;
import com.annavaram.model.catalog.Product;

/**
 * The filters of {@code GET /api/products}: a name search (the text is matched literally, never as a regular
 * expression), a category, the active flag, deleted products on request, and a whitelisted sort.
 */
record ProductQuery(String search, ObjectId categoryId, Boolean isActive, boolean includeDeleted, String sortBy,
        String sortOrder, Paging paging) {

    /** Sort keys a request may name, with the stored field each one sorts on. */
    static final Map<String, String> SORTS = Map.of("createdAt", Product.CREATED_AT, "updatedAt", Product.UPDATED_AT,
            "name", Product.NAME, "price", Product.PRICE, "totalStock", Product.STOCK, "stock", Product.STOCK);

    Query toQuery() {
        Criteria criteria = new Criteria();
        if (!includeDeleted) {
            criteria.and(Product.IS_DELETED).ne(true);
        }
        if (search != null && !search.isBlank()) {
            criteria.and(Product.NAME).regex(literal(search.trim()));
        }
        if (categoryId != null) {
            criteria.and(Product.CATEGORY_ID).is(categoryId);
        }
        if (isActive != null) {
            criteria.and(Product.IS_ACTIVE).is(isActive);
        }
        return Query.query(criteria).with(sort()).skip(paging.skip()).limit(paging.limit());
    }

    /** A case-insensitive pattern that matches {@code text} as written, metacharacters included. */
    static Pattern literal(String text) {
        return Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE);
    }

    Sort sort() {
        String key = sortBy == null || sortBy.isBlank() ? "createdAt" : sortBy;
        String field = SORTS.get(key);
        if (field == null) {
            throw ApiException.invalidParameter("sortBy", "must be one of " + String.join(", ", SORTS.keySet()));
        }
        return Sort.by(direction(sortOrder, key), field).and(Sort.by(Sort.Direction.DESC, Product._ID));
    }

    /** {@code asc} or {@code desc}; without one, dates sort newest first and everything else A to Z. */
    static Sort.Direction direction(String order, String key) {
        if (order == null || order.isBlank()) {
            return key.endsWith("At") ? Sort.Direction.DESC : Sort.Direction.ASC;
        }
        return switch (order.toLowerCase(Locale.ROOT)) {
            case "asc" -> Sort.Direction.ASC;
            case "desc" -> Sort.Direction.DESC;
            default -> throw ApiException.invalidParameter("sortOrder", "must be asc or desc");
        };
    }
}
