package com.annavaram.migration.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.bson.Document;

import com.annavaram.migration.Values;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.alias.RawAliasCheck;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.index.IndexCatalog;
import com.annavaram.model.index.IndexSpec;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

/**
 * Checks the live data after a run: the product count, no dangling reference anywhere, no unequal alias pair, every
 * order and every product complete, every index of the catalogue present, unique slugs. Streams every collection;
 * holds only id sets.
 */
public final class Verifier {

    static final String PRODUCT_COUNT = "product count";
    static final String DANGLING = "no dangling references";
    static final String ALIASES = "no unequal alias pairs";
    static final String ORDERS = "every order complete";
    static final String PRODUCTS = "every product complete";
    static final String INDEXES = "every index present";
    static final String SLUGS = "unique slugs";

    private final MongoDatabase db;
    private final int batchSize;
    private final Check count = new Check(PRODUCT_COUNT);
    private final Check dangling = new Check(DANGLING);
    private final Check aliases = new Check(ALIASES);
    private final Check orders = new Check(ORDERS);
    private final Check products = new Check(PRODUCTS);
    private final Check indexes = new Check(INDEXES);
    private final Check slugs = new Check(SLUGS);
    private final Map<Object, String> categoryNames = new HashMap<>();
    private final Set<Object> productIds = new HashSet<>();
    private final Set<Object> userIds = new HashSet<>();
    private final Set<Object> orderIds = new HashSet<>();
    private final Set<Object> cartIds = new HashSet<>();

    private Verifier(MongoDatabase db, int batchSize) {
        this.db = db;
        this.batchSize = batchSize;
    }

    /**
     * @param expectedProducts the product count the run planned, or {@code null} when no run is recorded
     */
    public static VerifyResult verify(MongoDatabase db, Long expectedProducts, int batchSize) {
        return new Verifier(db, batchSize).run(expectedProducts);
    }

    private VerifyResult run(Long expectedProducts) {
        scan(CollectionNames.CATEGORIES, c -> categoryNames.put(c.get("_id"), c.getString("name")));
        Set<String> seenSlugs = new HashSet<>();
        ProductChecks productChecks = new ProductChecks(products);
        scan(CollectionNames.PRODUCTS, p -> {
            productIds.add(p.get("_id"));
            productChecks.check(p);
            alias(CollectionNames.PRODUCTS, p);
            Object categoryId = p.get(Product.CATEGORY_ID);
            if (categoryId != null && !categoryNames.containsKey(categoryId)) {
                dangling.fail(ref(CollectionNames.PRODUCTS, p, Product.CATEGORY_ID, categoryId));
            }
            Object slug = p.get(Product.SLUG);
            if (Values.isBlank(slug)) {
                slugs.fail("products _id=" + Values.printable(p.get("_id")) + " has no slug");
            } else if (!seenSlugs.add(String.valueOf(slug))) {
                slugs.fail("slug \"" + slug + "\" is used more than once");
            }
        });
        long productCount = productIds.size();
        count.figure(productCount + " products" + (expectedProducts == null
                ? " (no run recorded to compare)"
                : ", planned " + expectedProducts));
        if (expectedProducts != null && expectedProducts != productCount) {
            count.fail("products holds " + productCount + " documents, the run planned " + expectedProducts);
        }
        slugs.figure(seenSlugs.size() + " slugs");
        scan(CollectionNames.USERS, u -> userIds.add(u.get("_id")));
        OrderChecks orderChecks = new OrderChecks(orders);
        scan(CollectionNames.ORDERS, o -> {
            orderIds.add(o.get("_id"));
            orderChecks.check(o);
            alias(CollectionNames.ORDERS, o);
            exists(CollectionNames.ORDERS, o, "userId", userIds);
            List<?> lines = Values.list(o, "products");
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i) instanceof Document line) {
                    Object product = line.get("productId");
                    if (!productIds.contains(product)) {
                        dangling.fail(ref(CollectionNames.ORDERS, o, "products." + i + ".productId", product));
                    }
                }
            }
        });
        orders.figure(orderIds.size() + " orders");
        scan(CollectionNames.ORDER_ITEMS, i -> {
            exists(CollectionNames.ORDER_ITEMS, i, "product", productIds);
            exists(CollectionNames.ORDER_ITEMS, i, "order", orderIds);
        });
        scan(CollectionNames.REVIEWS, r -> {
            alias(CollectionNames.REVIEWS, r);
            exists(CollectionNames.REVIEWS, r, "productId", productIds);
            exists(CollectionNames.REVIEWS, r, "userId", userIds);
        });
        scan(CollectionNames.CARTS, c -> {
            cartIds.add(c.get("_id"));
            exists(CollectionNames.CARTS, c, "user", userIds);
        });
        scan(CollectionNames.CART_ITEMS, i -> {
            exists(CollectionNames.CART_ITEMS, i, "cart", cartIds);
            exists(CollectionNames.CART_ITEMS, i, "product", productIds);
        });
        scan(CollectionNames.WISHLISTS, w -> {
            exists(CollectionNames.WISHLISTS, w, "user", userIds);
            exists(CollectionNames.WISHLISTS, w, "product", productIds);
        });
        scan(CollectionNames.PAYMENTS, p -> exists(CollectionNames.PAYMENTS, p, "order", orderIds));
        checkIndexes();
        return new VerifyResult(List.of(count, dangling, aliases, orders, products, indexes, slugs));
    }

    private void checkIndexes() {
        int present = 0;
        for (IndexSpec spec : IndexCatalog.all()) {
            List<Document> existing = new ArrayList<>();
            try {
                db.getCollection(spec.collection()).listIndexes().into(existing);
            } catch (RuntimeException e) {
                // no collection: no index
            }
            if (existing.stream().anyMatch(i -> spec.name().equals(i.getString("name")) && spec.matches(i))) {
                present++;
            } else {
                indexes.fail(spec.collection() + "." + spec.name() + " is missing or has other options");
            }
        }
        indexes.figure(present + " of " + IndexCatalog.all().size());
    }

    private void alias(String collection, Document doc) {
        RawAliasCheck.check(collection, doc, categoryNames::get).forEach(v -> aliases.fail(v.toString()));
    }

    private void exists(String collection, Document doc, String field, Set<Object> ids) {
        Object value = doc.get(field);
        if (!ids.contains(value)) {
            dangling.fail(ref(collection, doc, field, value));
        }
    }

    private static String ref(String collection, Document doc, String field, Object value) {
        return collection + " _id=" + Values.printable(doc.get("_id")) + " " + field + "="
                + Values.printable(value) + " points at nothing";
    }

    private void scan(String collection, Consumer<Document> consumer) {
        for (Document doc : db.getCollection(collection).find().sort(Sorts.ascending("_id")).batchSize(batchSize)) {
            consumer.accept(doc);
        }
    }
}
