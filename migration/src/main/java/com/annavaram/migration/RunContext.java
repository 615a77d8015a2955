package com.annavaram.migration;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.annavaram.migration.backup.ContentHash;
import com.annavaram.migration.report.Progress;
import com.annavaram.migration.report.Report;
import com.mongodb.client.MongoDatabase;

/**
 * What every step works with: the database, the run id, whether writes are only counted (a plan) or made (a run),
 * the report its findings go to, and the guard that stops writing when the lock is lost.
 */
public final class RunContext {

    /** The run id a plan uses in the notes it predicts. */
    public static final String PLAN_RUN_ID = "plan";

    private final MongoDatabase db;
    private final String runId;
    private final boolean dryRun;
    private final int batchSize;
    private final Report report;
    private final Progress progress;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final Map<String, ContentHash.Result> hashes = new ConcurrentHashMap<>();
    private final Map<String, ContentHash.Result> expected = new ConcurrentHashMap<>();
    private Runnable guard = () -> {
    };
    private PrintWriter log = new PrintWriter(PrintWriter.nullWriter());

    public RunContext(MongoDatabase db, String runId, boolean dryRun, int batchSize, Report report,
            Progress progress) {
        this.db = db;
        this.runId = runId;
        this.dryRun = dryRun;
        this.batchSize = batchSize;
        this.report = report;
        this.progress = progress;
    }

    public MongoDatabase db() {
        return db;
    }

    public String runId() {
        return runId;
    }

    /** True for a plan: every write is counted, none is sent. */
    public boolean dryRun() {
        return dryRun;
    }

    public int batchSize() {
        return batchSize;
    }

    public Report report() {
        return report;
    }

    public Progress progress() {
        return progress;
    }

    /** The run's clock, fixed at its start (milliseconds, as BSON dates hold them). */
    public Instant now() {
        return now;
    }

    /** Count and content hash of every collection scanned in full, by collection, as read. */
    public Map<String, ContentHash.Result> hashes() {
        return hashes;
    }

    /** What the plan read from each input collection, for a run to check it is still so. */
    public RunContext expect(Map<String, ContentHash.Result> planned) {
        expected.putAll(planned);
        return this;
    }

    /**
     * Fails when {@code collection}, as the last full scan read it, is not what the plan read: someone wrote to it
     * meanwhile (a service left running).
     */
    public void checkUnchanged(String collection) {
        ContentHash.Result read = hashes.get(collection);
        ContentHash.Result planned = expected.get(collection);
        if (read != null && planned != null && !read.equals(planned)) {
            throw MigrationException.aborted(collection + " changed since the plan read it (" + planned.count()
                    + " documents then, " + read.count() + " now): is a service still writing? Stop both services; "
                    + "run again to resume");
        }
    }

    /** Checked before every batch of writes (the lock still ours, no injected fault). */
    public void checkpoint() {
        guard.run();
    }

    public RunContext guard(Runnable newGuard) {
        this.guard = newGuard;
        return this;
    }

    public PrintWriter log() {
        return log;
    }

    public RunContext log(PrintWriter newLog) {
        this.log = newLog;
        return this;
    }
}
