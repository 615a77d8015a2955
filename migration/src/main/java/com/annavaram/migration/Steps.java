package com.annavaram.migration;

import java.io.PrintWriter;

import org.bson.Document;

import com.annavaram.migration.backup.Backups;
import com.annavaram.migration.backup.RunLog;
import com.annavaram.migration.merge.MergeStep;
import com.annavaram.migration.merge.SwapStep;
import com.annavaram.migration.plan.Analysis;
import com.annavaram.migration.remap.IdMap;
import com.annavaram.migration.remap.OrderStep;
import com.annavaram.migration.remap.RemapStep;
import com.annavaram.migration.report.Report;
import com.annavaram.migration.verify.Verifier;
import com.annavaram.migration.verify.VerifyResult;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.index.IndexCatalog;
import com.annavaram.model.index.IndexReport;
import com.mongodb.client.MongoDatabase;

/** The steps of a run, by name; each returns the counts recorded for it in {@code migration_runs}. */
final class Steps {

    private final MongoDatabase db;
    private final RunLog runs;
    private final Document report;
    private final int batchSize;
    private final PrintWriter out;

    Steps(MongoDatabase db, RunLog runs, Document report, int batchSize, PrintWriter out) {
        this.db = db;
        this.runs = runs;
        this.report = report;
        this.batchSize = batchSize;
        this.out = out;
    }

    Document run(String step, RunContext context, Analysis analysis, IdMap ids) {
        Report applied = context.report();
        switch (step) {
            case "backup" -> {
                Document backups = Backups.take(context, analysis.hashes());
                String inputHash = Backups.inputHash(backups);
                runs.backups(context.runId(), backups, inputHash, db.listCollectionNames().into(
                        new java.util.ArrayList<>()));
                report.append("inputHash", inputHash);
                Document counts = new Document();
                backups.forEach((c, e) -> counts.append(c, ((Document) e).get("count", 0L)));
                return counts;
            }
            case "merge" -> {
                MergeStep.run(context, analysis.products());
                return new Document("products", applied.figure("products_written"));
            }
            case "remap" -> {
                RemapStep.run(context, ids);
                return new Document("referencesRewritten", applied.tallies("referencesRewritten"))
                        .append("documentsRewritten", applied.tallies("documentsRewritten"))
                        .append("documentsDeleted", applied.tallies("documentsDeleted"));
            }
            case "orders" -> {
                OrderStep.run(context, ids);
                return new Document("orders", applied.tallies("orders")).append("ordersRewritten",
                        applied.tally("documentsRewritten", CollectionNames.ORDERS));
            }
            case "swap" -> {
                SwapStep.run(context);
                return new Document("products", db.getCollection(CollectionNames.PRODUCTS).countDocuments());
            }
            case "indexes" -> {
                IndexReport indexes = IndexCatalog.apply(command -> db.runCommand(command));
                if (!indexes.isComplete()) {
                    throw MigrationException.aborted("indexes could not be built: " + indexes.failed());
                }
                return new Document("created", indexes.created().size()).append("replaced", indexes.replaced()
                        .size()).append("unchanged", indexes.unchanged().size());
            }
            case "verify" -> {
                Document run = runs.find(context.runId());
                Object expected = run.get("expected", new Document()).get("products");
                VerifyResult result = Verifier.verify(db, expected == null ? null : ((Number) expected).longValue(),
                        batchSize);
                result.print(out);
                report.append("verification", result.toDocument());
                if (!result.ok()) {
                    throw new MigrationException(ExitCodes.VERIFICATION_FAILED, "verification failed: "
                            + result.checks().stream().filter(c -> !c.ok()).map(c -> c.name()).toList());
                }
                return new Document("ok", true);
            }
            case "finish" -> {
                Backups.retire(context, CollectionNames.ADMIN_PRODUCTS);
                Document run = runs.find(context.runId());
                Document counts = new Document("products_after_merge", run.get("expected", new Document()).get(
                        "products")).append("orders", db.getCollection(CollectionNames.ORDERS).countDocuments());
                runs.done(context.runId(), counts);
                return counts;
            }
            default -> throw new IllegalStateException("unknown step " + step);
        }
    }

}
