package com.annavaram.user.cart;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.LegacyOrderItem;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.user.config.AliasedUpdates;
import com.annavaram.user.error.ApiException;
import com.mongodb.client.model.Projections;

/**
 * The stock and per-customer limits a quantity must respect: the product's stock, and unless the product is
 * {@code isUnlimitedPurchase}, its {@code maxUnitsPerUser} counting what the customer already has in orders that are
 * not cancelled (a product without the field has no per-customer limit).
 */
@Singleton
public class PurchaseLimits {

    public static final String INSUFFICIENT_STOCK = "Insufficient stock for requested quantity";
    /** The most units of one product a cart line or order line may hold. */
    public static final int MAX_LINE_QUANTITY = 100;

    private final AliasedUpdates updates;

    PurchaseLimits(AliasedUpdates updates) {
        this.updates = updates;
    }

    /** Refuses {@code quantity} units of {@code product} for {@code user} when stock or the limit is short. */
    public void check(ObjectId user, Product product, int quantity) {
        if (quantity > MAX_LINE_QUANTITY) {
            throw ApiException.badRequest("You can add at most " + MAX_LINE_QUANTITY + " units of one product.");
        }
        int stock = stockOf(product);
        if (quantity > stock) {
            throw ApiException.conflict(INSUFFICIENT_STOCK);
        }
        checkLimit(user, product, quantity);
    }

    /** Refuses {@code quantity} more units when the customer's limit for the product would be passed. */
    public void checkLimit(ObjectId user, Product product, int quantity) {
        checkLimits(user, Map.of(product, quantity));
    }

    /**
     * Refuses the lines when any would pass the customer's limit for its product. The customer's orders are read once
     * for all the limited products, not once per line.
     */
    public void checkLimits(ObjectId user, Map<? extends Product, Integer> quantities) {
        Map<ObjectId, Product> limited = new LinkedHashMap<>();
        quantities.keySet().stream().filter(PurchaseLimits::isLimited).forEach(p -> limited.put(p.getId(), p));
        if (limited.isEmpty()) {
            return;
        }
        Map<ObjectId, Integer> ordered = ordered(user, limited.keySet());
        for (Product product : limited.values()) {
            int max = product.getMaxUnitsPerUser();
            int already = ordered.getOrDefault(product.getId(), 0);
            if (already + quantities.get(product) > max) {
                throw ApiException.conflict("You can buy at most " + max + " units of " + product.getName()
                        + (already > 0 ? " and your orders already hold " + already + "." : "."));
            }
        }
    }

    private static boolean isLimited(Product product) {
        return !Boolean.TRUE.equals(product.getIsUnlimitedPurchase()) && product.getMaxUnitsPerUser() != null;
    }

    /** Units of {@code productId} in the customer's orders that are not cancelled, embedded or legacy lines. */
    public int ordered(ObjectId user, ObjectId productId) {
        return ordered(user, Set.of(productId)).getOrDefault(productId, 0);
    }

    /**
     * Units of each of {@code productIds} in the customer's orders that are not cancelled, embedded or legacy lines, in
     * one pass over the customer's orders (either name of the user pair, for legacy orders not yet migrated).
     */
    public Map<ObjectId, Integer> ordered(ObjectId user, Set<ObjectId> productIds) {
        Map<ObjectId, Integer> units = new HashMap<>();
        List<ObjectId> bare = new ArrayList<>();
        for (Document order : updates.collection(Order.COLLECTION)
                .find(and(or(eq(Order.USER_ID, user), eq(Order.USER, user)),
                        ne(Order.STATUS, OrderStatus.CANCELLED.stored()), mayHold(productIds)))
                .projection(Projections.include(Order.PRODUCTS, Order.ITEMS))) {
            List<Document> lines = lines(order);
            if (lines.isEmpty()) {
                bare.add(order.getObjectId(Order._ID));
            }
            for (Document line : lines) {
                Object product = line.get(OrderLine.PRODUCT_ID) != null
                        ? line.get(OrderLine.PRODUCT_ID)
                        : line.get(OrderLine.PRODUCT);
                if (product instanceof ObjectId id && productIds.contains(id)
                        && line.get(OrderLine.QUANTITY) instanceof Number q) {
                    units.merge(id, q.intValue(), Integer::sum);
                }
            }
        }
        if (!bare.isEmpty()) {
            for (Document item : updates.collection(LegacyOrderItem.COLLECTION)
                    .find(and(in(LegacyOrderItem.ORDER, bare), in(LegacyOrderItem.PRODUCT, productIds)))) {
                if (item.get(LegacyOrderItem.PRODUCT) instanceof ObjectId id
                        && item.get(LegacyOrderItem.QUANTITY) instanceof Number q) {
                    units.merge(id, q.intValue(), Integer::sum);
                }
            }
        }
        return units;
    }

    /**
     * The customer's orders that can hold one of the products: a line of either array under either name, or no lines
     * at all (a legacy order whose lines are in {@code order_items}). Only those are read, not every past order.
     */
    private static Bson mayHold(Set<ObjectId> productIds) {
        List<Bson> any = new ArrayList<>();
        for (String array : List.of(Order.PRODUCTS, Order.ITEMS)) {
            for (String name : List.of(OrderLine.PRODUCT_ID, OrderLine.PRODUCT)) {
                any.add(in(array + "." + name, productIds));
            }
        }
        any.add(and(exists(Order.PRODUCTS + ".0", false), exists(Order.ITEMS + ".0", false)));
        return or(any);
    }

    static List<Document> lines(Document order) {
        List<Document> products = order.getList(Order.PRODUCTS, Document.class, List.of());
        return products.isEmpty() ? order.getList(Order.ITEMS, Document.class, List.of()) : products;
    }

    /** The stock a product shows: {@code stock}, or {@code totalStock} for a legacy document with only that. */
    public static int stockOf(Product product) {
        return product.getStock() == null ? 0 : Math.max(0, product.getStock());
    }

}
