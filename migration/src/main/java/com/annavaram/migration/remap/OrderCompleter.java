package com.annavaram.migration.remap;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.migration.RunContext;
import com.annavaram.migration.Values;
import com.annavaram.migration.report.AliasFindings;
import com.annavaram.migration.report.Report;
import com.annavaram.migration.report.Sections;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.bson.Money;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.model.order.StatusChange;

/**
 * One order made complete for both services: lines embedded (from {@code order_items} for storefront orders) in
 * both {@code products} and {@code items} with remapped product ids and recomputed subtotals, an {@code orderId},
 * the stored status vocabulary, {@code userId} = {@code user}, a status history, {@code currency}, and
 * {@code stockReleased} on cancelled orders (they hold no stock, so later cancellation logic never gives it back).
 */
final class OrderCompleter {

    private static final String COLLECTION = CollectionNames.ORDERS;

    private final RunContext context;
    private final Report report;
    private final IdMap ids;
    private final Set<ObjectId> users;
    private final OrderIdAllocator orderIds;
    private final OrderLines lines;

    OrderCompleter(RunContext context, IdMap ids, Set<ObjectId> users, OrderIdAllocator orderIds) {
        this.context = context;
        this.report = context.report();
        this.ids = ids;
        this.users = users;
        this.orderIds = orderIds;
        this.lines = new OrderLines(report, ids);
    }

    Document complete(ObjectId id, Document order, List<Document> legacyLines) {
        Document out = new Document(order);
        out.remove("__v");
        List<String> completed = new ArrayList<>();
        ObjectId user = Values.id(order.get(Order.USER_ID)) != null
                ? Values.id(order.get(Order.USER_ID))
                : Values.id(order.get(Order.USER));
        if (user == null) {
            report.problem(COLLECTION, id, Order.USER_ID, "order has no user (userId/user)");
        } else {
            if (!users.contains(user)) {
                report.problem(COLLECTION, id, Order.USER_ID, "references missing user " + user.toHexString());
            }
            if (order.get(Order.USER_ID) == null) {
                completed.add("userId");
            }
            out.put(Order.USER_ID, user);
            out.put(Order.USER, user);
        }
        Date createdAt = Values.date(order.get(Order.CREATED_AT));
        if (createdAt == null) {
            createdAt = id.getDate();
            report.repair(COLLECTION, id, Order.CREATED_AT, order.get(Order.CREATED_AT), createdAt);
            out.put(Order.CREATED_AT, createdAt);
        }

        List<Document> embedded = embed(id, order, legacyLines, completed);
        out.put(Order.PRODUCTS, embedded);
        out.put(Order.ITEMS, embedded.stream().map(Document::new).toList());
        BigDecimal sum = embedded.stream().map(l -> Values.money(l.get("subtotal")))
                .reduce(BigDecimal.ZERO, (a, b) -> b == null ? a : a.add(b));
        BigDecimal total = Values.money(order.get(Order.TOTAL_AMOUNT));
        if (total == null && order.get(Order.TOTAL_AMOUNT) != null) {
            report.problem(COLLECTION, id, Order.TOTAL_AMOUNT, "totalAmount is not a number: "
                    + Values.printable(order.get(Order.TOTAL_AMOUNT)));
        } else {
            if (total == null) {
                total = Money.normalise(sum);
                report.repair(COLLECTION, id, Order.TOTAL_AMOUNT, null, total);
            } else if (total.compareTo(sum) != 0 && !embedded.isEmpty()) {
                report.add(Sections.TOTAL_MISMATCHES, new Document("orderId", id.toHexString())
                        .append("totalAmount", total.toPlainString()).append("sumOfLines", sum.toPlainString())
                        .append("resolution", "totalAmount kept: it is what the customer was charged"));
            }
            out.put(Order.TOTAL_AMOUNT, Money.toDecimal128(total));
        }
        if (!Money.CURRENCY.equals(order.get(Order.CURRENCY))) {
            if (order.get(Order.CURRENCY) != null
                    && !Money.CURRENCY.equalsIgnoreCase(String.valueOf(order.get(Order.CURRENCY)))) {
                report.problem(COLLECTION, id, Order.CURRENCY, "currency " + order.get(Order.CURRENCY) + " is not "
                        + Money.CURRENCY);
            }
            report.repair(COLLECTION, id, Order.CURRENCY, order.get(Order.CURRENCY), Money.CURRENCY);
            out.put(Order.CURRENCY, Money.CURRENCY);
        }
        String status = status(id, order, out);
        history(id, order, out, status, createdAt, completed);
        if (!orderIds.keeps(id, order)) {
            String orderId = orderIds.allocate(id, createdAt.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
            completed.add(orderIds.isDuplicate(id) ? "orderId (duplicate replaced)" : "orderId");
            report.tally("orders", "orderIdGenerated", 1);
            out.put(Order.ORDER_ID, orderId);
        }
        if (OrderStatus.CANCELLED.stored().equals(status) && !Boolean.TRUE.equals(order.get(Order.STOCK_RELEASED))) {
            out.put(Order.STOCK_RELEASED, true);
            report.tally("orders", "stockReleasedMarked", 1);
        }
        if (!(order.get(Order.SHIPPING_ADDRESS) instanceof Document)) {
            report.problem(COLLECTION, id, Order.SHIPPING_ADDRESS, "order has no shipping address");
        }
        if (completed.contains("orderId") || completed.contains("lines from order_items")) {
            report.add(Sections.ORDERS_TO_COMPLETE, new Document("id", id.toHexString())
                    .append("orderId", out.getString(Order.ORDER_ID)).append("completed", completed));
        }
        AliasFindings.record(report, COLLECTION, COLLECTION, order, out, Map.of());
        return out;
    }

    private List<Document> embed(ObjectId id, Document order, List<Document> legacyLines, List<String> completed) {
        List<?> products = Values.list(order, Order.PRODUCTS);
        List<?> items = Values.list(order, Order.ITEMS);
        List<Document> result = new ArrayList<>();
        if (!products.isEmpty() || !items.isEmpty()) {
            List<?> source = products.isEmpty() ? items : products;
            for (int i = 0; i < source.size(); i++) {
                result.add(lines.embedded(id, i, source.get(i)));
            }
            if (!legacyLines.isEmpty()) {
                report.repair(CollectionNames.ORDER_ITEMS, id, "order", legacyLines.size() + " lines",
                        "ignored: the order has embedded lines");
            }
        } else if (!legacyLines.isEmpty()) {
            for (int i = 0; i < legacyLines.size(); i++) {
                result.add(lines.legacy(id, i, legacyLines.get(i)));
            }
            completed.add("lines from order_items");
            report.tally("orders", "linesEmbedded", legacyLines.size());
        } else {
            report.problem(COLLECTION, id, Order.PRODUCTS, "order has no lines: products, items and order_items "
                    + "are all empty");
        }
        return result;
    }

    private String status(ObjectId id, Document order, Document out) {
        Object raw = order.get(Order.STATUS);
        if (raw == null) {
            report.repair(COLLECTION, id, Order.STATUS, null, OrderStatus.ORDER_CREATED.stored());
            out.put(Order.STATUS, OrderStatus.ORDER_CREATED.stored());
            return OrderStatus.ORDER_CREATED.stored();
        }
        Optional<OrderStatus> status = OrderStatus.lenient(String.valueOf(raw));
        if (status.isEmpty()) {
            report.problem(COLLECTION, id, Order.STATUS, "unknown order status \"" + raw + "\"");
            return String.valueOf(raw);
        }
        String stored = status.get().stored();
        if (!stored.equals(raw)) {
            report.repair(COLLECTION, id, Order.STATUS, raw, stored);
            report.tally("statusMapped", raw + "->" + stored, 1);
            out.put(Order.STATUS, stored);
        }
        return stored;
    }

    private void history(ObjectId id, Document order, Document out, String status, Date createdAt,
            List<String> completed) {
        List<Object> history = new ArrayList<>();
        for (Object entry : Values.list(order, Order.STATUS_HISTORY)) {
            if (entry instanceof Document change && change.get(StatusChange.STATUS) instanceof String s) {
                Optional<OrderStatus> mapped = OrderStatus.lenient(s);
                if (mapped.isPresent() && !mapped.get().stored().equals(s)) {
                    Document copy = new Document(change);
                    copy.put(StatusChange.STATUS, mapped.get().stored());
                    report.repair(COLLECTION, id, "statusHistory.status", s, mapped.get().stored());
                    history.add(copy);
                    continue;
                }
            }
            history.add(entry);
        }
        if (history.isEmpty()) {
            history.add(new Document(StatusChange.STATUS, status).append(StatusChange.TIMESTAMP, createdAt)
                    .append(StatusChange.ACTOR, "migration")
                    .append(StatusChange.NOTES, "completed by migration " + context.runId()));
            report.tally("orders", "statusHistoryAdded", 1);
            completed.add("statusHistory");
        }
        out.put(Order.STATUS_HISTORY, history);
    }
}
