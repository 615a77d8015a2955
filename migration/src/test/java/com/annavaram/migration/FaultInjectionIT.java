package com.annavaram.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.mongodb.client.MongoDatabase;

class FaultInjectionIT {

    @TempDir
    Path dir;

    private final MongoDatabase db = TestData.fixture("faults");

    @AfterEach
    void dropDatabaseAndClearFaults() {
        Faults.clear();
        db.drop();
    }

    @ParameterizedTest(name = "killed after {0}")
    @ValueSource(strings = {"backup", "merge", "remap", "orders", "swap", "indexes", "verify", "write:orders_staging",
            "write:reviews", "rename:orders", "rename:products"})
    void shouldCompleteWhenRunAgainAfterACrash(String point) {
        crashAt(point);
        assertThat(TestData.collections(db)).contains("migration_runs");

        Cli.Result again = run();

        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(again.out()).contains("resuming run " + TestData.lastRunId(db));
        Cli.Result verify = Cli.on(TestData.uri(db), "verify");
        assertThat(verify.code()).as(verify.toString()).isZero();
        assertThat(db.getCollection("products").countDocuments()).isEqualTo(75);
        assertThat(db.getCollection("orders").countDocuments(new org.bson.Document("orderId", null))).isZero();
    }

    @ParameterizedTest(name = "killed after {0}")
    @ValueSource(strings = {"backup", "merge", "remap", "orders", "swap", "indexes", "verify", "write:orders_staging",
            "rename:orders", "rename:products"})
    void shouldRestoreTheOriginalWhenRolledBackAfterACrash(String point) {
        Map<String, String> original = TestData.hashes(db);
        crashAt(point);

        Cli.Result rollback = Cli.on(TestData.uri(db), "rollback", "--run", TestData.lastRunId(db));

        assertThat(rollback.code()).as(rollback.toString()).isZero();
        assertThat(TestData.hashes(db)).isEqualTo(original);
        assertThat(TestData.collections(db)).noneMatch(c -> c.contains("_staging_"));
    }

    private void crashAt(String point) {
        AtomicInteger writes = new AtomicInteger();
        Faults.set(reached -> {
            // Inside a step: crash at the second batch, so part of the step is written.
            if (reached.equals(point) && (!point.startsWith("write:") || writes.incrementAndGet() == 2)) {
                throw new Faults.InjectedFault(reached);
            }
        });
        Cli.Result crashed = run();
        Faults.clear();
        assertThat(crashed.code()).as(crashed.toString()).isEqualTo(ExitCodes.ABORTED);
        assertThat(crashed.err()).contains("injected failure after " + point).contains("rollback --run");
    }

    private Cli.Result run() {
        return Cli.on(TestData.uri(db), "run", "--batch-size", "10", "--report", dir.resolve("run.json")
                .toString());
    }
}
