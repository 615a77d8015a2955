package com.annavaram.migration.remap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.migration.BulkWriter;
import com.annavaram.migration.RunContext;
import com.annavaram.migration.Streams;
import com.annavaram.migration.Values;
import com.annavaram.migration.backup.Backups;
import com.annavaram.migration.report.Sections;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.order.LegacyOrderItem;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.Sorts;

/**
 * Step "orders": completes every order. Orders (by {@code _id}) and their {@code order_items} (by {@code order})
 * are read side by side, so neither is held in memory; lines whose order does not exist are removed. The completed
 * orders go to a staging collection that is swapped in at the end: the original orders are never changed in place
 * and become their own backup.
 */
public final class OrderStep {

    private OrderStep() {
    }

    /** The collection a run builds the completed orders in before swapping them in. */
    public static String staging(String runId) {
        return CollectionNames.ORDERS + "_staging_" + runId;
    }

    public static void run(RunContext context, IdMap ids) {
        String staging = staging(context.runId());
        if (!context.dryRun()) {
            List<String> names = context.db().listCollectionNames().into(new ArrayList<>());
            if (names.contains(Backups.name(CollectionNames.ORDERS, context.runId()))) {
                // Swapped in already (a crash after the first rename, or before the step was recorded).
                Backups.swapIn(context, CollectionNames.ORDERS, staging);
                return;
            }
            context.db().getCollection(staging).drop();
            context.db().createCollection(staging);
        }
        Set<ObjectId> users = RemapStep.idsOf(context, CollectionNames.USERS);
        OrderIdAllocator orderIds = OrderIdAllocator.load(context);
        OrderCompleter completer = new OrderCompleter(context, ids, users, orderIds);
        Map<ObjectId, List<Document>> unsorted = unsortedLines(context);
        // A plan counts the orders that change; a run writes every order, changed or not, into the staging collection.
        try (BulkWriter orders = new BulkWriter(context, context.dryRun() ? CollectionNames.ORDERS : staging);
                BulkWriter items = new BulkWriter(context, CollectionNames.ORDER_ITEMS);
                MongoCursor<Document> lines = context.db().getCollection(CollectionNames.ORDER_ITEMS)
                        .find(Filters.type(LegacyOrderItem.ORDER, "objectId")).sort(Sorts.ascending(
                                LegacyOrderItem.ORDER))
                        .allowDiskUse(true).batchSize(context.batchSize())
                        .iterator()) {
            Peeking cursor = new Peeking(lines);
            Streams.scan(context, CollectionNames.ORDERS, order -> {
                if (!(order.get("_id") instanceof ObjectId id)) {
                    context.report().problem(CollectionNames.ORDERS, order.get("_id"), "_id",
                            "order _id is not an ObjectId");
                    return;
                }
                List<Document> legacy = new ArrayList<>();
                while (cursor.peek() != null && cursor.peekOrder().compareTo(id) <= 0) {
                    Document line = cursor.next();
                    if (line.getObjectId(LegacyOrderItem.ORDER).equals(id)) {
                        legacy.add(line);
                    } else {
                        orphan(context, items, line);
                    }
                }
                legacy.addAll(unsorted.getOrDefault(id, List.of()));
                unsorted.remove(id);
                legacy.sort(Comparator.comparing(l -> String.valueOf(l.get("_id"))));
                Document out = completer.complete(id, order, legacy);
                boolean changed = !out.equals(order);
                if (changed) {
                    context.report().tally("documentsRewritten", CollectionNames.ORDERS, 1);
                }
                if (context.dryRun() && changed) {
                    orders.add(new ReplaceOneModel<>(Filters.eq("_id", id), out));
                } else if (!context.dryRun()) {
                    orders.add(new InsertOneModel<>(out));
                }
            });
            while (cursor.peek() != null) {
                orphan(context, items, cursor.next());
            }
            unsorted.values().forEach(list -> list.forEach(line -> orphan(context, items, line)));
        }
        if (!context.dryRun()) {
            context.checkUnchanged(CollectionNames.ORDERS);
            Backups.swapIn(context, CollectionNames.ORDERS, staging);
        }
    }

    /** Lines whose {@code order} is not stored as an ObjectId (a legacy writer's hex string): few, held aside. */
    private static Map<ObjectId, List<Document>> unsortedLines(RunContext context) {
        Map<ObjectId, List<Document>> byOrder = new HashMap<>();
        for (Document line : context.db().getCollection(CollectionNames.ORDER_ITEMS)
                .find(Filters.not(Filters.type(LegacyOrderItem.ORDER, "objectId")))) {
            ObjectId order = Values.id(line.get(LegacyOrderItem.ORDER));
            byOrder.computeIfAbsent(order == null ? new ObjectId("000000000000000000000000") : order,
                    o -> new ArrayList<>()).add(line);
        }
        return byOrder;
    }

    private static void orphan(RunContext context, BulkWriter items, Document line) {
        context.report().add(Sections.DANGLING_TO_REMOVE, new Document("collection", CollectionNames.ORDER_ITEMS)
                .append("id", Values.printable(line.get("_id"))).append("reason", "line of missing order "
                        + Values.printable(line.get(LegacyOrderItem.ORDER))));
        items.add(new DeleteOneModel<>(Filters.eq("_id", line.get("_id"))));
    }

    /** A cursor that can look at its next line. */
    private static final class Peeking {

        private final MongoCursor<Document> cursor;
        private Document next;

        Peeking(MongoCursor<Document> cursor) {
            this.cursor = cursor;
            this.next = cursor.hasNext() ? cursor.next() : null;
        }

        Document peek() {
            return next;
        }

        ObjectId peekOrder() {
            return next.getObjectId(LegacyOrderItem.ORDER);
        }

        Document next() {
            Document current = next;
            next = cursor.hasNext() ? cursor.next() : null;
            return current;
        }
    }
}
