package com.annavaram.migration;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Date;
import java.util.concurrent.Callable;

import org.bson.Document;

import com.annavaram.migration.backup.RunLog;
import com.annavaram.migration.plan.Analysis;
import com.annavaram.migration.report.Report;
import com.annavaram.migration.report.Summary;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plan}: reads everything, writes nothing, reports what {@code run} would do. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = {
        "Reads everything, writes nothing, and reports what run would do: matched pairs and their rule, field "
                + "conflicts and their resolution, slugs, categories to create, references to rewrite, legacy "
                + "orders to complete, duplicates to fold, alias pairs to repair, and problems that stop a run.",
        "Exit code 0 when a run can go ahead, 1 when problems stop it."})
final class PlanCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Mixin
    TuningOptions tuning;

    @Option(names = "--json", arity = "0..1", fallbackValue = "migration-plan.json", paramLabel = "<file>", description = "Also write the full report as JSON (default file: ${FALLBACK-VALUE})")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        tuning.validate();
        PrintWriter out = spec.commandLine().getOut();
        try (MongoClient client = database.connect()) {
            MongoDatabase db = database.reach(client);
            RunLog runs = new RunLog(db);
            Document unfinished = runs.unfinished();
            Document done = runs.done();
            if (unfinished == null && done != null) {
                out.printf("already migrated by run %s: a run would do nothing%n", done.get("_id"));
                return ExitCodes.OK;
            }
            if (unfinished != null && unfinished.get("step") != null) {
                out.printf("run %s is unfinished after step %s: a run resumes it from there (see status)%n",
                        unfinished.get("_id"), unfinished.get("step"));
                return ExitCodes.OK;
            }
            out.printf("plan for %s (read only: nothing is written)%n", db.getName());
            Report report = new Report(tuning.reportLimit);
            Analysis.of(new RunContext(db, RunContext.PLAN_RUN_ID, true, tuning.batchSize, report, tuning.progress(
                    System.err)));
            Summary.print(report, out);
            if (json != null) {
                Report.write(json, new Document("database", db.getName()).append("plannedAt", new Date())
                        .append("codeVersion", MigrationRun.CODE_VERSION), java.util.Map.of("plan", report));
                out.printf("report: %s%n", json.toAbsolutePath());
            }
            report.close();
            return report.hasProblems() ? ExitCodes.VERIFICATION_FAILED : ExitCodes.OK;
        }
    }
}
