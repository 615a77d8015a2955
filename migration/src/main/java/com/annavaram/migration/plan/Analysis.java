package com.annavaram.migration.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.annavaram.migration.ExitCodes;
import com.annavaram.migration.MigrationException;
import com.annavaram.migration.Parallel;
import com.annavaram.migration.RunContext;
import com.annavaram.migration.backup.ContentHash;
import com.annavaram.migration.merge.MergeStep;
import com.annavaram.migration.remap.IdMap;
import com.annavaram.migration.remap.OrderStep;
import com.annavaram.migration.remap.RemapStep;
import com.annavaram.migration.report.Report;
import com.annavaram.migration.report.Sections;
import com.annavaram.model.CollectionNames;
import com.mongodb.client.MongoDatabase;

/**
 * The plan: every step of a run executed with writes counted instead of sent, over the live data. A plan and a run
 * share all their code, so what the plan reports is what the run does. Writes nothing.
 */
public final class Analysis {

    private final RunContext context;
    private final ProductPlan products;

    private Analysis(RunContext context, ProductPlan products) {
        this.context = context;
        this.products = products;
    }

    /**
     * Reads everything and predicts the run.
     *
     * @throws MigrationException (exit 4) when there is nothing a run could merge
     */
    public static Analysis of(RunContext context) {
        if (!context.dryRun()) {
            throw new IllegalArgumentException("a plan never writes: give it a dry-run context");
        }
        MongoDatabase db = context.db();
        List<String> present = db.listCollectionNames().into(new ArrayList<>());
        if (!present.contains(CollectionNames.ADMIN_PRODUCTS)) {
            throw new MigrationException(ExitCodes.ABORTED, "database " + db.getName() + " has no "
                    + CollectionNames.ADMIN_PRODUCTS + " collection: there is no legacy admin catalogue to merge "
                    + "(wrong database in the URI, or already migrated without a run record?)");
        }
        if (db.getCollection(CollectionNames.ADMIN_PRODUCTS).estimatedDocumentCount() == 0) {
            throw new MigrationException(ExitCodes.ABORTED, CollectionNames.ADMIN_PRODUCTS + " in " + db.getName()
                    + " is empty: refusing to replace products without the admin catalogue");
        }
        Report report = context.report();
        UniqueValues.check(context);
        ProductPlan products = ProductMatcher.analyse(context);
        IdMap ids = IdMap.of(products);
        // The parts read different collections; in a plan none writes, so they can all read at once.
        Parallel.run(List.of(() -> MergeStep.run(context, products), () -> RemapStep.run(context, ids),
                () -> OrderStep.run(context, ids)));
        report.figure("adminproducts", products.adminCount());
        report.figure("products_before", products.storefrontCount());
        report.figure("cross_source_duplicates", products.mergedCount());
        report.figure("products_after_merge", (long) products.survivors().size());
        report.figure("orders_total", context.hashes().containsKey(CollectionNames.ORDERS)
                ? context.hashes().get(CollectionNames.ORDERS).count()
                : 0L);
        report.figure("legacy_orders_to_complete", report.count(Sections.ORDERS_TO_COMPLETE));
        report.figure("problems", report.count(Sections.PROBLEMS));
        return new Analysis(context, products);
    }

    public Report report() {
        return context.report();
    }

    public ProductPlan products() {
        return products;
    }

    /** Content hash and count of every input collection, as the plan read it. */
    public Map<String, ContentHash.Result> hashes() {
        return context.hashes();
    }
}
