package com.annavaram.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

class IdempotenceAndRollbackIT {

    @TempDir
    Path dir;

    private final MongoDatabase db = TestData.fixture("rollback");

    @AfterEach
    void dropDatabase() {
        db.drop();
    }

    @Test
    void shouldDoNothingAndSaySoOnASecondRun() {
        assertThat(run().code()).isZero();
        Map<String, String> after = TestData.hashes(db);
        String runId = TestData.lastRunId(db);

        Cli.Result second = run();

        assertThat(second.code()).as(second.toString()).isZero();
        assertThat(second.out()).contains("already migrated: run " + runId).contains("Nothing to do");
        assertThat(TestData.hashes(db)).isEqualTo(after);
        assertThat(db.getCollection("migration_runs").countDocuments()).isOne();
    }

    @Test
    void shouldRestoreEveryCollectionByteForByteOnRollback() {
        Map<String, String> original = TestData.hashes(db);
        assertThat(run().code()).isZero();
        assertThat(TestData.hashes(db)).isNotEqualTo(original);
        String runId = TestData.lastRunId(db);

        Cli.Result rollback = Cli.on(TestData.uri(db), "rollback", "--run", runId);

        assertThat(rollback.code()).as(rollback.toString()).isZero();
        assertThat(rollback.out()).contains("hash verified").contains("rolled back");
        assertThat(TestData.hashes(db)).isEqualTo(original);
        assertThat(TestData.collections(db)).contains("products_backup_" + runId, "adminproducts");
        assertThat(db.getCollection("migration_lock").countDocuments()).isZero();
        assertThat(db.getCollection("migration_runs").find().first().getString("status")).isEqualTo("rolled_back");
    }

    @Test
    void shouldReachTheSameResultWhenRunAgainAfterRollback() {
        assertThat(run().code()).isZero();
        Map<String, Object> first = outcome();
        assertThat(Cli.on(TestData.uri(db), "rollback", "--run", TestData.lastRunId(db)).code()).isZero();

        Cli.Result again = run();

        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(outcome()).isEqualTo(first);
        assertThat(Cli.on(TestData.uri(db), "verify").code()).isZero();
    }

    @Test
    void shouldRefuseToRollBackAnUnknownRun() {
        Cli.Result rollback = Cli.on(TestData.uri(db), "rollback", "--run", "nope");

        assertThat(rollback.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(rollback.err()).contains("no run nope");
    }

    private Cli.Result run() {
        return Cli.on(TestData.uri(db), "run", "--report", dir.resolve("run-{runId}.json").toString());
    }

    /** What a run decides, without what differs between runs (run ids in notes, ids of created categories). */
    private Map<String, Object> outcome() {
        return Map.of("products", db.getCollection("products").find().sort(Sorts.ascending("_id"))
                .projection(Projections.exclude("categoryId")).into(new java.util.ArrayList<Document>()),
                "orderIds", db.getCollection("orders").find().sort(Sorts.ascending("_id")).projection(Projections
                        .include("orderId", "status", "products")).into(new java.util.ArrayList<Document>()),
                "reviews", db.getCollection("reviews").countDocuments(), "wishlists", db.getCollection("wishlists")
                        .countDocuments(),
                "cartItems", db.getCollection("cart_items").countDocuments(),
                "categories", db.getCollection("categories").countDocuments());
    }
}
