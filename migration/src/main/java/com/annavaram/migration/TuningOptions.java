package com.annavaram.migration;

import java.io.PrintStream;

import com.annavaram.migration.report.Progress;

import picocli.CommandLine.Option;

/** Batch size, report detail and progress bars, shared by the commands that read everything. */
final class TuningOptions {

    @Option(names = "--batch-size", defaultValue = "1000", description = "Documents per read batch and per bulk "
            + "write (default: ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--report-limit", defaultValue = "10000", description = "Items written per report section; "
            + "counts are always exact; raise it for every item (past 1,000 they wait on disk) "
            + "(default: ${DEFAULT-VALUE})")
    int reportLimit;

    @Option(names = "--progress", negatable = true, description = "Progress bars on standard error (default: when "
            + "attached to a terminal)")
    Boolean progress;

    Progress progress(PrintStream stream) {
        boolean on = progress != null ? progress : System.console() != null;
        return new Progress(on, stream);
    }

    void validate() {
        if (batchSize < 1 || reportLimit < 0) {
            throw new MigrationException(ExitCodes.USAGE, "--batch-size must be at least 1 and --report-limit "
                    + "not negative");
        }
    }
}
