package com.annavaram.user.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.alias.AliasViolation;
import com.annavaram.model.alias.CategoryLookup;
import com.annavaram.model.alias.RawAliasCheck;
import com.annavaram.model.alias.UpdateContext;
import com.annavaram.model.alias.UpdateExpander;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.review.Review;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.result.UpdateResult;

/**
 * The one path of the storefront's partial updates of products, orders and reviews. Every update goes through
 * shared-model's {@link UpdateExpander} with the document as it was read and the category lookup, so both names of
 * each pair it touches are written. A legacy document whose other pairs disagree is repaired in the same update (the
 * first name wins, as on load), so no storefront write leaves an unequal pair on a document it touched. This mirrors
 * admin-service's {@code AliasedUpdates}, so both services repair legacy documents the same way.
 */
@Singleton
public class AliasedUpdates {

    private final MongoClient client;
    private final String databaseName;
    private final CategoryLookup categories;

    AliasedUpdates(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String databaseName,
            MongoCategoryLookup categories) {
        this.client = client;
        this.databaseName = databaseName;
        this.categories = categories;
    }

    /** A collection of the shop's database as raw documents. */
    public MongoCollection<Document> collection(String name) {
        return client.getDatabase(databaseName).getCollection(name);
    }

    /** The raw document, or {@code null}. */
    public Document current(String collection, ObjectId id) {
        return collection(collection).find(new Document("_id", id)).first();
    }

    public CategoryLookup categories() {
        return categories;
    }

    /** Applies {@code update} (expanded and with repairs) to the one document {@code filter} matches. */
    public UpdateResult updateOne(String collection, Bson filter, Document update, Document current) {
        return collection(collection).updateOne(filter, expand(collection, update, current));
    }

    /** As {@link #updateOne}, returning the document after the update, or {@code null} when none matched. */
    public Document findOneAndUpdate(String collection, Bson filter, Document update, Document current) {
        return collection(collection).findOneAndUpdate(filter, expand(collection, update, current),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    /** The update as it is sent: repairs of untouched unequal pairs added, then every pair expanded. */
    public Document expand(String collection, Document update, Document current) {
        Document repaired = withRepairs(collection, current, update);
        return UpdateExpander.expand(collection, repaired, new UpdateContext(current, categories));
    }

    /** {@code update} plus a {@code $set} of the first name of every unequal pair the update does not touch. */
    Document withRepairs(String collection, Document current, Document update) {
        if (current == null) {
            return update;
        }
        List<AliasViolation> violations = RawAliasCheck.check(collection, current,
                id -> id instanceof ObjectId oid ? categories.nameOf(oid).orElse(null) : null);
        if (violations.isEmpty()) {
            return update;
        }
        Set<String> touched = touchedFields(update);
        Document repairs = new Document();
        for (AliasViolation violation : violations) {
            switch (collection) {
                case CollectionNames.PRODUCTS -> repairProduct(violation.pair(), current, touched, repairs);
                case CollectionNames.ORDERS -> repairOrder(violation.pair(), current, touched, repairs);
                case CollectionNames.REVIEWS -> repairReview(violation.pair(), current, touched, repairs);
                default -> {
                    // no pairs
                }
            }
        }
        if (repairs.isEmpty()) {
            return update;
        }
        Document merged = new Document(update);
        Document set = new Document();
        if (update.get("$set") instanceof Map<?, ?> given) {
            given.forEach((k, v) -> set.put(String.valueOf(k), v));
        }
        repairs.forEach(set::putIfAbsent);
        merged.put("$set", set);
        return merged;
    }

    private void repairProduct(String pair, Document current, Set<String> touched, Document repairs) {
        if (pair.startsWith(Product.STOCK) && untouched(touched, Product.STOCK, Product.TOTAL_STOCK)) {
            repairs.put(Product.STOCK, firstPresent(current, Product.STOCK, Product.TOTAL_STOCK));
        } else if (pair.startsWith(Product.IMAGE_URL) && untouched(touched, Product.IMAGE_URL, Product.IMAGES)) {
            Object url = current.get(Product.IMAGE_URL);
            if (!(url instanceof String s) || s.isBlank()) {
                url = current.getList(Product.IMAGES, Object.class).get(0);
            }
            repairs.put(Product.IMAGE_URL, url);
        } else if (pair.startsWith(Product.CATEGORY) && untouched(touched, Product.CATEGORY, Product.CATEGORY_ID)
                && current.get(Product.CATEGORY_ID) instanceof ObjectId id && categories.nameOf(id).isPresent()) {
            repairs.put(Product.CATEGORY_ID, id);
        }
    }

    private static void repairOrder(String pair, Document current, Set<String> touched, Document repairs) {
        if (pair.startsWith(Order.USER_ID + "/") && untouched(touched, Order.USER_ID, Order.USER)) {
            repairs.put(Order.USER_ID, firstPresent(current, Order.USER_ID, Order.USER));
        } else if (untouched(touched, Order.PRODUCTS, Order.ITEMS)
                && (pair.startsWith(Order.PRODUCTS) || pair.startsWith(Order.ITEMS))) {
            List<?> products = current.get(Order.PRODUCTS) instanceof List<?> l ? l : List.of();
            List<?> items = current.get(Order.ITEMS) instanceof List<?> l ? l : List.of();
            List<Object> lines = new ArrayList<>();
            for (Object line : products.isEmpty() ? items : products) {
                lines.add(line instanceof Document doc ? syncedLine(doc) : line);
            }
            repairs.put(Order.PRODUCTS, lines);
        }
    }

    private static Document syncedLine(Document line) {
        Document synced = new Document(line);
        Object product = firstPresent(line, OrderLine.PRODUCT_ID, OrderLine.PRODUCT);
        synced.put(OrderLine.PRODUCT_ID, product);
        synced.put(OrderLine.PRODUCT, product);
        return synced;
    }

    private static void repairReview(String pair, Document current, Set<String> touched, Document repairs) {
        for (String[] names : new String[][]{{Review.USER_ID, Review.USER}, {Review.PRODUCT_ID, Review.PRODUCT},
                {Review.REVIEW_TEXT, Review.COMMENT}}) {
            if (pair.equals(names[0] + "/" + names[1]) && untouched(touched, names[0], names[1])) {
                repairs.put(names[0], firstPresent(current, names[0], names[1]));
            }
        }
    }

    /** The first name's value unless it is absent (missing, null, blank or empty), else the second's. */
    static Object firstPresent(Document doc, String first, String second) {
        Object value = doc.get(first);
        boolean absent = value == null || value instanceof String s && s.isBlank()
                || value instanceof List<?> l && l.isEmpty();
        return absent ? doc.get(second) : value;
    }

    private static boolean untouched(Set<String> touched, String first, String second) {
        return !touched.contains(first) && !touched.contains(second);
    }

    /** The top-level fields an operator update names ({@code images.0} names {@code images}). */
    private static Set<String> touchedFields(Document update) {
        Set<String> fields = new HashSet<>();
        for (Object fieldsOfOp : update.values()) {
            if (fieldsOfOp instanceof Map<?, ?> map) {
                map.keySet().forEach(key -> fields.add(String.valueOf(key).split("\\.", 2)[0]));
            }
        }
        return fields;
    }
}
