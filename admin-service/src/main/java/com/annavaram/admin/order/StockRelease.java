package com.annavaram.admin.order;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.annavaram.admin.config.mongo.AliasedUpdates;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.mongodb.client.result.UpdateResult;

/**
 * Gives a cancelled order's stock back, exactly once however often and by whichever path it is cancelled: the order
 * is first marked {@code stockReleased} by a conditional update that only one caller can win, and only that caller
 * adds the quantities back, to {@code stock} and {@code totalStock} together.
 */
@Component
class StockRelease {

    private static final Logger LOG = LoggerFactory.getLogger(StockRelease.class);
    private static final int RETRIES = 5;

    private final AliasedUpdates updates;
    private final Clock clock;

    StockRelease(AliasedUpdates updates, Clock clock) {
        this.updates = updates;
        this.clock = clock;
    }

    /** Releases the stock of {@code lines}; {@code false} when the order's stock was already released. */
    boolean release(ObjectId orderId, List<OrderLine> lines) {
        Document order = updates.current(Order.COLLECTION, orderId);
        if (order == null) {
            return false;
        }
        Date now = Date.from(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        UpdateResult claimed = updates.updateOne(Order.COLLECTION,
                and(eq(Order._ID, orderId), ne(Order.STOCK_RELEASED, true)),
                new Document("$set", new Document(Order.STOCK_RELEASED, true).append(Order.STOCK_RELEASED_AT, now)),
                order);
        if (claimed.getModifiedCount() == 0) {
            return false;
        }
        Map<ObjectId, Integer> quantities = new LinkedHashMap<>();
        for (OrderLine line : lines) {
            if (line.getProductId() != null && line.getQuantity() != null && line.getQuantity() > 0) {
                quantities.merge(line.getProductId(), line.getQuantity(), Integer::sum);
            }
        }
        quantities.forEach(this::giveBack);
        return true;
    }

    /**
     * Adds {@code quantity} to both stock names. Where the two names agree the addition is one atomic {@code $inc};
     * a legacy product whose names disagree is set, from the value read, only if that value is still there.
     */
    private void giveBack(ObjectId productId, int quantity) {
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            Document product = updates.current(Product.COLLECTION, productId);
            if (product == null) {
                LOG.warn("stock of {} not given back: the product no longer exists", productId);
                return;
            }
            Object stock = product.get(Product.STOCK);
            Object total = product.get(Product.TOTAL_STOCK);
            UpdateResult result;
            if (stock instanceof Number s && total instanceof Number t && s.longValue() == t.longValue()) {
                result = updates.updateOne(Product.COLLECTION, eq(Product._ID, productId),
                        new Document("$inc", new Document(Product.STOCK, quantity).append(Product.VERSION, 1L)),
                        product);
            } else {
                Object read = stock != null ? stock : total;
                int current = read instanceof Number n ? n.intValue() : 0;
                result = updates.updateOne(Product.COLLECTION,
                        and(eq(Product._ID, productId), eq(Product.STOCK, stock)),
                        new Document("$set", new Document(Product.STOCK, current + quantity)).append("$inc",
                                new Document(Product.VERSION, 1L)),
                        product);
            }
            if (result.getMatchedCount() > 0) {
                return;
            }
        }
        LOG.error("stock of {} not given back after {} attempts: {} units", productId, RETRIES, quantity);
    }
}
