package com.annavaram.admin.order;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.annavaram.model.order.LegacyOrderItem;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;

/**
 * The lines of legacy storefront orders, which kept them in {@code order_items} and left {@code products} empty. Shown
 * (and given back on cancel) in their place until the migration embeds them; nothing here writes them.
 */
@Component
class LegacyLines {

    private final MongoTemplate mongo;

    LegacyLines(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Fills, in memory, the lines of every order of {@code orders} that has none embedded. */
    void fill(Collection<Order> orders) {
        List<ObjectId> bare = orders.stream().filter(o -> o.getProducts() == null || o.getProducts().isEmpty())
                .map(Order::getId).toList();
        if (bare.isEmpty()) {
            return;
        }
        Map<ObjectId, List<OrderLine>> lines = new HashMap<>();
        for (LegacyOrderItem item : mongo.find(Query.query(where(LegacyOrderItem.ORDER).in(bare)),
                LegacyOrderItem.class)) {
            lines.computeIfAbsent(item.getOrder(), k -> new ArrayList<>()).add(line(item));
        }
        for (Order order : orders) {
            List<OrderLine> found = lines.get(order.getId());
            if (found != null && (order.getProducts() == null || order.getProducts().isEmpty())) {
                order.setProducts(found);
                order.setItems(new ArrayList<>(found));
            }
        }
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
