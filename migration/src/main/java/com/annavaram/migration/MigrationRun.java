package com.annavaram.migration;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.bson.Document;

import com.annavaram.migration.backup.RunLock;
import com.annavaram.migration.backup.RunLog;
import com.annavaram.migration.plan.Analysis;
import com.annavaram.migration.remap.IdMap;
import com.annavaram.migration.report.Progress;
import com.annavaram.migration.report.Report;
import com.annavaram.migration.report.Section;
import com.annavaram.migration.report.Sections;
import com.annavaram.migration.report.Summary;
import com.mongodb.client.MongoDatabase;

/**
 * One {@code run}: takes the lock, resumes an unfinished run or plans a new one (refusing on problems before it
 * writes anything), then executes the steps in order, recording each in {@code migration_runs} so a crash at any
 * point resumes after the last completed step.
 */
final class MigrationRun {

    static final String CODE_VERSION = "annavaram-migration 0.1.0";
    static final List<String> STEPS = List.of("backup", "merge", "remap", "orders", "swap", "indexes", "verify",
            "finish");

    /** The settings of one run. */
    record Settings(int batchSize, int reportLimit, Duration lockTtl, Duration lockWait, boolean forceUnlock,
            Path reportFile, Progress progress) {
    }

    private final MongoDatabase db;
    private final Settings settings;
    private final PrintWriter out;
    private final RunLog runs;
    private final Document report = new Document();
    private final java.util.Map<String, Report> reports = new java.util.LinkedHashMap<>();

    MigrationRun(MongoDatabase db, Settings settings, PrintWriter out) {
        this.db = db;
        this.settings = settings;
        this.out = out;
        this.runs = new RunLog(db);
    }

    int execute() {
        try (RunLock lock = RunLock.acquire(db, "run", settings.lockTtl(), settings.lockWait(),
                settings.forceUnlock(), out)) {
            Document unfinished = runs.unfinished();
            Document done = runs.done();
            if (unfinished == null && done != null) {
                out.printf("already migrated: run %s finished %s (code version %s, input hash %s, %s products). "
                        + "Nothing to do.%n", done.get("_id"),
                        done.get("finishedAt") instanceof Date d
                                ? d.toInstant()
                                : "?",
                        done.get("codeVersion"), done.get("inputHash"),
                        done.get("counts", new Document()).get("products_after_merge"));
                return ExitCodes.OK;
            }
            String runId;
            int from = 0;
            if (unfinished != null) {
                runId = unfinished.getString("_id");
                if (!CODE_VERSION.equals(unfinished.getString("codeVersion"))) {
                    throw MigrationException.aborted("run " + runId + " was started by " + unfinished.get(
                            "codeVersion") + ", this is " + CODE_VERSION + ": roll it back first (rollback --run "
                            + runId + ")");
                }
                String step = unfinished.getString("step");
                from = step == null ? 0 : STEPS.indexOf(step) + 1;
                out.printf("resuming run %s after step %s%n", runId, step == null ? "(none)" : step);
            } else {
                runId = newRunId();
            }
            lock.runId(runId);
            report.append("runId", runId).append("codeVersion", CODE_VERSION).append("database", db.getName())
                    .append("startedAt", new Date()).append("resumedAfter", from == 0 ? null : STEPS.get(from - 1));
            Analysis analysis = null;
            if (from <= STEPS.indexOf("merge")) {
                analysis = plan(runId, unfinished == null, lock);
            }
            if (unfinished != null) {
                runs.resumed(runId, lock.owner());
            }
            return steps(runId, from, analysis, lock);
        } finally {
            writeReport();
        }
    }

    private Analysis plan(String runId, boolean fresh, RunLock lock) {
        out.printf("planning run %s on %s (reading everything, writing nothing)%n", runId, db.getName());
        Report planned = new Report(settings.reportLimit());
        long started = System.currentTimeMillis();
        Analysis analysis = Analysis.of(new RunContext(db, runId, true, settings.batchSize(), planned,
                settings.progress()).guard(lock::check));
        out.printf("  planned in %.1f s%n", (System.currentTimeMillis() - started) / 1e3);
        Summary.print(planned, out);
        reports.put("plan", planned);
        if (planned.hasProblems()) {
            report.append("status", "refused");
            throw MigrationException.aborted(planned.count(Sections.PROBLEMS)
                    + " problem(s) in the data stop the run (listed above and in the report); nothing was "
                    + "changed. Fix them and run again.");
        }
        if (fresh) {
            runs.create(runId, CODE_VERSION, lock.owner(), new Document("products", planned.figure(
                    "products_after_merge")));
        }
        return analysis;
    }

    private int steps(String runId, int from, Analysis analysis, RunLock lock) {
        // The plan holds every item; what the steps did is kept as exact counts and the first items only.
        long limit = analysis == null ? settings.reportLimit() : Math.min(settings.reportLimit(), Section.IN_MEMORY);
        Report applied = new Report(limit);
        reports.put("applied", applied);
        RunContext context = new RunContext(db, runId, false, settings.batchSize(), applied, settings.progress())
                .guard(lock::check).log(out);
        IdMap ids = analysis == null ? null : IdMap.of(analysis.products());
        String current = null;
        List<Document> done = new ArrayList<>();
        report.append("steps", done);
        try {
            for (int i = from; i < STEPS.size(); i++) {
                current = STEPS.get(i);
                Date started = new Date();
                out.printf("step %d/%d %s%n", i + 1, STEPS.size(), current);
                if (ids == null && i > STEPS.indexOf("merge")) {
                    ids = IdMap.load(context);
                }
                Document counts = new Steps(db, runs, report, settings.batchSize(), out).run(current, context, analysis,
                        ids);
                runs.stepDone(runId, current, started, counts);
                out.printf("  %s done in %.1f s%n", current, (System.currentTimeMillis() - started.getTime()) / 1e3);
                done.add(new Document("name", current).append("counts", counts));
                Faults.reached(current);
            }
        } catch (RuntimeException e) {
            String message = e.getMessage();
            runs.failed(runId, current, message);
            report.append("status", "failed").append("error", new Document(
                    "step", current).append("message", message));
            String advice = ". Run again to resume after the last completed step, or roll back with: rollback --run "
                    + runId;
            if (e instanceof MigrationException m && m.exitCode() == ExitCodes.VERIFICATION_FAILED) {
                throw new MigrationException(ExitCodes.VERIFICATION_FAILED, message + advice, e);
            }
            throw new MigrationException(ExitCodes.ABORTED, "run " + runId + " failed during step " + current + ": "
                    + message + advice, e);
        }
        report.append("status", "done").append("finishedAt", new Date());
        out.printf("done: run %s migrated %s; backups stay as <collection>_backup_%s%n", runId, db.getName(), runId);
        return ExitCodes.OK;
    }

    private void writeReport() {
        if (settings.reportFile() == null || !report.containsKey("runId")) {
            reports.values().forEach(Report::close);
            return;
        }
        Path file = settings.reportFile().toString().contains("{runId}")
                ? Path.of(settings.reportFile().toString().replace("{runId}", report.getString("runId")))
                : settings.reportFile();
        Report.write(file, report, reports);
        reports.values().forEach(Report::close);
        out.printf("report: %s%n", file.toAbsolutePath());
    }

    static String newRunId() {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(
                java.time.Instant.now()) + "_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt())
                        .substring(0, 4);
    }
}
