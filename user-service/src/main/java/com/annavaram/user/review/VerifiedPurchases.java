package com.annavaram.user.review;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.size;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Singleton;

import org.bson.types.ObjectId;

import com.annavaram.model.order.LegacyOrderItem;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.user.config.AliasedUpdates;
import com.annavaram.user.order.OrderRepository;
import com.mongodb.client.model.Projections;

/**
 * DESIGN.md invariant 5: a purchase is verified when the customer has an order that is paid or later and not cancelled
 * ({@code payment_confirmed} … {@code delivered}, and the legacy {@code paid} and {@code shipped}) holding the product,
 * in its embedded lines under any name or, for a legacy storefront order, in {@code order_items}.
 */
@Singleton
class VerifiedPurchases {

    private final AliasedUpdates updates;

    VerifiedPurchases(AliasedUpdates updates) {
        this.updates = updates;
    }

    /** Every stored and legacy status value that counts as paid or later. */
    static List<String> paidValues() {
        List<String> values = new ArrayList<>(Arrays.stream(OrderStatus.values()).filter(OrderStatus::isPaidOrLater)
                .map(OrderStatus::stored).toList());
        for (String legacy : List.of("paid", "shipped")) {
            if (OrderStatus.lenient(legacy).map(OrderStatus::isPaidOrLater).orElse(false)) {
                values.add(legacy);
            }
        }
        return values;
    }

    boolean has(ObjectId user, ObjectId product) {
        var orders = updates.collection(Order.COLLECTION);
        var paid = and(OrderRepository.ownedBy(user), in(Order.STATUS, paidValues()));
        String[] lineFields = {Order.PRODUCTS + "." + OrderLine.PRODUCT_ID, Order.PRODUCTS + "." + OrderLine.PRODUCT,
                Order.ITEMS + "." + OrderLine.PRODUCT_ID, Order.ITEMS + "." + OrderLine.PRODUCT};
        if (orders.countDocuments(and(paid, or(Arrays.stream(lineFields).map(f -> eq(f, product)).toList()))) > 0) {
            return true;
        }
        List<ObjectId> bare = new ArrayList<>();
        orders.find(and(paid, or(size(Order.PRODUCTS, 0), eq(Order.PRODUCTS, null))))
                .projection(Projections.include(Order._ID)).forEach(o -> bare.add(o.getObjectId(Order._ID)));
        return !bare.isEmpty() && updates.collection(LegacyOrderItem.COLLECTION)
                .countDocuments(and(in(LegacyOrderItem.ORDER, bare), eq(LegacyOrderItem.PRODUCT, product))) > 0;
    }
}
