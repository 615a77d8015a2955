package com.annavaram.hardening.support;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

import com.annavaram.model.CollectionNames;
import com.annavaram.testsupport.AliasChecker;
import com.mongodb.client.MongoDatabase;

/**
 * The reconciliation check: for every product, {@code stock == initial − units in non-cancelled orders}, where
 * {@code initial} is taken at a baseline as the stock then plus the units its non-cancelled orders then held (so
 * orders placed before the baseline count on both sides). Also: no unequal alias pair, every order complete.
 */
public record StockAudit(Map<Object, Long> initial) {

    public static StockAudit baseline(MongoDatabase db) {
        Map<Object, Long> initial = new HashMap<>(stock(db));
        reserved(db).forEach((product, units) -> initial.merge(product, units, Long::sum));
        return new StockAudit(initial);
    }

    /** Every product whose stock does not reconcile with its orders, one line each. */
    public List<String> mismatches(MongoDatabase db) {
        Map<Object, Long> stock = stock(db);
        Map<Object, Long> reserved = reserved(db);
        List<String> mismatches = new ArrayList<>();
        initial.forEach((product, start) -> {
            long expected = start - reserved.getOrDefault(product, 0L);
            long actual = stock.getOrDefault(product, Long.MIN_VALUE);
            if (expected != actual) {
                mismatches.add("product " + product + ": stock " + actual + ", expected " + expected + " (initial "
                        + start + " − " + reserved.getOrDefault(product, 0L) + " ordered)");
            }
        });
        return mismatches;
    }

    /** Orders missing anything DESIGN.md invariant 4 requires. */
    public static List<String> incompleteOrders(MongoDatabase db) {
        List<String> incomplete = new ArrayList<>();
        for (Document order : db.getCollection(CollectionNames.ORDERS).find()) {
            List<String> missing = new ArrayList<>();
            for (String field : List.of("orderId", "userId", "user", "products", "items", "totalAmount", "currency",
                    "statusHistory", "shippingAddress", "status", "createdAt")) {
                if (order.get(field) == null) {
                    missing.add(field);
                }
            }
            List<Document> lines = order.getList("products", Document.class, List.of());
            if (lines.isEmpty()) {
                missing.add("products[]");
            }
            for (Document line : lines) {
                for (String field : List.of("productId", "productName", "quantity", "unitPrice", "subtotal")) {
                    if (line.get(field) == null) {
                        missing.add("products[]." + field);
                    }
                }
            }
            if (!"INR".equals(order.get("currency"))) {
                missing.add("currency INR");
            }
            if (!missing.isEmpty()) {
                incomplete.add(order.get("_id") + " lacks " + missing);
            }
        }
        return incomplete;
    }

    /** Carts claimed by a checkout (status converted) that no order came from: a customer's cart lost mid-way. */
    public static List<String> stuckCarts(MongoDatabase db) {
        Set<Object> ordered = new HashSet<>();
        db.getCollection(CollectionNames.ORDERS).find().forEach(order -> ordered.add(order.get("cart")));
        List<String> stuck = new ArrayList<>();
        for (Document cart : db.getCollection(CollectionNames.CARTS).find(eq("status",
                "converted"))) {
            if (!ordered.contains(cart.get("_id"))) {
                stuck.add("cart " + cart.get("_id") + " of user " + cart.get("user"));
            }
        }
        return stuck;
    }

    public static List<String> aliasViolations(MongoDatabase db) {
        return AliasChecker.scan(db).stream().map(Object::toString).toList();
    }

    public static Map<Object, Long> stock(MongoDatabase db) {
        Map<Object, Long> stock = new HashMap<>();
        for (Document product : db.getCollection(CollectionNames.PRODUCTS).find()) {
            Object value = product.get("stock");
            stock.put(product.get("_id"), value instanceof Number n ? n.longValue() : 0L);
        }
        return stock;
    }

    /** Units per product held by orders that are not cancelled. */
    public static Map<Object, Long> reserved(MongoDatabase db) {
        Map<Object, Long> reserved = new HashMap<>();
        for (Document order : db.getCollection(CollectionNames.ORDERS).find(ne("status", "cancelled"))) {
            for (Document line : order.getList("products", Document.class, List.of())) {
                Object product = line.get("productId") != null ? line.get("productId") : line.get("product");
                Object quantity = line.get("quantity");
                if (product != null && quantity instanceof Number n) {
                    reserved.merge(product, n.longValue(), Long::sum);
                }
            }
        }
        return reserved;
    }
}
