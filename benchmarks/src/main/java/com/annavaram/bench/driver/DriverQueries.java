package com.annavaram.bench.driver;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.annavaram.model.bson.ModelCodecs;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Product;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

/**
 * The database limit: exactly the queries user-service sends for {@code GET /api/products} and
 * {@code GET /api/products/{id}} (ProductSearch, ProductCatalog: same filters, sorts, skip, limit, count, the
 * category-name projection), decoded through the same shared-model codecs into the same classes, with nothing
 * around them: no HTTP, no JSON, no mapping. Keep in step with user-service's catalog package.
 */
public final class DriverQueries {

    /** user-service's cap when no {@code limit} is sent (ProductQuery.MAX_ITEMS). */
    public static final int MAX_ITEMS = 500;
    private static final CodecRegistry CODECS = ModelCodecs.registry(MongoClientSettings.getDefaultCodecRegistry());
    private static final Bson NEWEST = Sorts.descending(Product.CREATED_AT, Product._ID);
    private static final Bson PRICE_LOW = Sorts.orderBy(Sorts.ascending(Product.PRICE), Sorts.ascending(Product._ID));

    private final MongoCollection<Product> products;
    private final MongoCollection<Category> categories;

    public DriverQueries(MongoDatabase database) {
        MongoDatabase db = database.withCodecRegistry(CODECS);
        this.products = db.getCollection(Product.COLLECTION, Product.class);
        this.categories = db.getCollection(Category.COLLECTION, Category.class);
    }

    /** {@code GET /api/products[?limit=n]}: newest first, page 1. Returns the number of products read. */
    public int list(int limit) {
        return page(filter(List.of()), NEWEST, limit);
    }

    /** {@code GET /api/products?search=term}. */
    public int search(String term) {
        Pattern text = Pattern.compile(Pattern.quote(term.trim()), Pattern.CASE_INSENSITIVE);
        return page(filter(List.of(or(regex(Product.NAME, text), regex(Product.DESCRIPTION, text),
                regex(Product.CATEGORY, text)))), NEWEST, MAX_ITEMS);
    }

    /** {@code GET /api/products?category=name&sortBy=price-low&sortOrder=asc}: the category by name, then the page. */
    public int category(String name) {
        Category category = categories.find(regex(Category.NAME, exactName(name))).first();
        List<Bson> any = new ArrayList<>();
        if (category != null) {
            any.add(eq(Product.CATEGORY_ID, category.getId()));
        }
        any.add(regex(Product.CATEGORY, exactName(category != null ? category.getName() : name)));
        return page(filter(List.of(or(any))), PRICE_LOW, MAX_ITEMS);
    }

    /** {@code GET /api/products/{id}}: the product by id (its on-sale state is checked in memory), then names. */
    public int detail(ObjectId id) {
        Product product = products.find(eq(Product._ID, id)).first();
        categoryNames();
        return product != null && Boolean.TRUE.equals(product.getIsActive()) ? 1 : 0;
    }

    /** Page 1: the find, then a count only when the page is full (ProductSearch.total), then category names. */
    private int page(Bson filter, Bson sort, int limit) {
        List<Product> found = products.find(filter).sort(sort).skip(0).limit(limit).into(new ArrayList<>());
        long total = found.size() < limit ? found.size() : products.countDocuments(filter);
        // Every generated product stores its rating figures, so the service computes none: neither does this.
        categoryNames();
        return total < 0 ? -1 : found.size();
    }

    private static Bson filter(List<Bson> more) {
        List<Bson> all = new ArrayList<>();
        all.add(and(eq(Product.IS_ACTIVE, true), ne(Product.IS_DELETED, true)));
        all.addAll(more);
        return and(all);
    }

    private Map<ObjectId, String> categoryNames() {
        Map<ObjectId, String> names = new HashMap<>();
        categories.withDocumentClass(Document.class).find().projection(Projections.include(Category.NAME))
                .forEach(c -> names.put(c.getObjectId(Category._ID), c.getString(Category.NAME)));
        return names;
    }

    private static Pattern exactName(String name) {
        return Pattern.compile("^\\s*" + Pattern.quote(name.trim()) + "\\s*$", Pattern.CASE_INSENSITIVE);
    }
}
