package com.annavaram.bench.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.bson.types.ObjectId;

/**
 * What the generator wrote and the scenarios pick from.
 *
 * @param products the active products (hot ones included), in generation order
 * @param prices the price of every active product, for the carts checkout prepares
 * @param hotProducts active products with little stock that checkout competes for
 * @param customers customer ids, in the order of {@link #customerEmails}
 * @param storedProducts every product document, inactive and deleted ones included (the admin list shows them)
 */
public record DataSet(DataSpec spec, List<String> categoryNames, List<ObjectId> products,
        Map<ObjectId, BigDecimal> prices, List<ObjectId> hotProducts, List<ObjectId> customers,
        List<String> customerEmails, String customerPassword, String adminEmail, String adminPassword,
        List<String> searchTerms, int storedProducts, int orders, int reviews) {

    public DataSet {
        categoryNames = List.copyOf(categoryNames);
        products = List.copyOf(products);
        prices = Map.copyOf(prices);
        hotProducts = List.copyOf(hotProducts);
        customers = List.copyOf(customers);
        customerEmails = List.copyOf(customerEmails);
        searchTerms = List.copyOf(searchTerms);
    }

    /** Active products checkout may put in a cart besides the hot ones. */
    public List<ObjectId> regularProducts() {
        return products.stream().filter(p -> !hotProducts.contains(p)).toList();
    }
}
