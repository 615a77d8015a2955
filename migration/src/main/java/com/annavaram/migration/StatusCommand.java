package com.annavaram.migration;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.bson.Document;

import com.annavaram.model.CollectionNames;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Connects and reports what is in the database: collections and their sizes, legacy leftovers, runs and lock. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Connects and prints the collections, legacy leftovers, migration runs and lock holder.")
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
            MongoDatabase db = client.getDatabase(database.databaseName());
            db.runCommand(new Document("ping", 1));
            List<String> present = db.listCollectionNames().into(new java.util.ArrayList<>());
            out.printf("database: %s (reachable)%n", db.getName());
            for (String name : REPORTED) {
                out.printf("  %-14s %s%n", name, present.contains(name)
                        ? db.getCollection(name).countDocuments() + " documents"
                        : "absent");
            }
            out.printf("legacy adminproducts: %s%n", present.contains(CollectionNames.ADMIN_PRODUCTS)
                    ? "present (migration not run yet, or not finished)"
                    : "absent");
            out.printf("migration runs: %s%n", present.contains("migration_runs")
                    ? db.getCollection("migration_runs").countDocuments()
                    : 0);
            out.printf("lock: %s%n", present.contains("migration_lock")
                    ? String.valueOf(db.getCollection("migration_lock").find().first())
                    : "free");
            return ExitCodes.OK;
        } catch (MongoException e) {
            spec.commandLine().getErr().printf("migration: cannot reach %s: %s%n", database.connectionString()
                    .getHosts(), e.getMessage());
            return ExitCodes.ABORTED;
        }
    }
}
