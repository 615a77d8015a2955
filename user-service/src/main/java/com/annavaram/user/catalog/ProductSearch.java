package com.annavaram.user.catalog;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Product;
import com.annavaram.user.web.Paging;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

/**
 * The products page (S16) and category browsing: filters built from checked values only (a category name in any case
 * matching {@code categoryId} or the legacy {@code category} string, a quoted search text, a price range), fixed sort
 * keys, and the active categories with their product counts.
 */
@Singleton
class ProductSearch {

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final ProductRatings ratings;
    private final ProductCatalog catalog;

    ProductSearch(ProductRepository products, CategoryRepository categories, ProductRatings ratings,
            ProductCatalog catalog) {
        this.products = products;
        this.categories = categories;
        this.ratings = ratings;
        this.catalog = catalog;
    }

    /** One page of the products page (S16) and the number of all matches. */
    public record Page(List<ProductView> items, long total) {
    }

    Page search(ProductQuery query) {
        Bson filter = filter(query);
        if (query.order() == ProductQuery.Order.NAME || query.order() == ProductQuery.Order.RATING) {
            return sortedInMemory(filter, query);
        }
        List<ProductEntity> found = products.mongoCollection().find(filter).sort(sort(query.order()))
                .skip(query.paging().skip()).limit(query.paging().limit()).into(new ArrayList<>());
        return new Page(catalog.views(found), total(filter, query.paging(), found.size()));
    }

    /**
     * The number of all matches. A page that is not full ends the matches, so it tells the number without counting
     * (the storefront's category and search pages never fill the cap); only a full page, or an empty page past the
     * first, costs a count, which without an index is one more scan of the collection.
     */
    private long total(Bson filter, Paging paging, int found) {
        if (found < paging.limit() && (found > 0 || paging.skip() == 0)) {
            return (long) paging.skip() + found;
        }
        return products.mongoCollection().countDocuments(filter);
    }

    /** Active categories by name, each with the number of products on sale in it. */
    List<CategoryView> categoriesWithCounts() {
        List<CategoryEntity> active = categories.mongoCollection()
                .find(and(ne(Category.IS_ACTIVE, false), ne(Category.IS_DELETED, true))).sort(Sorts.ascending(
                        Category.NAME))
                .into(new ArrayList<>());
        Map<ObjectId, Long> counts = new HashMap<>();
        Map<String, ObjectId> byName = new HashMap<>();
        active.forEach(c -> byName.put(key(c.getName()), c.getId()));
        for (Document product : products.mongoCollection().withDocumentClass(Document.class)
                .find(ProductCatalog.onSale())
                .projection(Projections.include(Product.CATEGORY_ID, Product.CATEGORY))) {
            ObjectId category = product.get(Product.CATEGORY_ID) instanceof ObjectId id
                    ? id
                    : byName.get(key(product.get(Product.CATEGORY) instanceof String s ? s : null));
            if (category != null) {
                counts.merge(category, 1L, Long::sum);
            }
        }
        return active.stream().map(c -> new CategoryView(c.getId().toHexString(), c.getId().toHexString(),
                c.getName(), c.getSlug(), c.getDescription(), counts.getOrDefault(c.getId(), 0L))).toList();
    }

    private Bson filter(ProductQuery query) {
        List<Bson> all = new ArrayList<>(List.of(ProductCatalog.onSale()));
        if (query.categoryId() != null || query.category() != null) {
            all.add(categoryFilter(query));
        }
        if (query.search() != null) {
            Pattern text = Pattern.compile(Pattern.quote(query.search()), Pattern.CASE_INSENSITIVE);
            all.add(or(regex(Product.NAME, text), regex(Product.DESCRIPTION, text), regex(Product.CATEGORY, text)));
        }
        if (query.minPrice() != null) {
            all.add(gte(Product.PRICE, query.minPrice()));
        }
        if (query.maxPrice() != null) {
            all.add(lte(Product.PRICE, query.maxPrice()));
        }
        return and(all);
    }

    /**
     * A category named (in any case) or given by id matches products by {@code categoryId} or by the {@code category}
     * string, so legacy documents that carry only one of them are found.
     */
    private Bson categoryFilter(ProductQuery query) {
        CategoryEntity category = null;
        if (query.categoryId() != null) {
            category = categories.findById(query.categoryId());
        } else {
            Pattern exact = exactName(query.category());
            category = categories.mongoCollection().find(regex(Category.NAME, exact)).first();
        }
        List<Bson> any = new ArrayList<>();
        if (query.categoryId() != null) {
            any.add(eq(Product.CATEGORY_ID, query.categoryId()));
        } else if (category != null) {
            any.add(eq(Product.CATEGORY_ID, category.getId()));
        }
        String name = category != null ? category.getName() : query.category();
        if (name != null) {
            any.add(regex(Product.CATEGORY, exactName(name)));
        }
        return or(any);
    }

    private static Pattern exactName(String name) {
        return Pattern.compile("^\\s*" + Pattern.quote(name.trim()) + "\\s*$", Pattern.CASE_INSENSITIVE);
    }

    private static Bson sort(ProductQuery.Order order) {
        return switch (order) {
            case OLDEST -> Sorts.ascending(Product.CREATED_AT, Product._ID);
            case PRICE_ASC -> Sorts.orderBy(Sorts.ascending(Product.PRICE), Sorts.ascending(Product._ID));
            case PRICE_DESC -> Sorts.orderBy(Sorts.descending(Product.PRICE), Sorts.ascending(Product._ID));
            default -> Sorts.descending(Product.CREATED_AT, Product._ID);
        };
    }

    /**
     * Name and rating orders are computed here over the matching products' names and figures: names A to Z ignoring
     * case and surrounding spaces (the embedded server has no collations), ratings including legacy products that do
     * not store their figures yet. Then only the requested page is read; the number of keys is the total.
     */
    private Page sortedInMemory(Bson filter, ProductQuery query) {
        List<Document> keys = products.mongoCollection().withDocumentClass(Document.class).find(filter)
                .projection(Projections.include(Product.NAME, Product.AVERAGE_RATING, Product.REVIEW_COUNT))
                .into(new ArrayList<>());
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        Comparator<Document> byName = Comparator.comparing(d -> String.valueOf(d.get(Product.NAME)).trim(),
                collator);
        Comparator<Document> order;
        if (query.order() == ProductQuery.Order.RATING) {
            List<ObjectId> unrated = keys.stream().filter(d -> !(d.get(Product.REVIEW_COUNT) instanceof Number))
                    .map(d -> d.getObjectId(Product._ID)).toList();
            Map<ObjectId, ProductRatings.Figures> computed = ratings.compute(unrated);
            Map<ObjectId, ProductRatings.Figures> figures = new HashMap<>(computed);
            keys.stream().filter(d -> d.get(Product.REVIEW_COUNT) instanceof Number).forEach(d -> figures.put(
                    d.getObjectId(Product._ID), new ProductRatings.Figures(number(d.get(Product.AVERAGE_RATING)),
                            ((Number) d.get(Product.REVIEW_COUNT)).intValue())));
            Comparator<Document> rating = Comparator.comparingDouble(
                    d -> figures.getOrDefault(d.getObjectId(Product._ID), ProductRatings.Figures.NONE)
                            .averageRating());
            Comparator<Document> count = Comparator.comparingInt(
                    d -> figures.getOrDefault(d.getObjectId(Product._ID), ProductRatings.Figures.NONE).reviewCount());
            order = rating.reversed().thenComparing(count.reversed()).thenComparing(byName);
        } else {
            order = byName;
        }
        keys.sort(order.thenComparing(d -> d.getObjectId(Product._ID)));
        List<ObjectId> page = keys.stream().skip(query.paging().skip()).limit(query.paging().limit())
                .map(d -> d.getObjectId(Product._ID)).toList();
        Map<ObjectId, ProductEntity> found = catalog.byIds(page);
        Map<ObjectId, ProductEntity> ordered = new LinkedHashMap<>();
        page.forEach(id -> {
            if (found.containsKey(id)) {
                ordered.put(id, found.get(id));
            }
        });
        // Every match's sort key was read: their number is the total, no count needed.
        return new Page(catalog.views(new ArrayList<>(ordered.values())), keys.size());
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0.0;
    }

    private static String key(String name) {
        return name == null ? null : name.trim().toLowerCase(Locale.ROOT);
    }
}
