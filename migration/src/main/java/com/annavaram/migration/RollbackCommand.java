package com.annavaram.migration;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.bson.Document;

import com.annavaram.migration.backup.Backups;
import com.annavaram.migration.backup.RunLock;
import com.annavaram.migration.backup.RunLog;
import com.annavaram.migration.merge.MergeStep;
import com.annavaram.migration.remap.IdMap;
import com.annavaram.migration.remap.OrderStep;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rollback --run <id>}: restores every collection the run changed from its backups, verified by hash. */
@Command(name = "rollback", mixinStandardHelpOptions = true, description = {
        "Restores every collection the run changed from its backups (<name>_backup_<runId>), checks each against "
                + "the content hash taken at backup time, drops what the run created, and releases the lock.",
        "The backups stay. Works for finished, failed and crashed runs."})
final class RollbackCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--run", required = true, paramLabel = "<runId>", description = "The run to roll back (see "
            + "status)")
    String runId;

    @Option(names = "--force-unlock", description = "Remove a live lock first (recorded in audit_logs)")
    boolean forceUnlock;

    @Option(names = "--lock-ttl-seconds", defaultValue = "60", hidden = true)
    int lockTtlSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (MongoClient client = database.connect()) {
            MongoDatabase db = database.reach(client);
            RunLog runs = new RunLog(db);
            if (runs.find(runId) == null) {
                throw new MigrationException(ExitCodes.USAGE, "no run " + runId + " in " + db.getName()
                        + " (see status)");
            }
            try (RunLock lock = RunLock.acquire(db, "rollback", Duration.ofSeconds(Math.max(1, lockTtlSeconds)),
                    Duration.ZERO, forceUnlock, out)) {
                lock.runId(runId);
                Document run = runs.find(runId);
                Document backups = run.get("backups", Document.class);
                Document restored = new Document();
                if (backups == null) {
                    out.printf("run %s changed nothing (it stopped before its backups were complete)%n", runId);
                } else {
                    out.printf("restoring %d collections of run %s%n", backups.size(), runId);
                    restored = Backups.restore(db, backups);
                    restored.forEach((c, what) -> out.printf("  %-14s %s%n", c, what));
                }
                db.getCollection(MergeStep.staging(runId)).drop();
                db.getCollection(OrderStep.staging(runId)).drop();
                List<String> before = run.containsKey("collectionsBefore")
                        ? run.getList("collectionsBefore", String.class)
                        : null;
                if (before != null) {
                    for (String name : db.listCollectionNames().into(new ArrayList<>())) {
                        // Collections the run's index step created (sessions, audit_logs...) go when still empty.
                        if (!before.contains(name) && !name.startsWith("migration_") && !Backups.isBackup(name)
                                && db.getCollection(name).estimatedDocumentCount() == 0) {
                            db.getCollection(name).drop();
                            out.printf("  %-14s dropped (created empty by the run)%n", name);
                        }
                    }
                }
                db.getCollection(IdMap.COLLECTION).deleteMany(Filters.eq("runId", runId));
                runs.rolledBack(runId, restored);
                out.printf("run %s rolled back; its backups stay; the lock is released%n", runId);
                return ExitCodes.OK;
            }
        }
    }
}
