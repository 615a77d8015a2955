package com.annavaram.admin.product;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;

import com.annavaram.admin.audit.AuditTrail;
import com.annavaram.admin.config.mongo.AliasedUpdates;
import com.annavaram.admin.error.ApiException;
import com.annavaram.model.catalog.Product;
import com.mongodb.client.result.UpdateResult;

/**
 * The one way products are changed after creation: a partial update conditional on the version read (or the one the
 * client sent), incrementing it. A second admin's stale edit matches nothing and is refused with 409 instead of
 * overwriting the first; fields the edit does not name (stock the storefront sold meanwhile) are never rewritten.
 * Spring Data's {@code @Version} cannot be used: the shared documents carry no annotations.
 */
@Component
class VersionedWrites {

    static final String STALE = "This product was changed by someone else. Reload it and try again.";

    private final ProductRepository products;
    private final AliasedUpdates updates;
    private final AuditTrail audit;
    private final Clock clock;

    VersionedWrites(ProductRepository products, AliasedUpdates updates, AuditTrail audit, Clock clock) {
        this.products = products;
        this.updates = updates;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Applies the {@code $set} fields {@code change} puts for the product as read, records {@code action} and returns
     * the product as stored afterwards.
     */
    Product write(ObjectId id, Long expected, String action, BiConsumer<Product, Document> change) {
        Document raw = updates.current(Product.COLLECTION, id);
        if (raw == null || Boolean.TRUE.equals(raw.get(Product.IS_DELETED))) {
            throw ApiException.notFound(ProductService.NOT_FOUND);
        }
        Product current = updates.read(Product.class, raw);
        long version = versionOf(current);
        if (expected != null && expected != version) {
            throw stale(version);
        }
        Document set = new Document();
        change.accept(current, set);
        set.put(Product.UPDATED_AT, Date.from(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        Document update = new Document("$set", set).append("$inc", new Document(Product.VERSION, 1L));
        Bson filter = and(eq(Product._ID, id), ne(Product.IS_DELETED, true), versionIs(version));
        UpdateResult result;
        try {
            result = updates.updateOne(Product.COLLECTION, filter, update, raw);
        } catch (IllegalArgumentException e) {
            // The category was removed between the check and the write.
            throw ApiException.invalidField("/categoryId", "does not name a category");
        }
        if (result.getMatchedCount() == 0) {
            Product now = products.findById(id).filter(p -> !Boolean.TRUE.equals(p.getIsDeleted()))
                    .orElseThrow(() -> ApiException.notFound(ProductService.NOT_FOUND));
            throw stale(versionOf(now));
        }
        Product saved = products.findById(id).orElseThrow(() -> ApiException.notFound(ProductService.NOT_FOUND));
        audit.record(action, ProductService.TARGET, id, snapshot(current), snapshot(saved));
        return saved;
    }

    private static long versionOf(Product product) {
        return product.getVersion() == null ? 0 : product.getVersion();
    }

    /** Legacy products have no version: they match as version 0. */
    private static Bson versionIs(long version) {
        return version == 0 ? or(eq(Product.VERSION, 0L), eq(Product.VERSION, null)) : eq(Product.VERSION, version);
    }

    private static ApiException stale(long currentVersion) {
        return ApiException.conflict(STALE, Map.of("currentVersion", currentVersion));
    }

    /** The fields an audit entry compares. */
    static Map<String, Object> snapshot(Product product) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(Product.NAME, product.getName());
        fields.put(Product.SLUG, product.getSlug());
        fields.put(Product.DESCRIPTION, product.getDescription());
        fields.put(Product.CATEGORY_ID, product.getCategoryId());
        fields.put(Product.CATEGORY, product.getCategory());
        fields.put(Product.PRICE,
                product.getPrice() == null ? null : product.getPrice().setScale(2, RoundingMode.HALF_UP));
        fields.put(Product.TOTAL_STOCK, product.getTotalStock());
        fields.put(Product.IS_UNLIMITED_PURCHASE, product.getIsUnlimitedPurchase());
        fields.put(Product.MAX_UNITS_PER_USER, product.getMaxUnitsPerUser());
        fields.put(Product.IMAGE_URL, product.getImageUrl());
        fields.put(Product.IMAGES, product.getImages());
        fields.put(Product.IS_ACTIVE, product.getIsActive());
        fields.put(Product.IS_DELETED, product.getIsDeleted());
        return fields;
    }
}
