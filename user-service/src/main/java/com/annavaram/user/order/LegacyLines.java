package com.annavaram.user.order;

import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.bson.types.ObjectId;

import com.annavaram.model.order.LegacyOrderItem;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.user.config.AliasedUpdates;
import com.mongodb.client.model.Sorts;

/**
 * The lines of an order: embedded, or for a legacy storefront order (empty {@code products}) its rows of
 * {@code order_items}, read in their place until the migration embeds them; nothing here writes them.
 */
@Singleton
public class LegacyLines {

    private final AliasedUpdates updates;

    LegacyLines(AliasedUpdates updates) {
        this.updates = updates;
    }

    /** The lines of each order, by order id, in one query for all legacy orders among them. */
    public Map<ObjectId, List<OrderLine>> of(Collection<? extends Order> orders) {
        Map<ObjectId, List<OrderLine>> lines = new HashMap<>();
        List<ObjectId> bare = new ArrayList<>();
        for (Order order : orders) {
            if (order.getProducts() == null || order.getProducts().isEmpty()) {
                bare.add(order.getId());
                lines.put(order.getId(), new ArrayList<>());
            } else {
                lines.put(order.getId(), order.getProducts());
            }
        }
        if (!bare.isEmpty()) {
            updates.collection(LegacyOrderItem.COLLECTION).withDocumentClass(LegacyOrderItem.class)
                    .find(in(LegacyOrderItem.ORDER, bare)).sort(Sorts.ascending(LegacyOrderItem._ID))
                    .forEach(item -> lines.get(item.getOrder()).add(line(item)));
        }
        return lines;
    }

    public List<OrderLine> of(Order order) {
        return of(List.of(order)).get(order.getId());
    }

    private static OrderLine line(LegacyOrderItem item) {
        OrderLine line = new OrderLine();
        line.setProductId(item.getProduct());
        line.setProduct(item.getProduct());
        line.setProductName(item.getProductName());
        line.setQuantity(item.getQuantity());
        line.setUnitPrice(item.getUnitPrice());
        line.setSubtotal(item.getSubtotal());
        return line;
    }
}
