package com.annavaram.migration.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.migration.BulkWriter;
import com.annavaram.migration.RunContext;
import com.annavaram.migration.Streams;
import com.annavaram.migration.plan.ProductPlan;
import com.annavaram.migration.remap.IdMap;
import com.annavaram.model.CollectionNames;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;

/**
 * Step "merge": normalises the categories (creating the missing ones), builds the new products into a staging
 * collection and records old id to new id. The live {@code products} and {@code adminproducts} stay untouched, so the
 * step can be repeated from scratch after a crash.
 */
public final class MergeStep {

    private MergeStep() {
    }

    /** The staging collection of a run. */
    public static String staging(String runId) {
        return CollectionNames.PRODUCTS + "_staging_" + runId;
    }

    public static void run(RunContext context, ProductPlan plan) {
        CategoryResolver categories = CategoryResolver.load(context);
        ProductMerger merger = new ProductMerger(context, categories);
        String staging = staging(context.runId());
        if (!context.dryRun()) {
            context.db().getCollection(staging).drop();
            context.db().createCollection(staging);
            context.db().getCollection(IdMap.COLLECTION).deleteMany(Filters.eq("runId", context.runId()));
        }
        try (BulkWriter products = new BulkWriter(context, staging);
                BulkWriter ids = new BulkWriter(context, IdMap.COLLECTION)) {
            List<Document> batch = new ArrayList<>();
            Streams.scan(context, CollectionNames.ADMIN_PRODUCTS, admin -> {
                if (admin.get("_id") instanceof ObjectId id && plan.survivors().contains(id)) {
                    batch.add(admin);
                }
                if (batch.size() >= context.batchSize()) {
                    mergeBatch(context, plan, merger, batch, products, ids);
                    batch.clear();
                }
            });
            mergeBatch(context, plan, merger, batch, products, ids);
            Streams.scan(context, CollectionNames.PRODUCTS, product -> {
                if (product.get("_id") instanceof ObjectId id && plan.survivors().contains(id)
                        && plan.survivorOf(id) == null) {
                    Document built = merger.build(null, List.of(product), plan.slugOf(id));
                    if (built != null) {
                        products.add(new InsertOneModel<>(built));
                        ids.add(new InsertOneModel<>(entry(context, CollectionNames.PRODUCTS, id, id, "kept")));
                    }
                }
            });
            context.report().figure("products_written", products.planned());
        }
        // The originals stay untouched until the swap makes them the backups: they must still be what was planned.
        context.checkUnchanged(CollectionNames.ADMIN_PRODUCTS);
        context.checkUnchanged(CollectionNames.PRODUCTS);
        categories.reportCreated();
    }

    private static void mergeBatch(RunContext context, ProductPlan plan, ProductMerger merger, List<Document> admins,
            BulkWriter products, BulkWriter ids) {
        List<ObjectId> copyIds = new ArrayList<>();
        admins.forEach(a -> copyIds.addAll(plan.copiesOf(a.getObjectId("_id"))));
        Map<ObjectId, Document> copies = new HashMap<>();
        if (!copyIds.isEmpty()) {
            context.db().getCollection(CollectionNames.PRODUCTS).find(Filters.in("_id", copyIds))
                    .forEach(c -> copies.put(c.getObjectId("_id"), c));
        }
        for (Document admin : admins) {
            ObjectId id = admin.getObjectId("_id");
            List<Document> merged = new ArrayList<>();
            plan.copiesOf(id).stream().map(copies::get).filter(java.util.Objects::nonNull).forEach(merged::add);
            Document built = merger.build(admin, merged, plan.slugOf(id));
            if (built == null) {
                continue;
            }
            products.add(new InsertOneModel<>(built));
            ids.add(new InsertOneModel<>(entry(context, CollectionNames.ADMIN_PRODUCTS, id, id, "admin")));
            for (ObjectId copyId : plan.copiesOf(id)) {
                ids.add(new InsertOneModel<>(entry(context, CollectionNames.PRODUCTS, copyId, id,
                        plan.ruleOf(copyId))));
            }
        }
    }

    private static Document entry(RunContext context, String source, ObjectId oldId, ObjectId newId, String rule) {
        return new Document("runId", context.runId()).append("source", source).append("oldId", oldId)
                .append("newId", newId).append("rule", rule).append("at", java.util.Date.from(context.now()));
    }
}
