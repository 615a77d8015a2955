package com.annavaram.user.order;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.ne;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import com.annavaram.model.catalog.Product;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.user.config.AliasedUpdates;

/**
 * Takes and gives back stock (DESIGN.md invariant 2). A take is one conditional atomic update per product:
 * {@code {_id, isActive: true, isDeleted: {$ne: true}, stock: {$gte: q}}} with {@code $inc} of {@code stock} and
 * {@code totalStock} by {@code -q} (and of {@code version}, so an admin's stale stock edit cannot overwrite the sale).
 * A legacy product whose two stock names disagree is set from the value read, only if that value is still there, so
 * the pair becomes equal in the same write. A cancelled order's stock comes back once: the order is first marked
 * {@code stockReleased} by a conditional update only one caller wins, exactly as admin-service's StockRelease does.
 *
 * <p>
 * A take for an order being placed also leaves a hold on the product ({@value #HOLDS}: order, quantity, time) in the
 * same atomic update. Once the order is written the hold is settled (removed); if the placement dies first (the
 * process killed, the database gone), the hold says exactly what was taken for an order that does not exist, and
 * {@link StockHoldSweeper} gives it back, once, with the hold removed in the same update.
 */
@Singleton
public class StockLedger {

    /** Holds on a product: what placements in flight took from it. */
    public static final String HOLDS = Product.STOCK_HOLDS;
    static final String HOLD_ORDER = "order";
    static final String HOLD_QUANTITY = "quantity";
    static final String HOLD_AT = "at";

    private static final Logger LOG = Logger.getLogger(StockLedger.class);
    private static final int ATTEMPTS = 5;

    private final AliasedUpdates updates;

    StockLedger(AliasedUpdates updates) {
        this.updates = updates;
    }

    /** Takes {@code quantity} units of a product on sale; {@code false} when it is short or not on sale. */
    public boolean take(ObjectId productId, int quantity) {
        return take(productId, quantity, null);
    }

    /**
     * Takes {@code quantity} units for the order {@code holdFor} (not yet written), leaving a hold on the product in
     * the same update; {@code false} when it is short or not on sale.
     */
    public boolean take(ObjectId productId, int quantity, ObjectId holdFor) {
        return takeHeld(productId, quantity, holdFor) != null;
    }

    /**
     * Takes like {@link #take(ObjectId, int, ObjectId)} and answers the hold it wrote (an empty document without
     * {@code holdFor}), which {@link #settle} removes without reading the product again; {@code null} when short.
     */
    public Document takeHeld(ObjectId productId, int quantity, ObjectId holdFor) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document product = updates.current(Product.COLLECTION, productId);
            if (product == null) {
                return null;
            }
            Object stock = product.get(Product.STOCK);
            Object total = product.get(Product.TOTAL_STOCK);
            Bson onSale = and(eq(Product._ID, productId), eq(Product.IS_ACTIVE, true), ne(Product.IS_DELETED, true));
            if (stock instanceof Number s && total instanceof Number t && s.longValue() == t.longValue()) {
                Document update = new Document("$inc", new Document(Product.STOCK, -quantity).append(Product.VERSION,
                        1L)).append("$set", new Document(Product.UPDATED_AT, now()));
                Document held = hold(update, holdFor, quantity);
                return updates.updateOne(Product.COLLECTION, and(onSale, gte(Product.STOCK, quantity)), update,
                        product).getModifiedCount() > 0 ? held : null;
            }
            Object read = stock != null ? stock : total;
            int available = read instanceof Number n ? n.intValue() : 0;
            if (available < quantity) {
                return null;
            }
            Document update = new Document("$set", new Document(Product.STOCK, available - quantity).append(
                    Product.UPDATED_AT, now())).append("$inc", new Document(Product.VERSION, 1L));
            Document held = hold(update, holdFor, quantity);
            if (updates.updateOne(Product.COLLECTION, and(onSale, eq(Product.STOCK, stock), eq(Product.TOTAL_STOCK,
                    total)), update, product).getModifiedCount() > 0) {
                return held;
            }
        }
        return null;
    }

    /**
     * Removes {@code hold}, as {@link #takeHeld} wrote it, from the product once its order is written: one conditional
     * update, no read. {@code false} when the hold is gone (the sweeper gave its units back).
     */
    public boolean settle(ObjectId productId, Document hold) {
        Bson held = and(eq(Product._ID, productId), eq(HOLDS + "." + HOLD_ORDER, hold.get(HOLD_ORDER)));
        return updates.updateOne(Product.COLLECTION, held, new Document("$pull", new Document(HOLDS, hold)), null)
                .getModifiedCount() > 0;
    }

    /**
     * Resolves the hold of {@code order} on {@code productId}: gives the units back when the order was never written,
     * or just removes the hold when it was. The give-back and the removal are one conditional update, so a hold is
     * given back at most once whoever resolves it. {@code false} when there was no hold to resolve.
     */
    public boolean resolveHold(ObjectId productId, ObjectId order, boolean orderWritten) {
        Document product = updates.current(Product.COLLECTION, productId);
        Document hold = product == null ? null : holdOf(product, order);
        if (hold == null) {
            return false;
        }
        Bson held = and(eq(Product._ID, productId), eq(HOLDS + "." + HOLD_ORDER, order));
        // The hold exactly as read: the embedded server matches $pull values by equality only.
        Document update = new Document("$pull", new Document(HOLDS, hold));
        if (!orderWritten && hold.get(HOLD_QUANTITY) instanceof Number quantity) {
            update.append("$inc", new Document(Product.STOCK, quantity.intValue()).append(Product.VERSION, 1L));
        }
        return updates.updateOne(Product.COLLECTION, held, update, product).getModifiedCount() > 0;
    }

    /** Adds {@code quantity} units back to both stock names. */
    public void giveBack(ObjectId productId, int quantity) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document product = updates.current(Product.COLLECTION, productId);
            if (product == null) {
                LOG.warnf("stock of %s not given back: the product no longer exists", productId);
                return;
            }
            Object stock = product.get(Product.STOCK);
            Object total = product.get(Product.TOTAL_STOCK);
            Document update;
            Bson filter;
            if (stock instanceof Number s && total instanceof Number t && s.longValue() == t.longValue()) {
                filter = eq(Product._ID, productId);
                update = new Document("$inc", new Document(Product.STOCK, quantity).append(Product.VERSION, 1L));
            } else {
                Object read = stock != null ? stock : total;
                int current = read instanceof Number n ? n.intValue() : 0;
                filter = and(eq(Product._ID, productId), eq(Product.STOCK, stock), eq(Product.TOTAL_STOCK, total));
                update = new Document("$set", new Document(Product.STOCK, current + quantity)).append("$inc",
                        new Document(Product.VERSION, 1L));
            }
            if (updates.updateOne(Product.COLLECTION, filter, update, product).getMatchedCount() > 0) {
                return;
            }
        }
        LOG.errorf("stock of %s not given back after %d attempts: %d units", productId, ATTEMPTS, quantity);
    }

    /** Gives back what {@code lines} took, once per order; {@code false} when the order's stock was already back. */
    public boolean release(ObjectId orderId, List<OrderLine> lines) {
        Document order = updates.current(Order.COLLECTION, orderId);
        if (order == null) {
            return false;
        }
        Document claim = new Document("$set",
                new Document(Order.STOCK_RELEASED, true).append(Order.STOCK_RELEASED_AT, now()));
        if (updates.updateOne(Order.COLLECTION, and(eq(Order._ID, orderId), ne(Order.STOCK_RELEASED, true)), claim,
                order).getModifiedCount() == 0) {
            return false;
        }
        Map<ObjectId, Integer> quantities = new LinkedHashMap<>();
        for (OrderLine line : lines) {
            ObjectId product = line.getProductId() != null ? line.getProductId() : line.getProduct();
            if (product != null && line.getQuantity() != null && line.getQuantity() > 0) {
                quantities.merge(product, line.getQuantity(), Integer::sum);
            }
        }
        quantities.forEach(this::giveBack);
        return true;
    }

    private static Document hold(Document update, ObjectId order, int quantity) {
        if (order == null) {
            return new Document();
        }
        Document hold = new Document(HOLD_ORDER, order).append(HOLD_QUANTITY, quantity).append(HOLD_AT, now());
        update.append("$push", new Document(HOLDS, hold));
        return hold;
    }

    private static Document holdOf(Document product, ObjectId order) {
        for (Document hold : product.getList(HOLDS, Document.class, List.of())) {
            if (order.equals(hold.get(HOLD_ORDER))) {
                return hold;
            }
        }
        return null;
    }

    private static Date now() {
        return Date.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
