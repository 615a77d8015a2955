package com.annavaram.user.catalog;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.annavaram.model.bson.Refs;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Product;
import com.annavaram.user.error.ApiException;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

/**
 * The catalogue: products on sale ({@code isActive} and not deleted; a legacy document may lack {@code isDeleted}),
 * looked up by id or slug, searched and sorted for the products page, and shown with their category name and rating
 * figures.
 */
@Singleton
public class ProductCatalog {

    public static final String NOT_FOUND = "Product not found";
    public static final String NOT_AVAILABLE = "Product not available";
    static final int MAX_ID_LENGTH = 200;

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final ProductRatings ratings;
    private final ProductMapper mapper;

    ProductCatalog(ProductRepository products, CategoryRepository categories, ProductRatings ratings,
            ProductMapper mapper) {
        this.products = products;
        this.categories = categories;
        this.ratings = ratings;
        this.mapper = mapper;
    }

    /** The filter of every product a shopper may see and buy. */
    public static Bson onSale() {
        return and(eq(Product.IS_ACTIVE, true), ne(Product.IS_DELETED, true));
    }

    public static boolean isOnSale(Product product) {
        return Boolean.TRUE.equals(product.getIsActive()) && !Boolean.TRUE.equals(product.getIsDeleted());
    }

    /** A product by id or slug, whatever its state. */
    public Optional<ProductEntity> resolve(String idOrSlug) {
        if (idOrSlug == null || idOrSlug.isBlank() || idOrSlug.length() > MAX_ID_LENGTH) {
            return Optional.empty();
        }
        Optional<ObjectId> id = Refs.parse(idOrSlug.trim());
        if (id.isPresent()) {
            return Optional.ofNullable(products.findById(id.get()));
        }
        return Optional.ofNullable(products.mongoCollection()
                .find(eq(Product.SLUG, idOrSlug.trim().toLowerCase(Locale.ROOT))).first());
    }

    /** A product on sale by id or slug; 404 for anything else. */
    public ProductEntity onSale(String idOrSlug) {
        return resolve(idOrSlug).filter(ProductCatalog::isOnSale).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    /** Products by id, in any state. */
    public Map<ObjectId, ProductEntity> byIds(Collection<ObjectId> ids) {
        Map<ObjectId, ProductEntity> found = new HashMap<>();
        if (!ids.isEmpty()) {
            products.mongoCollection().find(in(Product._ID, ids)).forEach(p -> found.put(p.getId(), p));
        }
        return found;
    }

    /** One page of the products page (S16) and the number of all matches. */
    public record Page(List<ProductView> items, long total) {
    }

    Page search(ProductQuery query) {
        Bson filter = filter(query);
        long total = products.mongoCollection().countDocuments(filter);
        List<ProductEntity> found;
        if (query.order() == ProductQuery.Order.NAME || query.order() == ProductQuery.Order.RATING) {
            found = sortedInMemory(filter, query);
        } else {
            found = products.mongoCollection().find(filter).sort(sort(query.order())).skip(query.paging().skip())
                    .limit(query.paging().limit()).into(new ArrayList<>());
        }
        return new Page(views(found), total);
    }

    /** The views of {@code found}, in order, with category names and rating figures resolved in two queries. */
    public List<ProductView> views(List<? extends Product> found) {
        Map<ObjectId, String> names = categoryNames();
        List<ObjectId> unrated = found.stream().filter(p -> p.getReviewCount() == null).map(Product::getId).toList();
        Map<ObjectId, ProductRatings.Figures> computed = ratings.compute(unrated);
        return found.stream().map(p -> mapper.toView(p, categoryName(p, names), figures(p, computed))).toList();
    }

    public ProductView view(Product product) {
        return views(List.of(product)).get(0);
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
        for (Document product : products.mongoCollection().withDocumentClass(Document.class).find(onSale())
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
        List<Bson> all = new ArrayList<>(List.of(onSale()));
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
     * not store their figures yet. Then only the requested page is read.
     */
    private List<ProductEntity> sortedInMemory(Bson filter, ProductQuery query) {
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
        Map<ObjectId, ProductEntity> found = byIds(page);
        Map<ObjectId, ProductEntity> ordered = new LinkedHashMap<>();
        page.forEach(id -> {
            if (found.containsKey(id)) {
                ordered.put(id, found.get(id));
            }
        });
        return new ArrayList<>(ordered.values());
    }

    private Map<ObjectId, String> categoryNames() {
        Map<ObjectId, String> names = new HashMap<>();
        categories.mongoCollection().withDocumentClass(Document.class).find()
                .projection(Projections.include(Category.NAME))
                .forEach(c -> names.put(c.getObjectId(Category._ID), c.getString(Category.NAME)));
        return names;
    }

    /** The name of the category {@code categoryId} references wins over a stale {@code category} string. */
    private static String categoryName(Product product, Map<ObjectId, String> names) {
        if (product.getCategoryId() != null && names.get(product.getCategoryId()) != null) {
            return names.get(product.getCategoryId());
        }
        return product.getCategory();
    }

    private static ProductRatings.Figures figures(Product product,
            Map<ObjectId, ProductRatings.Figures> computed) {
        if (product.getReviewCount() != null) {
            return new ProductRatings.Figures(
                    product.getAverageRating() == null ? 0.0 : product.getAverageRating(), product.getReviewCount());
        }
        return computed.getOrDefault(product.getId(), ProductRatings.Figures.NONE);
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0.0;
    }

    private static String key(String name) {
        return name == null ? null : name.trim().toLowerCase(Locale.ROOT);
    }
}
