package com.annavaram.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.annavaram.bench.load.RunResult;
import com.annavaram.bench.report.BenchReport;
import com.annavaram.bench.report.ResultWriter;
import com.annavaram.bench.scenario.ScenarioCatalog;
import com.annavaram.platform.launch.LocalPlatform;

/**
 * The smoke mode end to end (what CI may run): the packaged services against a tiny generated shop, every scenario
 * and its driver-only twin for a moment, the results written. Proves the harness works, not how fast anything is.
 */
class BenchSmokeIT {

    @TempDir
    Path results;

    @Test
    void shouldMeasureEveryScenarioWithoutErrorsOrOversell() {
        Path root = LocalPlatform.findProjectRoot();
        BenchOptions options = BenchOptions.smoke(root, root.resolve("benchmarks/target/bench-smoke"), results,
                List.of("all"));

        BenchReport report = new BenchRun(options).run("BenchSmokeIT");

        assertThat(report.runs()).filteredOn(r -> r.side().equals("service")).extracting(RunResult::scenario)
                .containsExactlyElementsOf(ScenarioCatalog.ALL);
        assertThat(report.runs()).filteredOn(r -> r.side().equals("driver")).extracting(RunResult::scenario)
                .containsExactly("list", "list-20", "detail", "search", "category");
        assertThat(report.runs()).allSatisfy(run -> {
            String which = run.side() + " " + run.scenario();
            assertThat(run.requests()).as(which + " requests").isPositive();
            assertThat(run.errors()).as(which + " errors: " + run.errorSamples()).isZero();
            assertThat(run.warmupErrors()).as(which + " warm-up errors: " + run.errorSamples()).isZero();
        });
        RunResult checkout = report.run("checkout", "service", 4).orElseThrow();
        assertThat(checkout.checks()).as("checkout audit").containsEntry("ok", true)
                .containsEntry("stockMismatches", 0L).containsEntry("negativeStock", 0L)
                .containsEntry("aliasViolations", 0);
        assertThat((Long) checkout.checks().get("ordersPlaced")).isPositive();
        assertThat(report.startup()).hasSize(2).allSatisfy(s -> assertThat(s.bestHealthySeconds()).isPositive());
    }

    @Test
    void shouldWriteJsonAndMarkdownNamedByTimeAndCommit() {
        Path root = LocalPlatform.findProjectRoot();
        BenchOptions options = BenchOptions.smoke(root, root.resolve("benchmarks/target/bench-smoke"), results,
                List.of("detail"));
        BenchReport report = new BenchRun(options).run("BenchSmokeIT");

        ResultWriter.Written written = new ResultWriter(results).write(report);

        assertThat(written.json()).exists().content().contains("\"scenario\" : \"detail\"", "\"commit\"");
        assertThat(written.markdown()).exists();
        assertThat(written.json().getFileName().toString()).matches("\\d{8}-\\d{6}-\\w+\\.json");
        assertThat(written.table()).contains("| detail | 4 |", "| target | measured | met |");
    }
}
