package com.annavaram.migration.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.migration.RunContext;
import com.annavaram.migration.Values;
import com.annavaram.migration.report.Report;
import com.annavaram.migration.report.Sections;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.catalog.Slugs;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

/**
 * Matches storefront products to admin products, by normalised name first and by slug second, and gives every
 * surviving product a unique slug: storefront slugs first (the shop links to them), then stored admin slugs, then
 * generated ones. Reads names and slugs only.
 */
public final class ProductMatcher {

    static final Pattern VALID_SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> SOURCES = List.of("storefront", "admin", "generated");

    private final RunContext context;
    private final Report report;
    private final ProductPlan plan = new ProductPlan();
    private final Map<String, ObjectId> byName = new HashMap<>();
    private final Map<String, ObjectId> bySlug = new HashMap<>();
    private final Map<ObjectId, Candidate> candidates = new LinkedHashMap<>();
    private final Set<ObjectId> adminIds = new HashSet<>();

    private ProductMatcher(RunContext context) {
        this.context = context;
        this.report = context.report();
    }

    /** Reads both product collections and decides matches and slugs. */
    public static ProductPlan analyse(RunContext context) {
        ProductMatcher matcher = new ProductMatcher(context);
        matcher.readAdmin();
        matcher.readStorefront();
        matcher.assignSlugs();
        return matcher.plan;
    }

    private void readAdmin() {
        forEachNameAndSlug(CollectionNames.ADMIN_PRODUCTS, (id, name, slug) -> {
            plan.admin(id);
            adminIds.add(id);
            byName.putIfAbsent(NameKey.of(name), id);
            if (slug != null) {
                bySlug.putIfAbsent(slug, id);
            }
            for (String generated : List.of(Slugs.of(name), NameKey.legacySlug(name))) {
                if (!generated.isEmpty()) {
                    bySlug.putIfAbsent(generated, id);
                }
            }
            candidates.put(id, new Candidate(id, name, slug, slug == null ? null : "admin"));
        });
    }

    private void readStorefront() {
        forEachNameAndSlug(CollectionNames.PRODUCTS, (id, name, slug) -> {
            String rule = "id";
            ObjectId adminId = adminIds.contains(id) ? id : null;
            if (adminId == null) {
                rule = "name";
                adminId = byName.get(NameKey.of(name));
            }
            if (adminId == null && slug != null) {
                rule = "slug";
                adminId = bySlug.get(slug);
            }
            if (adminId == null) {
                plan.storefrontOnly(id);
                candidates.put(id, new Candidate(id, name, slug, slug == null ? null : "storefront"));
                return;
            }
            plan.copy(id, adminId, rule);
            Candidate admin = candidates.get(adminId);
            report.add(Sections.MATCHED_PAIRS,
                    new Document("storefrontId", id.toHexString()).append("adminId", adminId.toHexString())
                            .append("rule", rule).append("storefrontName", name).append("adminName", admin.name));
            report.tally("matchedBy", rule, 1);
            if (slug != null && !"storefront".equals(admin.source)) {
                // The first storefront copy's slug is the one the shop links to.
                candidates.put(adminId, new Candidate(adminId, admin.name, slug, "storefront"));
            }
        });
    }

    private void assignSlugs() {
        Set<String> taken = new HashSet<>();
        List<Candidate> ordered = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            ordered.add(c.source == null
                    ? new Candidate(c.id, c.name, Slugs.of(c.name, "product", c.id), "generated")
                    : c);
        }
        ordered.sort(Comparator.<Candidate>comparingInt(c -> SOURCES.indexOf(c.source)).thenComparing(c -> c.id));
        for (Candidate c : ordered) {
            String slug = Slugs.unique(c.slug, taken::contains);
            taken.add(slug);
            plan.slug(c.id, slug);
            String source = "generated".equals(c.source) && Slugs.of(c.name).isEmpty() ? "fallback" : c.source;
            Document item = new Document("productId", c.id.toHexString()).append("name", c.name)
                    .append("slug", slug).append("source", source);
            if (!slug.equals(c.slug)) {
                item.append("requested", c.slug);
                report.tally("slugs", "deduplicated", 1);
            }
            report.tally("slugs", source, 1);
            report.add(Sections.SLUGS, item);
        }
    }

    private void forEachNameAndSlug(String collection, NameAndSlug consumer) {
        try (MongoCursor<Document> cursor = context.db().getCollection(collection).find()
                .projection(Projections.include(Product.NAME, Product.SLUG)).sort(Sorts.ascending("_id"))
                .batchSize(context.batchSize()).iterator()) {
            while (cursor.hasNext()) {
                Document doc = cursor.next();
                Object rawId = doc.get("_id");
                String name = Values.text(doc, Product.NAME).orElse(null);
                if (!(rawId instanceof ObjectId id)) {
                    problem(collection, rawId, "_id", "is not an ObjectId (" + typeOf(rawId) + ")");
                } else if (name == null) {
                    problem(collection, rawId, Product.NAME, "is missing or not text: " + doc.get(Product.NAME));
                } else {
                    consumer.accept(id, name, validSlug(doc.get(Product.SLUG)));
                }
            }
        }
    }

    private void problem(String collection, Object id, String field, String message) {
        report.problem(collection, id, field, field + " " + message);
    }

    static String validSlug(Object value) {
        String slug = Values.string(value);
        if (slug == null) {
            return null;
        }
        slug = slug.trim().toLowerCase(java.util.Locale.ROOT);
        return VALID_SLUG.matcher(slug).matches() ? slug : null;
    }

    static String typeOf(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    @FunctionalInterface
    private interface NameAndSlug {
        void accept(ObjectId id, String name, String slug);
    }

    private record Candidate(ObjectId id, String name, String slug, String source) {
    }
}
