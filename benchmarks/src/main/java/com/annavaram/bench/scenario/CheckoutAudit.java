package com.annavaram.bench.scenario;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.bench.data.DataSet;
import com.annavaram.model.alias.AliasViolation;
import com.annavaram.model.alias.RawAliasCheck;
import com.annavaram.model.catalog.Category;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.order.OrderStatus;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;

/**
 * The stock check around a checkout run, on the raw documents: before the run the hot products are restocked and
 * every product's stock is read; after it, for every product, stock before minus the units in the run's orders (all
 * of them, tagged by their {@code notes}) must equal the stock after and never be negative, and every alias pair of
 * the products and the run's orders must be equal.
 */
final class CheckoutAudit {

    private final MongoCollection<Document> products;
    private final MongoCollection<Document> orders;
    private final MongoCollection<Document> categories;
    private final DataSet data;
    private Map<ObjectId, Integer> before = Map.of();

    CheckoutAudit(MongoDatabase db, DataSet data) {
        this.products = db.getCollection(Product.COLLECTION);
        this.orders = db.getCollection(Order.COLLECTION);
        this.categories = db.getCollection(Category.COLLECTION);
        this.data = data;
    }

    void begin() {
        products.updateMany(in(Product._ID, data.hotProducts()), Updates.combine(
                Updates.set(Product.STOCK, data.spec().hotStock()),
                Updates.set(Product.TOTAL_STOCK, data.spec().hotStock())));
        before = stocks();
    }

    Map<String, Object> verify(String marker) {
        Map<ObjectId, Integer> sold = new HashMap<>();
        long placed = 0;
        List<AliasViolation> violations = new ArrayList<>();
        Map<Object, String> names = new HashMap<>();
        categories.find().forEach(c -> names.put(c.get(Category._ID), c.getString(Category.NAME)));
        for (Document order : orders.find(eq(Order.NOTES, marker))) {
            violations.addAll(RawAliasCheck.check(Order.COLLECTION, order, names::get));
            if (OrderStatus.CANCELLED.stored().equals(order.getString(Order.STATUS))) {
                continue;
            }
            placed++;
            for (Document line : order.getList(Order.PRODUCTS, Document.class, List.of())) {
                sold.merge(line.getObjectId(OrderLine.PRODUCT_ID), line.getInteger(OrderLine.QUANTITY), Integer::sum);
            }
        }
        for (Document product : products.find()) {
            violations.addAll(RawAliasCheck.check(Product.COLLECTION, product, names::get));
        }
        Map<ObjectId, Integer> after = stocks();
        long mismatched = after.keySet().stream()
                .filter(id -> before.getOrDefault(id, 0) - sold.getOrDefault(id, 0) != after.get(id)).count();
        long negative = after.values().stream().filter(s -> s < 0).count();
        int hotLeft = data.hotProducts().stream().mapToInt(id -> after.getOrDefault(id, 0)).sum();
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("ok", mismatched == 0 && negative == 0 && violations.isEmpty());
        checks.put("ordersPlaced", placed);
        checks.put("unitsSold", sold.values().stream().mapToInt(Integer::intValue).sum());
        checks.put("hotUnitsLeft", hotLeft);
        checks.put("stockMismatches", mismatched);
        checks.put("negativeStock", negative);
        checks.put("aliasViolations", violations.size());
        if (!violations.isEmpty()) {
            checks.put("aliasViolationSample", violations.get(0).toString());
        }
        return checks;
    }

    private Map<ObjectId, Integer> stocks() {
        Map<ObjectId, Integer> stocks = new HashMap<>();
        products.find().projection(Projections.include(Product.STOCK)).forEach(p -> stocks.put(
                p.getObjectId(Product._ID), p.get(Product.STOCK) instanceof Number n ? n.intValue() : 0));
        return stocks;
    }
}
