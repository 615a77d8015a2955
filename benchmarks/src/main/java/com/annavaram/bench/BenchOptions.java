package com.annavaram.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.annavaram.bench.data.DataSpec;
import com.annavaram.platform.launch.ServiceSpec;

/**
 * What one benchmark run does: the data set, the scenarios, the concurrency levels, how long each scenario warms up
 * and is measured, how often each service's startup is timed, and where the results go.
 *
 * @param projectRoot the folder holding admin-service/ and user-service/ with their packaged artifacts
 * @param workDir logs, secrets and profiles of this run
 * @param resultsDir where the JSON and Markdown results are written
 * @param scenarios scenario names, in order (see {@link com.annavaram.bench.scenario.ScenarioCatalog})
 * @param serviceJvmOptions JVM options of both services (bin/platform's default: {@link ServiceSpec#DEFAULT_JVM_OPTIONS})
 * @param jfr whether both services record a JFR profile into the work folder
 */
public record BenchOptions(Path projectRoot, Path workDir, Path resultsDir, DataSpec data, List<String> scenarios,
        List<Integer> concurrency, Duration warmup, Duration duration, int startupRuns,
        List<String> serviceJvmOptions, boolean jfr, boolean smoke) {

    public BenchOptions {
        scenarios = List.copyOf(scenarios);
        concurrency = List.copyOf(concurrency);
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
        if (concurrency.isEmpty() || concurrency.stream().anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("concurrency levels must be 1 or more");
        }
    }

    /** The smoke mode: a tiny data set, one low concurrency level and about 10 s of measuring in all. */
    public static BenchOptions smoke(Path projectRoot, Path workDir, Path resultsDir, List<String> scenarios) {
        int runs = com.annavaram.bench.scenario.ScenarioCatalog.measuredRuns(scenarios);
        Duration each = Duration.ofMillis(Math.max(300, 10_000 / Math.max(1, runs)));
        return new BenchOptions(projectRoot, workDir, resultsDir, DataSpec.SMOKE, scenarios, List.of(4),
                Duration.ofMillis(500), each, 1, ServiceSpec.defaultJvmOptions(), false, true);
    }
}
