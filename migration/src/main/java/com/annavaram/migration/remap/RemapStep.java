package com.annavaram.migration.remap;

import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.migration.BulkWriter;
import com.annavaram.migration.Parallel;
import com.annavaram.migration.RunContext;
import com.annavaram.migration.Streams;
import com.annavaram.migration.Values;
import com.annavaram.migration.report.Report;
import com.annavaram.migration.report.Sections;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.order.LegacyOrderItem;
import com.annavaram.model.review.Review;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;

/**
 * Step "remap": rewrites product references through the id map in {@code order_items}, {@code reviews},
 * {@code carts}, {@code cart_items} and {@code wishlists}, normalises reviews, and folds what the remap made
 * duplicate (reviews: the newest is kept; cart lines and wishlist entries: merged). Repeating it changes nothing.
 */
public final class RemapStep {

    private RemapStep() {
    }

    public static void run(RunContext context, IdMap ids) {
        Set<ObjectId> users = idsOf(context, CollectionNames.USERS);
        // Three parts on disjoint collections: order_items; reviews; carts, then their lines, then wishlists.
        Parallel.run(List.of(() -> orderItems(context, ids), () -> reviews(context, ids, users),
                () -> new CartRemap(context, ids, users).run()));
    }

    /** Records one rewritten reference. */
    static void rewritten(Report report, String collection, Object id, String field, ObjectId from, ObjectId to) {
        report.tally("referencesRewritten", collection, 1);
        report.add(Sections.REFERENCES_TO_REWRITE, new Document("collection", collection)
                .append("id", Values.printable(id)).append("field", field).append("from", from.toHexString())
                .append("to", to.toHexString()));
    }

    private static void orderItems(RunContext context, IdMap ids) {
        Report report = context.report();
        String collection = CollectionNames.ORDER_ITEMS;
        try (BulkWriter writer = new BulkWriter(context, collection)) {
            Streams.scan(context, collection, item -> {
                Object id = item.get("_id");
                Document out = new Document(item);
                ObjectId product = Values.id(item.get(LegacyOrderItem.PRODUCT));
                if (product == null) {
                    report.problem(collection, id, LegacyOrderItem.PRODUCT, "order line has no product id: "
                            + Values.printable(item.get(LegacyOrderItem.PRODUCT)));
                } else {
                    ObjectId remapped = ids.remap(product);
                    if (!remapped.equals(product)) {
                        rewritten(report, collection, id, LegacyOrderItem.PRODUCT, product, remapped);
                    }
                    if (!ids.isProduct(remapped)) {
                        report.problem(collection, id, LegacyOrderItem.PRODUCT, "references missing product "
                                + remapped.toHexString());
                    }
                    out.put(LegacyOrderItem.PRODUCT, remapped);
                }
                ObjectId order = Values.id(item.get(LegacyOrderItem.ORDER));
                if (order != null) {
                    out.put(LegacyOrderItem.ORDER, order);
                }
                if (!out.equals(item)) {
                    writer.add(new ReplaceOneModel<>(Filters.eq("_id", id), out));
                }
            });
            report.tally("documentsRewritten", collection, writer.planned());
        }
    }

    private static void reviews(RunContext context, IdMap ids, Set<ObjectId> users) {
        String collection = CollectionNames.REVIEWS;
        ReviewNormaliser normaliser = new ReviewNormaliser(context, ids, users);
        Folds folds = new Folds(Folds.NEWEST);
        long[] seq = {0};
        try (BulkWriter writer = new BulkWriter(context, collection)) {
            Streams.scan(context, collection, review -> {
                Document out = normaliser.normalise(review);
                if (!out.equals(review)) {
                    writer.add(new ReplaceOneModel<>(Filters.eq("_id", review.get("_id")), out));
                }
                Object product = out.get(Review.PRODUCT_ID);
                Object user = out.get(Review.USER_ID);
                if (product instanceof ObjectId && user instanceof ObjectId) {
                    folds.add(List.of(product, user), new Folds.Member(review.get("_id"),
                            millis(out.get(Review.CREATED_AT)), millis(out.get(Review.UPDATED_AT)), seq[0]++, 1));
                }
            });
            context.report().tally("documentsRewritten", collection, writer.planned());
        }
        try (BulkWriter writer = new BulkWriter(context, collection)) {
            for (Folds.Group group : folds.folded()) {
                context.report().add(Sections.REVIEWS_TO_FOLD, ReviewNormaliser.folded(group));
                group.folded().forEach(m -> writer.add(new DeleteOneModel<>(Filters.eq("_id", m.id()))));
            }
            context.report().tally("documentsDeleted", collection, writer.planned());
        }
    }

    static long millis(Object value) {
        Date date = Values.date(value);
        return date == null ? 0 : date.getTime();
    }

    static Set<ObjectId> idsOf(RunContext context, String collection) {
        Set<ObjectId> ids = new HashSet<>();
        for (Document doc : context.db().getCollection(collection).find().projection(Projections.include("_id"))
                .batchSize(context.batchSize())) {
            if (doc.get("_id") instanceof ObjectId id) {
                ids.add(id);
            }
        }
        return ids;
    }
}
