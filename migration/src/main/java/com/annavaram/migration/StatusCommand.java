package com.annavaram.migration;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;

import org.bson.Document;

import com.annavaram.migration.backup.Backups;
import com.annavaram.migration.backup.RunLock;
import com.annavaram.migration.backup.RunLog;
import com.annavaram.model.CollectionNames;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Connects and reports what is in the database: collections and their sizes, legacy leftovers, runs and lock. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Connects and prints the collections, legacy leftovers, migration runs with their steps, the lock holder and the backups present.")
final class StatusCommand implements Callable<Integer> {

    static final List<String> REPORTED = List.of(CollectionNames.ADMIN_PRODUCTS, CollectionNames.PRODUCTS,
            CollectionNames.CATEGORIES, CollectionNames.ORDERS, CollectionNames.ORDER_ITEMS, CollectionNames.REVIEWS,
            CollectionNames.USERS, CollectionNames.ADMINS, CollectionNames.CARTS, CollectionNames.CART_ITEMS,
            CollectionNames.WISHLISTS, CollectionNames.PAYMENTS, CollectionNames.SESSIONS);

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (MongoClient client = database.connect()) {
            MongoDatabase db = database.reach(client);
            List<String> present = db.listCollectionNames().into(new ArrayList<>());
            out.printf("database: %s (reachable)%n", db.getName());
            for (String name : REPORTED) {
                out.printf("  %-14s %s%n", name, present.contains(name)
                        ? db.getCollection(name).countDocuments() + " documents"
                        : "absent");
            }
            out.printf("legacy adminproducts: %s%n", present.contains(CollectionNames.ADMIN_PRODUCTS)
                    ? "present (migration not run yet, or not finished)"
                    : "absent");
            List<Document> runs = new RunLog(db).all();
            out.printf("migration runs: %d%n", runs.size());
            for (Document run : runs) {
                out.printf("  run %s: %s, last completed step %s, started %s%s (%s)%n", run.get("_id"),
                        run.get("status"), run.get("step") == null ? "(none)" : run.get("step"),
                        iso(run.get("startedAt")), run.get("finishedAt") == null
                                ? ""
                                : ", finished "
                                        + iso(run.get("finishedAt")),
                        run.get("codeVersion"));
                for (Document step : run.getList("steps", Document.class, List.of())) {
                    out.printf("    %-8s %s .. %s %s%n", step.get("name"), iso(step.get("startedAt")), iso(step
                            .get("finishedAt")), step.get("counts", new Document()).toJson());
                }
                if (run.get("error") instanceof Document error) {
                    out.printf("    failed during %s: %s%n", error.get("step"), error.get("message"));
                }
            }
            out.printf("lock: %s%n", RunLock.describe(db.getCollection(RunLock.COLLECTION).find().first()));
            List<String> backups = present.stream().filter(Backups::isBackup).sorted().toList();
            out.printf("backups: %s%n", backups.isEmpty() ? "none" : backups.size());
            backups.forEach(b -> out.printf("  %-44s %d documents%n", b, db.getCollection(b).countDocuments()));
            return ExitCodes.OK;
        }
    }

    private static String iso(Object value) {
        return value instanceof Date d ? d.toInstant().toString() : String.valueOf(value);
    }
}
