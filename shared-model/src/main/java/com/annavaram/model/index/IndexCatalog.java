package com.annavaram.model.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.bson.Document;

import com.annavaram.model.CollectionNames;

/**
 * Every index of the shared database, declared once. Both services apply it at start and the migration after its
 * run, through {@link #apply}: idempotent, with identical names and options everywhere. Only sparse (never partial),
 * non-TTL, collation-free indexes, so the embedded test server accepts all of them.
 */
public final class IndexCatalog {

    private static final List<IndexSpec> ALL = List.of(
            index(CollectionNames.PRODUCTS, "name"),
            unique(CollectionNames.PRODUCTS, true, "slug"),
            index(CollectionNames.PRODUCTS, "categoryId"),
            index(CollectionNames.PRODUCTS, "isActive"),
            unique(CollectionNames.CATEGORIES, false, "name"),
            unique(CollectionNames.CATEGORIES, true, "slug"),
            unique(CollectionNames.ORDERS, false, "orderId"),
            index(CollectionNames.ORDERS, "userId"),
            // Customer-scoped lookups match either name of a pair ($or, for legacy documents with one name); an $or is
            // index-backed only when every branch is, so the second names and the payments' owners get indexes too.
            index(CollectionNames.ORDERS, "user"),
            index(CollectionNames.ORDERS, "status"),
            new IndexSpec(CollectionNames.ORDERS, new Document("createdAt", -1), false, false),
            unique(CollectionNames.REVIEWS, false, "productId", "userId"),
            index(CollectionNames.REVIEWS, "product", "user"),
            index(CollectionNames.REVIEWS, "isApproved"),
            index(CollectionNames.REVIEWS, "userId"),
            index(CollectionNames.REVIEWS, "user"),
            index(CollectionNames.PAYMENTS, "user"),
            index(CollectionNames.PAYMENTS, "order"),
            unique(CollectionNames.USERS, false, "email"),
            unique(CollectionNames.USERS, true, "googleId"),
            unique(CollectionNames.ADMINS, false, "email"),
            unique(CollectionNames.SESSIONS, false, "refreshTokenHash"),
            index(CollectionNames.SESSIONS, "expiresAt"),
            index(CollectionNames.SESSIONS, "user"),
            index(CollectionNames.CARTS, "user"),
            unique(CollectionNames.CART_ITEMS, false, "cart", "product"),
            unique(CollectionNames.WISHLISTS, false, "user", "product"),
            new IndexSpec(CollectionNames.AUDIT_LOGS, new Document("at", -1), false, false),
            index(CollectionNames.AUDIT_LOGS, "actorId"));

    private IndexCatalog() {
    }

    public static List<IndexSpec> all() {
        return ALL;
    }

    /**
     * Creates every index that is missing; an index of the same name with other keys or options (a legacy
     * {@code slug_1} without {@code sparse}, say) is dropped and created again. An index that cannot be built (legacy
     * duplicates under a unique key) is reported, not thrown, so a service still starts on unmigrated data.
     *
     * @param runCommand runs a database command and returns its reply (the driver's {@code runCommand})
     */
    public static IndexReport apply(UnaryOperator<Document> runCommand) {
        Map<String, List<IndexSpec>> byCollection = new LinkedHashMap<>();
        ALL.forEach(spec -> byCollection.computeIfAbsent(spec.collection(), c -> new ArrayList<>()).add(spec));
        IndexReport report = new IndexReport();
        byCollection.forEach((collection, specs) -> {
            Map<String, Document> existing = existingIndexes(runCommand, collection);
            for (IndexSpec spec : specs) {
                Document current = existing.get(spec.name());
                if (current != null && spec.matches(current)) {
                    report.unchanged(spec);
                    continue;
                }
                try {
                    if (current != null) {
                        runCommand.apply(new Document("dropIndexes", collection).append("index", spec.name()));
                        report.replaced(spec);
                    }
                    runCommand.apply(new Document("createIndexes", collection).append("indexes",
                            List.of(spec.toCommandEntry())));
                    report.created(spec);
                } catch (RuntimeException e) {
                    report.failed(spec, e.getMessage());
                }
            }
        });
        return report;
    }

    private static Map<String, Document> existingIndexes(UnaryOperator<Document> runCommand, String collection) {
        Map<String, Document> byName = new LinkedHashMap<>();
        try {
            Document reply = runCommand.apply(new Document("listIndexes", collection));
            Document cursor = reply.get("cursor", Document.class);
            if (cursor != null) {
                for (Document index : cursor.getList("firstBatch", Document.class, List.of())) {
                    byName.put(index.getString("name"), index);
                }
            }
        } catch (RuntimeException e) {
            // No such collection yet: nothing exists, everything is created.
        }
        return byName;
    }

    private static IndexSpec index(String collection, String... fields) {
        return new IndexSpec(collection, keys(fields), false, false);
    }

    private static IndexSpec unique(String collection, boolean sparse, String... fields) {
        return new IndexSpec(collection, keys(fields), true, sparse);
    }

    private static Document keys(String... fields) {
        Document keys = new Document();
        for (String field : fields) {
            keys.append(field, 1);
        }
        return keys;
    }
}
