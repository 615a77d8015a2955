package com.annavaram.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoDatabase;

class ConcurrentRunIT {

    @TempDir
    Path dir;

    private final MongoDatabase db = TestData.fixture("concurrent");

    @AfterEach
    void dropDatabaseAndClearFaults() {
        Faults.clear();
        db.drop();
    }

    @Test
    void shouldRefuseASecondRunWhileTheFirstHoldsTheLock() throws Exception {
        CountDownLatch firstIsWriting = new CountDownLatch(1);
        CountDownLatch secondHasTried = new CountDownLatch(1);
        Faults.set(point -> {
            if (point.equals("backup")) {
                firstIsWriting.countDown();
                await(secondHasTried);
            }
        });
        CompletableFuture<Cli.Result> first = CompletableFuture.supplyAsync(() -> run("first"));
        assertThat(firstIsWriting.await(60, TimeUnit.SECONDS)).isTrue();

        Cli.Result second = run("second");
        Document runsDuringSecond = db.getCollection("migration_runs").find().first();
        secondHasTried.countDown();

        assertThat(second.code()).as(second.toString()).isEqualTo(ExitCodes.LOCKED);
        assertThat(second.err()).contains("locked by another migration").contains("--force-unlock");
        assertThat(db.getCollection("migration_runs").countDocuments()).isOne();
        assertThat(runsDuringSecond.getString("step")).isEqualTo("backup");
        Cli.Result firstResult = first.get(120, TimeUnit.SECONDS);
        assertThat(firstResult.code()).as(firstResult.toString()).isZero();
        assertThat(Cli.on(TestData.uri(db), "verify").code()).isZero();
    }

    @Test
    void shouldWaitForTheLockWhenAskedTo() throws Exception {
        insertLock(new Date(System.currentTimeMillis() + 60_000));
        CompletableFuture<Cli.Result> waiting = CompletableFuture.supplyAsync(() -> Cli.on(TestData.uri(db), "run",
                "--wait-lock-seconds", "30", "--report", dir.resolve("wait.json").toString()));
        Thread.sleep(700);
        assertThat(waiting).isNotDone();

        db.getCollection("migration_lock").deleteMany(new Document());

        Cli.Result result = waiting.get(120, TimeUnit.SECONDS);
        assertThat(result.code()).as(result.toString()).isZero();
    }

    @Test
    void shouldTakeOverTheExpiredLockOfAKilledRun() {
        insertLock(new Date(System.currentTimeMillis() - 1_000));

        Cli.Result run = run("takeover");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("took over the expired lock of dead-host/1/abcd");
        assertThat(db.getCollection("migration_lock").countDocuments()).isZero();
    }

    @Test
    void shouldForceTheLockOpenOnlyWhenToldAndAuditIt() {
        insertLock(new Date(System.currentTimeMillis() + 600_000));
        assertThat(run("refused").code()).isEqualTo(ExitCodes.LOCKED);

        Cli.Result forced = Cli.on(TestData.uri(db), "run", "--force-unlock", "--report", dir.resolve("forced.json")
                .toString());

        assertThat(forced.code()).as(forced.toString()).isZero();
        Document audit = db.getCollection("audit_logs").find(new Document("action", "migration.force-unlock"))
                .first();
        assertThat(audit).isNotNull();
        assertThat(audit.get("before", Document.class).getString("owner")).isEqualTo("dead-host/1/abcd");
    }

    private void insertLock(Date expiresAt) {
        db.getCollection("migration_lock").insertOne(new Document("_id", "migration").append("owner",
                "dead-host/1/abcd").append("purpose", "run").append("acquiredAt", new Date()).append("heartbeatAt",
                        new Date())
                .append("expiresAt", expiresAt));
    }

    private Cli.Result run(String name) {
        return Cli.on(TestData.uri(db), "run", "--report", dir.resolve(name + ".json").toString());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
