package com.annavaram.bench.load;

import java.util.List;
import java.util.Map;

import com.annavaram.bench.process.ProcessStats;

/**
 * One scenario at one concurrency level, measured for {@code seconds}: every request completed in the window, split
 * into successes, expected answers (409 in checkout) and errors; latency percentiles in milliseconds over all of
 * them; each watched process's CPU and memory over the window; the scenario's own checks.
 */
public record RunResult(String scenario, String side, String request, int concurrency, double seconds,
        long requests, long ok, long expected, long errors, long warmupErrors, double requestsPerSecond,
        double okPerSecond, double p50Ms, double p90Ms, double p99Ms, double maxMs, double meanMs,
        Map<String, ProcessStats.Usage> processes, Map<String, Object> checks, List<String> errorSamples) {

    public RunResult {
        processes = Map.copyOf(processes);
        checks = Map.copyOf(checks);
        errorSamples = List.copyOf(errorSamples);
    }

    /** Whether the scenario's own checks (e.g. checkout's stock audit) passed; true when it has none. */
    public boolean checksPassed() {
        return !Boolean.FALSE.equals(checks.get("ok"));
    }
}
