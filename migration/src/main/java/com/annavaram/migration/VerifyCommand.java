package com.annavaram.migration;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.bson.Document;

import com.annavaram.migration.backup.RunLog;
import com.annavaram.migration.report.Report;
import com.annavaram.migration.verify.Verifier;
import com.annavaram.migration.verify.VerifyResult;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verify}: the invariants on the live data; exit code 0 only when all hold. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = {
        "Checks the live data: product count (against the last run's plan), no dangling reference in any "
                + "collection, no unequal alias pair, every order and product complete, every index present, "
                + "unique slugs.",
        "Exit code 0 only when every check holds, 1 otherwise."})
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Mixin
    TuningOptions tuning;

    @Option(names = "--json", paramLabel = "<file>", description = "Also write the result as JSON")
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
            Document run = runs.unfinished() != null ? runs.unfinished() : runs.done();
            Object expected = run == null ? null : run.get("expected", new Document()).get("products");
            out.printf("verifying %s%s%n", db.getName(), run == null ? "" : " (run " + run.get("_id") + ")");
            VerifyResult result = Verifier.verify(db, expected == null ? null : ((Number) expected).longValue(),
                    tuning.batchSize);
            result.print(out);
            if (json != null) {
                Report.write(json, result.toDocument().append("database", db.getName()));
            }
            return result.ok() ? ExitCodes.OK : ExitCodes.VERIFICATION_FAILED;
        }
    }
}
