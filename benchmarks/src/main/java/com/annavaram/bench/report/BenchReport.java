package com.annavaram.bench.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.annavaram.bench.load.RunResult;
import com.annavaram.bench.process.ProcessStats;
import com.annavaram.bench.process.StartupProbe;

/**
 * Everything one run measured, as written to {@code benchmarks/results/<timestamp>-<commit>.json}.
 *
 * @param afterWarmup each service's memory right after the global warm-up
 * @param atEnd each service's memory after the last scenario (peak = VmHWM over the whole run)
 */
public record BenchReport(String startedAt, String finishedAt, String command, Map<String, Object> settings,
        MachineFacts machine, String loadAverageAtEnd, Map<String, Object> data,
        List<StartupProbe.Startup> startup, Map<String, ProcessStats.Usage> afterWarmup,
        Map<String, ProcessStats.Usage> atEnd, List<RunResult> runs, List<TargetCheck> targets, List<String> notes) {

    /** The run of one scenario side at one concurrency level. */
    public Optional<RunResult> run(String scenario, String side, int concurrency) {
        return runs.stream().filter(r -> r.scenario().equals(scenario) && r.side().equals(side)
                && r.concurrency() == concurrency).findFirst();
    }

    /** One target of the issue and whether this run met it; {@code met} is null when the run did not measure it. */
    public record TargetCheck(String target, String measured, Boolean met) {
    }
}
