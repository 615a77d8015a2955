package com.annavaram.migration.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.migration.BulkWriter;
import com.annavaram.migration.RunContext;
import com.annavaram.migration.Streams;
import com.annavaram.migration.Values;
import com.annavaram.migration.plan.NameKey;
import com.annavaram.migration.report.Report;
import com.annavaram.migration.report.Sections;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Slugs;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;

/**
 * The categories, normalised (unique slugs, boolean {@code isActive}), and the resolution of a product's category:
 * by id, else by name (case-insensitive) or slug, else a category created for the name. Categories are few; they are
 * held in memory.
 */
public final class CategoryResolver {

    /** The category products without any category go to. */
    public static final String UNCATEGORISED = "Uncategorised";

    private final RunContext context;
    private final Report report;
    private final Map<ObjectId, String> names = new LinkedHashMap<>();
    private final Map<String, ObjectId> byKey = new HashMap<>();
    private final Map<String, ObjectId> bySlug = new HashMap<>();
    private final Set<String> slugs = new HashSet<>();
    private final Map<ObjectId, Document> created = new LinkedHashMap<>();

    private CategoryResolver(RunContext context) {
        this.context = context;
        this.report = context.report();
    }

    /** Reads every category and normalises it (written in a run, counted in a plan). */
    public static CategoryResolver load(RunContext context) {
        CategoryResolver resolver = new CategoryResolver(context);
        List<Document> all = new ArrayList<>();
        Streams.scan(context, CollectionNames.CATEGORIES, all::add);
        resolver.normalise(all);
        return resolver;
    }

    private void normalise(List<Document> all) {
        // Stored slugs are kept first (links use them); only missing, invalid or duplicate ones are generated.
        Map<Object, String> keep = new HashMap<>();
        for (Document category : all) {
            String slug = validSlug(category.get(Category.SLUG));
            if (slug != null && slugs.add(slug)) {
                keep.put(category.get("_id"), slug);
            }
        }
        try (BulkWriter writer = new BulkWriter(context, CollectionNames.CATEGORIES)) {
            for (Document category : all) {
                Object rawId = category.get("_id");
                String name = Values.text(category, Category.NAME).orElse(null);
                if (!(rawId instanceof ObjectId id) || name == null) {
                    report.problem(CollectionNames.CATEGORIES, rawId, Category.NAME,
                            "category without an ObjectId _id or a name cannot be referenced by products");
                    continue;
                }
                Document fixed = new Document(category);
                String slug = keep.get(id);
                if (slug == null) {
                    slug = Slugs.unique(Slugs.of(name, "category", id), slugs::contains);
                    slugs.add(slug);
                    report.repair(CollectionNames.CATEGORIES, id, Category.SLUG, category.get(Category.SLUG), slug);
                    fixed.put(Category.SLUG, slug);
                }
                Boolean active = Values.bool(category.get(Category.IS_ACTIVE));
                if (!(category.get(Category.IS_ACTIVE) instanceof Boolean)) {
                    boolean value = active == null || active;
                    report.repair(CollectionNames.CATEGORIES, id, Category.IS_ACTIVE,
                            category.get(Category.IS_ACTIVE), value);
                    fixed.put(Category.IS_ACTIVE, value);
                }
                if (fixed.remove("__v") != null || !fixed.equals(category)) {
                    writer.add(new ReplaceOneModel<>(Filters.eq("_id", id), fixed));
                }
                index(id, name, slug);
            }
        }
    }

    private void index(ObjectId id, String name, String slug) {
        names.put(id, name);
        byKey.putIfAbsent(NameKey.of(name), id);
        bySlug.putIfAbsent(slug, id);
        for (String generated : List.of(Slugs.of(name), NameKey.legacySlug(name))) {
            if (!generated.isEmpty()) {
                bySlug.putIfAbsent(generated, id);
            }
        }
    }

    /** The name of a category id, or {@code null}. */
    public String nameOf(Object id) {
        return names.get(id);
    }

    /** Category id to name, for the alias checker. */
    public Map<ObjectId, String> names() {
        return names;
    }

    /** A product's category, decided. */
    public record Resolution(ObjectId id, String name, String how) {
    }

    /**
     * Resolves the category of one product from its {@code categoryId} and {@code category} values; {@code null}
     * (and a problem in the report) when the product names a category id that does not exist and no usable name.
     */
    public Resolution resolve(String collection, ObjectId productId, Object categoryId, Object categoryName) {
        ObjectId id = Values.id(categoryId);
        if (id != null && names.containsKey(id)) {
            return new Resolution(id, names.get(id), "id");
        }
        String text = Values.string(categoryName);
        if (Values.isBlank(text) && categoryId instanceof String s && id == null) {
            text = s; // a legacy writer put the name into categoryId
        }
        if (!Values.isBlank(text)) {
            Resolution byName = byName(text.trim());
            if (byName != null) {
                return byName;
            }
        }
        if (categoryId != null && id != null) {
            report.problem(collection, productId, "categoryId", "references missing category " + id.toHexString()
                    + (Values.isBlank(text) ? " and names no category" : "")
                    + ": create that category or set the product's category, then run again");
            return null;
        }
        String wanted = Values.isBlank(text) ? UNCATEGORISED : text.trim();
        Resolution existing = byName(wanted);
        if (existing != null) {
            return existing;
        }
        return create(wanted);
    }

    private Resolution byName(String text) {
        ObjectId id = byKey.get(NameKey.of(text));
        String how = "name";
        if (id == null) {
            how = "slug";
            String asSlug = validSlug(text);
            id = asSlug != null ? bySlug.get(asSlug) : null;
            if (id == null && !Slugs.of(text).isEmpty()) {
                id = bySlug.get(Slugs.of(text));
            }
            if (id == null && !NameKey.legacySlug(text).isEmpty()) {
                id = bySlug.get(NameKey.legacySlug(text));
            }
        }
        if (id == null) {
            return null;
        }
        Document createdCategory = created.get(id);
        if (createdCategory != null) {
            createdCategory.put("products", createdCategory.getLong("products") + 1);
            how = "created";
        }
        return new Resolution(id, names.get(id), how);
    }

    private Resolution create(String name) {
        ObjectId id = new ObjectId();
        String slug = Slugs.unique(Slugs.of(name, "category", id), slugs::contains);
        slugs.add(slug);
        Document category = new Document("_id", id).append(Category.NAME, name).append(Category.SLUG, slug)
                .append(Category.DESCRIPTION, "Created by the migration for products that named it")
                .append(Category.IS_ACTIVE, true).append(Category.CREATED_AT, java.util.Date.from(context.now()))
                .append(Category.UPDATED_AT, java.util.Date.from(context.now()));
        if (!context.dryRun()) {
            context.checkpoint();
            context.db().getCollection(CollectionNames.CATEGORIES).replaceOne(Filters.eq("_id", id), category,
                    new ReplaceOptions().upsert(true));
        }
        index(id, name, slug);
        created.put(id, new Document("name", name).append("slug", slug).append("products", 1L));
        return new Resolution(id, name, "created");
    }

    /** Reports the categories created and how many products each received. */
    public void reportCreated() {
        created.values().forEach(c -> report.add(Sections.CATEGORIES_TO_CREATE, c));
    }

    static String validSlug(Object value) {
        String slug = Values.string(value);
        if (slug == null) {
            return null;
        }
        slug = slug.trim().toLowerCase(java.util.Locale.ROOT);
        return slug.matches("[a-z0-9]+(-[a-z0-9]+)*") ? slug : null;
    }
}
