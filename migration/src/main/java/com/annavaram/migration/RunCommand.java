package com.annavaram.migration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import com.mongodb.client.MongoClient;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: plans, backs up, migrates, verifies; resumes an unfinished run; a second run is a no-op. */
@Command(name = "run", mixinStandardHelpOptions = true, description = {
        "Migrates the legacy data: lock, plan (refuses on problems), timestamped backups verified by hash, merge of "
                + "adminproducts into products (staging + rename), reference remap, order completion, "
                + "normalisation, indexes, verification, then drops adminproducts.",
        "An unfinished run resumes after its last completed step; after a completed run it does nothing."})
final class RunCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Mixin
    TuningOptions tuning;

    @Option(names = "--report", defaultValue = "migration-report-{runId}.json", description = "JSON report file "
            + "(default: ${DEFAULT-VALUE} in the working directory)")
    Path report;

    @Option(names = "--force-unlock", description = "Remove the lock of another run first (recorded in audit_logs); "
            + "only when that run is known to be dead")
    boolean forceUnlock;

    @Option(names = "--lock-ttl-seconds", defaultValue = "60", description = "How long the lock outlives its last "
            + "heartbeat (default: ${DEFAULT-VALUE})")
    int lockTtlSeconds;

    @Option(names = "--wait-lock-seconds", defaultValue = "0", description = "How long to wait for a running "
            + "migration to release the lock before giving up with exit code 3 (default: ${DEFAULT-VALUE})")
    int waitLockSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        tuning.validate();
        try (MongoClient client = database.connect()) {
            var db = database.reach(client);
            MigrationRun.Settings settings = new MigrationRun.Settings(tuning.batchSize, tuning.reportLimit,
                    Duration.ofSeconds(Math.max(1, lockTtlSeconds)), Duration.ofSeconds(Math.max(0,
                            waitLockSeconds)),
                    forceUnlock, report, tuning.progress(System.err));
            return new MigrationRun(db, settings, spec.commandLine().getOut()).execute();
        }
    }
}
