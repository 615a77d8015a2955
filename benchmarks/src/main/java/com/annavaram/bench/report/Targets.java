package com.annavaram.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.annavaram.bench.load.RunResult;
import com.annavaram.bench.process.ProcessStats;
import com.annavaram.bench.process.StartupProbe;
import com.annavaram.bench.report.BenchReport.TargetCheck;

/** The targets, checked against one run's figures. Latency and ratio targets are read at concurrency 16. */
public final class Targets {

    static final int REFERENCE_CONCURRENCY = 16;
    static final double MIN_DRIVER_RATIO = 0.70;
    static final double CATALOGUE_P99_MS = 50;
    static final double SEARCH_P99_MS = 100;
    static final double CHECKOUT_ORDERS_PER_SECOND = 200;
    static final double USER_READY_SECONDS = 2;
    static final double ADMIN_READY_SECONDS = 6;
    static final double MAX_RSS_MB = 350;

    private Targets() {
    }

    public static List<TargetCheck> check(List<RunResult> runs, List<StartupProbe.Startup> startup,
            Map<String, ProcessStats.Usage> afterWarmup) {
        List<TargetCheck> checks = new ArrayList<>();
        for (String name : List.of("list-20", "detail", "category")) {
            Optional<RunResult> service = find(runs, name, "service");
            Optional<RunResult> driver = find(runs, name, "driver");
            if (service.isPresent() && driver.isPresent() && driver.get().requestsPerSecond() > 0) {
                double ratio = service.get().okPerSecond() / driver.get().okPerSecond();
                checks.add(new TargetCheck(name + ": service ≥ 70% of driver-only throughput (c"
                        + service.get().concurrency() + ")",
                        percent(ratio) + " (" + service.get().okPerSecond() + " vs " + driver.get().okPerSecond()
                                + " req/s)",
                        ratio >= MIN_DRIVER_RATIO));
            }
            service.ifPresent(s -> checks.add(p99(name, s, CATALOGUE_P99_MS)));
        }
        find(runs, "search", "service").ifPresent(s -> checks.add(p99("search", s, SEARCH_P99_MS)));
        List<RunResult> checkouts = runs.stream().filter(r -> r.scenario().equals("checkout")).toList();
        if (!checkouts.isEmpty()) {
            RunResult best = checkouts.stream().max((a, b) -> Double.compare(a.okPerSecond(), b.okPerSecond()))
                    .orElseThrow();
            checks.add(new TargetCheck("checkout: ≥ 200 orders/s", best.okPerSecond() + " orders/s at c"
                    + best.concurrency(), best.okPerSecond() >= CHECKOUT_ORDERS_PER_SECOND));
            boolean audited = checkouts.stream().allMatch(RunResult::checksPassed);
            checks.add(new TargetCheck("checkout: no oversell, alias pairs equal afterwards",
                    audited ? "stock audit and alias scan passed after every run" : "FAILED: see checks",
                    audited));
        }
        for (StartupProbe.Startup s : startup) {
            double limit = s.service().startsWith("user") ? USER_READY_SECONDS : ADMIN_READY_SECONDS;
            double median = s.medianHealthySeconds();
            checks.add(new TargetCheck(s.service() + ": ready in ≤ " + (int) limit + " s",
                    "median " + median + " s to healthy over " + s.healthySeconds().size() + " starts (logged "
                            + s.loggedSeconds() + ")",
                    median > 0 && median <= limit));
        }
        afterWarmup.forEach((service, usage) -> checks.add(new TargetCheck(service + ": RSS after warm-up ≤ 350 MB",
                usage.rssMb() + " MB", usage.rssMb() > 0 && usage.rssMb() <= MAX_RSS_MB)));
        return checks;
    }

    private static TargetCheck p99(String name, RunResult run, double limit) {
        return new TargetCheck(name + ": p99 ≤ " + (int) limit + " ms (c" + run.concurrency() + ")",
                run.p99Ms() + " ms", run.p99Ms() <= limit);
    }

    /** The run at concurrency 16, or at the lowest level measured when 16 was not. */
    private static Optional<RunResult> find(List<RunResult> runs, String name, String side) {
        List<RunResult> matching = runs.stream().filter(r -> r.scenario().equals(name) && r.side().equals(side))
                .toList();
        return matching.stream().filter(r -> r.concurrency() == REFERENCE_CONCURRENCY).findFirst()
                .or(() -> matching.stream().min((a, b) -> Integer.compare(a.concurrency(), b.concurrency())));
    }

    static String percent(double ratio) {
        return Math.round(ratio * 1000) / 10.0 + "%";
    }
}
