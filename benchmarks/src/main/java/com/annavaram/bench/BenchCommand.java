package com.annavaram.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import com.annavaram.bench.data.DataSpec;
import com.annavaram.bench.load.RunResult;
import com.annavaram.bench.report.BenchReport;
import com.annavaram.bench.report.ResultWriter;
import com.annavaram.platform.launch.LocalPlatform;
import com.annavaram.platform.launch.ServiceSpec;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/bench}: runs the benchmark, writes {@code <results>/<timestamp>-<commit>.json} and {@code .md}, prints
 * the Markdown tables. Exit 0 when every scenario completed requests without unexpected errors and checkout's stock
 * audit passed (targets missed do not fail the run: figures on a busy machine are noisy), 1 otherwise, 2 for usage.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, description = "Throughput, latency, CPU and memory of both services on a generated shop, beside a driver-only"
        + " client running the same queries; startup time and memory of each service.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--duration", description = "Seconds each scenario is measured (default ${DEFAULT-VALUE}).", defaultValue = "20")
    double duration;

    @Option(names = "--warmup", description = "Seconds of warm-up before each measured window, and per scenario in"
            + " the first global warm-up (default ${DEFAULT-VALUE}).", defaultValue = "5")
    double warmup;

    @Option(names = "--concurrency", split = ",", description = "Virtual users, one level after the other (default"
            + " ${DEFAULT-VALUE}).", defaultValue = "16,64")
    List<Integer> concurrency;

    @Option(names = "--scenarios", split = ",", description = "list, list-20, detail, search, category, cart,"
            + " checkout, admin-orders, admin-products, admin-list (both admin ones) or all (default).", defaultValue = "all")
    List<String> scenarios;

    @Option(names = "--smoke", description = "Tiny data set, concurrency 4, about 10 s of measuring in all, one"
            + " start per service: proves the harness works (CI).")
    boolean smoke;

    @Option(names = "--startup-runs", description = "Starts per service for the startup time (default"
            + " ${DEFAULT-VALUE}; 0 skips).", defaultValue = "3")
    int startupRuns;

    @Option(names = "--service-jvm-options", split = " ", description = "JVM options of both services (default"
            + " ${DEFAULT-VALUE}, as bin/platform).", defaultValue = ServiceSpec.DEFAULT_JVM_OPTIONS)
    List<String> serviceJvmOptions;

    @Option(names = "--jfr", description = "Record a JFR profile of each service into the work folder.")
    boolean jfr;

    @Option(names = "--results", description = "Results folder (default: benchmarks/results).")
    Path results;

    @Option(names = "--work", description = "Logs, secrets and profiles (default: benchmarks/target/bench-work).")
    Path work;

    @Option(names = "--command-line", hidden = true, description = "The command to record in the results.")
    String commandLine;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() {
        Path root = LocalPlatform.findProjectRoot();
        Path resultsDir = results != null ? results : root.resolve("benchmarks/results");
        Path workDir = work != null ? work : root.resolve("benchmarks/target/bench-work");
        BenchOptions options = smoke
                ? BenchOptions.smoke(root, workDir, resultsDir, scenarios)
                : new BenchOptions(root, workDir, resultsDir, DataSpec.FULL, scenarios, concurrency, seconds(warmup),
                        seconds(duration), startupRuns, serviceJvmOptions, jfr, false);
        BenchReport report = new BenchRun(options).run(commandLine != null ? commandLine : "bin/bench");
        ResultWriter.Written written = new ResultWriter(resultsDir).write(report);
        System.out.println(written.table());
        Progress.say("results: " + written.json() + " and " + written.markdown());
        return healthy(report) ? 0 : 1;
    }

    /** Every run completed requests without unexpected errors, and every check (checkout's audit) passed. */
    static boolean healthy(BenchReport report) {
        boolean ok = true;
        for (RunResult run : report.runs()) {
            if (run.requests() == 0 || run.errors() > 0 || !run.checksPassed()) {
                Progress.say("FAILED " + run.side() + " " + run.scenario() + " c" + run.concurrency() + ": "
                        + run.requests() + " requests, " + run.errors() + " errors " + run.errorSamples() + " "
                        + run.checks());
                ok = false;
            }
        }
        return ok;
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
