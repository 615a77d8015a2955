package com.annavaram.model.alias;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.model.CollectionNames;
import com.annavaram.model.bson.Refs;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.review.Review;

/**
 * Expands a partial update ({@code $set}, {@code $inc}, {@code $unset}, {@code $push}, …) on one name of an alias pair
 * to both names, so raw updates keep the pairs equal as the save hooks do. Both services send every partial update of
 * products, orders and reviews through {@link #expand}.
 *
 * <p>
 * Where the second name cannot be derived from the update alone (the category name of a {@code categoryId}, the new
 * first image after a {@code $pull} on {@code images}) the caller passes an {@link UpdateContext}; without it such an
 * update is refused with {@link IllegalArgumentException} rather than written half-synced.
 */
public final class UpdateExpander {

    private static final Set<String> SCALAR_OPS = Set.of("$set", "$inc", "$unset", "$min", "$max", "$mul", "$bit",
            "$setOnInsert");
    private static final Set<String> ARRAY_OPS = Set.of("$push", "$addToSet", "$pull", "$pullAll", "$pop");
    /** Each first name with its second name. */
    private static final Map<String, String> PRODUCT_PAIRS = Map.of(Product.STOCK, Product.TOTAL_STOCK);
    private static final Map<String, String> ORDER_PAIRS = Map.of(Order.USER_ID, Order.USER);
    private static final Map<String, String> REVIEW_PAIRS = Map.of(Review.USER_ID, Review.USER, Review.PRODUCT_ID,
            Review.PRODUCT, Review.REVIEW_TEXT, Review.COMMENT);

    private UpdateExpander() {
    }

    /** Expands an update of a document in {@code collection} with no extra context. */
    public static Document expand(String collection, Document update) {
        return expand(collection, update, UpdateContext.NONE);
    }

    /** Expands an update of a document in {@code collection}; {@code context} supplies what the update cannot. */
    public static Document expand(String collection, Document update, UpdateContext context) {
        Objects.requireNonNull(update, "update");
        Map<String, Document> ops = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : update.entrySet()) {
            if (!entry.getKey().startsWith("$")) {
                throw new IllegalArgumentException("not an operator update: " + entry.getKey());
            }
            if (!(entry.getValue() instanceof Map<?, ?> fields)) {
                throw new IllegalArgumentException(entry.getKey() + " needs a document of fields");
            }
            ops.put(entry.getKey(), copyOf(fields));
        }
        switch (collection) {
            case CollectionNames.PRODUCTS -> expandProduct(ops, context);
            case CollectionNames.ORDERS -> expandOrder(ops);
            case CollectionNames.REVIEWS -> {
                rejectRename(ops, Set.of(Review.USER_ID, Review.USER, Review.PRODUCT_ID, Review.PRODUCT,
                        Review.REVIEW_TEXT, Review.COMMENT));
                mirrorScalars(ops, REVIEW_PAIRS);
            }
            default -> {
                // no alias pairs in other collections
            }
        }
        rejectConflicts(ops);
        Document result = new Document();
        ops.forEach((op, fields) -> {
            if (!fields.isEmpty()) {
                result.put(op, fields);
            }
        });
        return result;
    }

    private static void expandProduct(Map<String, Document> ops, UpdateContext context) {
        rejectRename(ops, Set.of(Product.STOCK, Product.TOTAL_STOCK, Product.IMAGE_URL, Product.IMAGES,
                Product.CATEGORY, Product.CATEGORY_ID));
        mirrorScalars(ops, PRODUCT_PAIRS);
        expandImages(ops, context);
        expandCategory(ops, context);
    }

    private static void expandImages(Map<String, Document> ops, UpdateContext context) {
        Document set = ops.computeIfAbsent("$set", k -> new Document());
        Document unset = ops.computeIfAbsent("$unset", k -> new Document());
        boolean setsUrl = set.containsKey(Product.IMAGE_URL);
        boolean setsImages = set.containsKey(Product.IMAGES);
        if (set.containsKey("images.0") && !setsUrl) {
            set.put(Product.IMAGE_URL, set.get("images.0"));
        } else if (setsUrl && set.containsKey("images.0")) {
            set.put("images.0", set.get(Product.IMAGE_URL));
        }
        if (set.containsKey("images.0") && !setsImages && context.current() != null
                && !(context.current().get(Product.IMAGES) instanceof List<?>)) {
            // on a document without the array the server would create {images: {"0": url}}, which no one can read
            List<Object> images = new ArrayList<>();
            images.add(set.remove("images.0"));
            set.put(Product.IMAGES, images);
            setsImages = true;
        }
        if (setsUrl) {
            Object url = set.get(Product.IMAGE_URL);
            List<Object> images = setsImages
                    ? listOf(set.get(Product.IMAGES))
                    : context.current() != null ? listOf(context.current().get(Product.IMAGES)) : null;
            if (url == null || (url instanceof String s && s.isBlank())) {
                set.remove(Product.IMAGE_URL);
                set.remove(Product.IMAGES);
                unset.put(Product.IMAGE_URL, "");
                set.put(Product.IMAGES, new ArrayList<>());
            } else if (images != null) {
                images = new ArrayList<>(images);
                if (images.isEmpty()) {
                    images.add(url);
                } else {
                    images.set(0, url);
                }
                set.put(Product.IMAGES, images);
            } else if (!set.containsKey("images.0")) {
                set.put("images.0", url);
            }
        } else if (setsImages) {
            List<Object> images = listOf(set.get(Product.IMAGES));
            if (images.isEmpty()) {
                unset.put(Product.IMAGE_URL, "");
            } else {
                set.put(Product.IMAGE_URL, images.get(0));
            }
        }
        if (unset.containsKey(Product.IMAGE_URL) && !set.containsKey(Product.IMAGES)) {
            unset.put(Product.IMAGES, "");
        }
        if (unset.containsKey(Product.IMAGES) && !set.containsKey(Product.IMAGE_URL)) {
            unset.put(Product.IMAGE_URL, "");
        }
        for (String op : ARRAY_OPS) {
            Document fields = ops.get(op);
            if (fields != null && fields.containsKey(Product.IMAGES)) {
                expandImagesArrayOp(op, fields, set, unset, context);
            }
        }
    }

    /** {@code $push} and friends on images: the new first image is computed from the current document. */
    private static void expandImagesArrayOp(String op, Document fields, Document set, Document unset,
            UpdateContext context) {
        if (context.current() == null) {
            throw new IllegalArgumentException(op + " on images needs the current document to keep imageUrl equal");
        }
        List<Object> images = new ArrayList<>(listOf(context.current().get(Product.IMAGES)));
        Object arg = fields.remove(Product.IMAGES);
        switch (op) {
            case "$push", "$addToSet" -> {
                List<Object> added = arg instanceof Map<?, ?> m && m.containsKey("$each")
                        ? listOf(m.get("$each"))
                        : Collections.singletonList(arg);
                for (Object value : added) {
                    if (!"$addToSet".equals(op) || !images.contains(value)) {
                        images.add(value);
                    }
                }
            }
            case "$pull" -> {
                List<Object> removed = arg instanceof Map<?, ?> m && m.containsKey("$in")
                        ? listOf(m.get("$in"))
                        : Collections.singletonList(arg);
                images.removeIf(removed::contains);
            }
            case "$pullAll" -> images.removeIf(listOf(arg)::contains);
            case "$pop" -> {
                if (!images.isEmpty()) {
                    images.remove(((Number) arg).intValue() < 0 ? 0 : images.size() - 1);
                }
            }
            default -> throw new IllegalArgumentException(op + " on images is not supported");
        }
        set.put(Product.IMAGES, images);
        if (images.isEmpty()) {
            unset.put(Product.IMAGE_URL, "");
        } else {
            set.put(Product.IMAGE_URL, images.get(0));
        }
    }

    private static void expandCategory(Map<String, Document> ops, UpdateContext context) {
        Document set = ops.get("$set");
        Document unset = ops.get("$unset");
        if (set.containsKey(Product.CATEGORY_ID)) {
            ObjectId id = Refs.objectId(set.get(Product.CATEGORY_ID))
                    .orElseThrow(() -> new IllegalArgumentException("categoryId is not an id"));
            set.put(Product.CATEGORY_ID, id);
            String name = context.categories().nameOf(id)
                    .orElseThrow(() -> new IllegalArgumentException("no category with id " + id));
            set.put(Product.CATEGORY, name);
        } else if (set.containsKey(Product.CATEGORY)) {
            Object name = set.get(Product.CATEGORY);
            ObjectId id = context.categories().idOfName(String.valueOf(name))
                    .orElseThrow(() -> new IllegalArgumentException("no category named " + name));
            set.put(Product.CATEGORY_ID, id);
            // names match case-insensitively: store the category's own spelling, as the save hook does
            set.put(Product.CATEGORY, context.categories().nameOf(id).orElse(String.valueOf(name)));
        }
        if (unset.containsKey(Product.CATEGORY_ID) || unset.containsKey(Product.CATEGORY)) {
            unset.put(Product.CATEGORY_ID, "");
            unset.put(Product.CATEGORY, "");
        }
    }

    private static void expandOrder(Map<String, Document> ops) {
        rejectRename(ops, Set.of(Order.USER_ID, Order.USER, Order.PRODUCTS, Order.ITEMS));
        mirrorScalars(ops, ORDER_PAIRS);
        for (Map.Entry<String, Document> op : ops.entrySet()) {
            Document fields = op.getValue();
            for (String path : new ArrayList<>(fields.keySet())) {
                LinePath line = LinePath.parse(path);
                if (line != null) {
                    fields.put(path, syncLineValues(op.getKey(), line, fields.get(path)));
                }
            }
            for (String path : new ArrayList<>(fields.keySet())) {
                LinePath line = LinePath.parse(path);
                if (line != null) {
                    applyGroup(fields, line.group());
                }
            }
        }
    }

    /**
     * Gives every path of a group of equivalent paths the value of the group's winner: the first of them, in rank
     * order, that the update names.
     */
    private static void applyGroup(Document fields, List<String> group) {
        String winner = group.stream().filter(fields::containsKey).findFirst().orElse(null);
        if (winner != null) {
            Object value = fields.get(winner);
            group.forEach(path -> fields.put(path, value));
        }
    }

    /** Whole lines written into either array get their {@code productId}/{@code product} pair filled. */
    private static Object syncLineValues(String op, LinePath path, Object value) {
        if (path.field() != null || "$unset".equals(op) || "$pop".equals(op)) {
            return value;
        }
        if (value instanceof List<?> lines) {
            List<Object> synced = new ArrayList<>(lines.size());
            lines.forEach(line -> synced.add(syncLine(line)));
            return synced;
        }
        if (value instanceof Map<?, ?> map && map.containsKey("$each")) {
            Document each = copyOf(map);
            each.put("$each", syncLineValues(op, path, each.get("$each")));
            return each;
        }
        return "$pull".equals(op) ? value : syncLine(value);
    }

    private static Object syncLine(Object line) {
        if (!(line instanceof Map<?, ?> map)) {
            return line;
        }
        Document doc = copyOf(map);
        if (!doc.containsKey(OrderLine.PRODUCT_ID) && !doc.containsKey(OrderLine.PRODUCT)) {
            // a line naming no product: adding one name as null would leave the pair unequal
            return doc;
        }
        Object productId = doc.get(OrderLine.PRODUCT_ID);
        Object product = productId != null ? productId : doc.get(OrderLine.PRODUCT);
        doc.put(OrderLine.PRODUCT_ID, product);
        doc.put(OrderLine.PRODUCT, product);
        return doc;
    }

    /** Mirrors plain pairs; {@code pairs} maps each first name to its second name. */
    private static void mirrorScalars(Map<String, Document> ops, Map<String, String> pairs) {
        for (Map.Entry<String, Document> op : ops.entrySet()) {
            if (!SCALAR_OPS.contains(op.getKey()) && !ARRAY_OPS.contains(op.getKey())) {
                continue;
            }
            Document fields = op.getValue();
            pairs.forEach((first, second) -> applyGroup(fields, List.of(first, second)));
        }
    }

    private static void rejectRename(Map<String, Document> ops, Set<String> aliasNames) {
        Document rename = ops.get("$rename");
        if (rename != null) {
            for (String field : rename.keySet()) {
                if (aliasNames.contains(field) || aliasNames.contains(String.valueOf(rename.get(field)))) {
                    throw new IllegalArgumentException("$rename of an alias field is not allowed: " + field);
                }
            }
        }
    }

    /** MongoDB refuses one path under two operators; say so before the server does. */
    private static void rejectConflicts(Map<String, Document> ops) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Document> op : ops.entrySet()) {
            for (String path : op.getValue().keySet()) {
                String other = seen.put(path, op.getKey());
                if (other != null) {
                    throw new IllegalArgumentException(path + " is written by both " + other + " and " + op.getKey());
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listOf(Object value) {
        if (value == null) {
            return new ArrayList<>();
        }
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new IllegalArgumentException("expected an array but found " + value);
    }

    private static Document copyOf(Map<?, ?> map) {
        Document doc = new Document();
        map.forEach((k, v) -> doc.put(String.valueOf(k), v));
        return doc;
    }

    /** A path into {@code products} or {@code items}: the array, an optional element selector and line field. */
    private record LinePath(String array, String selector, String field) {

        static LinePath parse(String path) {
            String[] parts = path.split("\\.", 3);
            if (!Order.PRODUCTS.equals(parts[0]) && !Order.ITEMS.equals(parts[0])) {
                return null;
            }
            return new LinePath(parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null);
        }

        /** The equivalent paths in rank order: products before items, productId before product. */
        List<String> group() {
            if (OrderLine.PRODUCT_ID.equals(field) || OrderLine.PRODUCT.equals(field)) {
                return List.of(join(Order.PRODUCTS, OrderLine.PRODUCT_ID), join(Order.PRODUCTS, OrderLine.PRODUCT),
                        join(Order.ITEMS, OrderLine.PRODUCT_ID), join(Order.ITEMS, OrderLine.PRODUCT));
            }
            return List.of(join(Order.PRODUCTS, field), join(Order.ITEMS, field));
        }

        private String join(String arrayName, String lineField) {
            StringBuilder path = new StringBuilder(arrayName);
            if (selector != null) {
                path.append('.').append(selector);
            }
            if (lineField != null) {
                path.append('.').append(lineField);
            }
            return path.toString();
        }
    }
}
