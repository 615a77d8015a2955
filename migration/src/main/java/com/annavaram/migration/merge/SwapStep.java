package com.annavaram.migration.merge;

import java.util.List;

import org.bson.Document;

import com.annavaram.migration.BulkWriter;
import com.annavaram.migration.RunContext;
import com.annavaram.migration.backup.Backups;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.catalog.Product;
import com.annavaram.model.review.Review;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;

/**
 * Step "swap": fills each staged product's rating figures from the (remapped, folded) reviews, then renames the
 * storefront's {@code products} to its backup and the staging collection to {@code products}. When the staging
 * collection is gone the swap already happened (a run resumed after a crash right after it): nothing is left to do.
 */
public final class SwapStep {

    private SwapStep() {
    }

    public static void run(RunContext context) {
        String staging = MergeStep.staging(context.runId());
        boolean staged = context.db().listCollectionNames().into(new java.util.ArrayList<>()).contains(staging);
        if (context.dryRun() || !staged) {
            return;
        }
        if (context.db().listCollectionNames().into(new java.util.ArrayList<>()).contains(Backups.name(
                CollectionNames.PRODUCTS, context.runId()))) {
            Backups.swapIn(context, CollectionNames.PRODUCTS, staging);
            return;
        }
        try (BulkWriter writer = new BulkWriter(context, staging)) {
            List<org.bson.conversions.Bson> pipeline = List.of(
                    Aggregates.match(Filters.and(Filters.eq(Review.IS_APPROVED, true),
                            Filters.ne(Review.IS_DELETED, true))),
                    Aggregates.group("$" + Review.PRODUCT_ID, Accumulators.avg("average", "$" + Review.RATING),
                            Accumulators.sum("count", 1)));
            for (Document stats : context.db().getCollection(CollectionNames.REVIEWS).aggregate(pipeline)
                    .allowDiskUse(true).batchSize(context.batchSize())) {
                double average = Math.round(((Number) stats.get("average")).doubleValue() * 100) / 100.0;
                writer.add(new UpdateOneModel<>(Filters.eq("_id", stats.get("_id")),
                        Updates.combine(Updates.set(Product.AVERAGE_RATING, average),
                                Updates.set(Product.REVIEW_COUNT, ((Number) stats.get("count")).intValue()))));
            }
        }
        Backups.swapIn(context, CollectionNames.PRODUCTS, staging);
    }
}
