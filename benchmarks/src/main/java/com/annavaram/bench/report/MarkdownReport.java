package com.annavaram.bench.report;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.annavaram.bench.load.RunResult;
import com.annavaram.bench.process.ProcessStats;
import com.annavaram.bench.process.StartupProbe;

/** The Markdown tables of one run: throughput and latency beside the driver-only limit, startup, memory, targets. */
public final class MarkdownReport {

    static final String USER = "user-service";
    static final String ADMIN = "admin-service";
    static final String HARNESS = "harness";

    private MarkdownReport() {
    }

    public static String render(BenchReport report) {
        StringBuilder md = new StringBuilder();
        MachineFacts m = report.machine();
        md.append("## Benchmark run ").append(report.startedAt()).append(" (commit ").append(m.shortCommit())
                .append(m.dirtyTree() ? ", uncommitted changes" : "").append(")\n\n");
        md.append("`").append(report.command()).append("`\n\n");
        md.append("Machine: ").append(m.cpu()).append(", ").append(m.cores()).append(" cores, ").append(m.memoryGb())
                .append(" GB; ").append(m.os()).append("; ").append(m.java()).append(". Load average ")
                .append(m.loadAverage()).append(" at the start, ").append(report.loadAverageAtEnd())
                .append(" at the end. Data: ").append(report.data()).append(". Settings: ").append(report.settings())
                .append(".\n\n");
        throughput(md, report);
        startup(md, report);
        memory(md, report);
        checkout(md, report);
        md.append("| target | measured | met |\n|---|---|---|\n");
        report.targets().forEach(t -> md.append("| ").append(t.target()).append(" | ").append(t.measured())
                .append(" | ").append(t.met() == null ? "–" : t.met() ? "yes" : "**no**").append(" |\n"));
        md.append('\n');
        report.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        return md.toString();
    }

    private static void throughput(StringBuilder md, BenchReport report) {
        md.append("| scenario | c | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | 409 | user CPU % | user RSS MB"
                + " | admin CPU % | admin RSS MB | harness CPU % | driver-only req/s | driver p99 ms | service/driver |\n");
        md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (RunResult r : report.runs()) {
            if (!r.side().equals("service")) {
                continue;
            }
            Optional<RunResult> driver = report.run(r.scenario(), "driver", r.concurrency());
            md.append("| ").append(r.scenario()).append(" | ").append(r.concurrency()).append(" | ")
                    .append(num(r.scenario().equals("checkout") ? r.okPerSecond() : r.requestsPerSecond()))
                    .append(r.scenario().equals("checkout") ? " orders" : "").append(" | ").append(num(r.p50Ms()))
                    .append(" | ").append(num(r.p90Ms())).append(" | ").append(num(r.p99Ms())).append(" | ")
                    .append(num(r.maxMs())).append(" | ").append(r.errors()).append(" | ").append(r.expected())
                    .append(" | ").append(cpu(r, USER)).append(" | ").append(rss(r, USER)).append(" | ")
                    .append(cpu(r, ADMIN)).append(" | ").append(rss(r, ADMIN)).append(" | ").append(cpu(r, HARNESS))
                    .append(" | ").append(driver.map(d -> num(d.requestsPerSecond())).orElse("–")).append(" | ")
                    .append(driver.map(d -> num(d.p99Ms())).orElse("–")).append(" | ")
                    .append(driver.filter(d -> d.okPerSecond() > 0)
                            .map(d -> Targets.percent(r.okPerSecond() / d.okPerSecond())).orElse("–"))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void startup(StringBuilder md, BenchReport report) {
        if (report.startup().isEmpty()) {
            return;
        }
        md.append("| service | to healthy, median s | best s | each start s | logged start s | RSS at healthy MB |\n");
        md.append("|---|--:|--:|---|---|---|\n");
        for (StartupProbe.Startup s : report.startup()) {
            md.append("| ").append(s.service()).append(" (").append(s.healthPath()).append(") | ")
                    .append(s.medianHealthySeconds()).append(" | ").append(s.bestHealthySeconds()).append(" | ")
                    .append(s.healthySeconds()).append(" | ").append(s.loggedSeconds()).append(" | ")
                    .append(s.rssMbAtHealthy()).append(" |\n");
        }
        md.append('\n');
    }

    private static void memory(StringBuilder md, BenchReport report) {
        md.append("| service | RSS after warm-up MB | RSS at the end MB | peak RSS MB |\n|---|--:|--:|--:|\n");
        for (Map.Entry<String, ProcessStats.Usage> e : report.afterWarmup().entrySet()) {
            ProcessStats.Usage end = report.atEnd().getOrDefault(e.getKey(), ProcessStats.Usage.UNKNOWN);
            md.append("| ").append(e.getKey()).append(" | ").append(num(e.getValue().rssMb())).append(" | ")
                    .append(num(end.rssMb())).append(" | ").append(num(end.peakRssMb())).append(" |\n");
        }
        md.append('\n');
    }

    private static void checkout(StringBuilder md, BenchReport report) {
        report.runs().stream().filter(r -> r.scenario().equals("checkout")).forEach(r -> md.append("Checkout c")
                .append(r.concurrency()).append(": ").append(r.checks()).append('\n'));
        md.append('\n');
    }

    private static String cpu(RunResult r, String process) {
        ProcessStats.Usage usage = r.processes().get(process);
        return usage == null || usage.cpuPercent() < 0 ? "–" : num(usage.cpuPercent());
    }

    private static String rss(RunResult r, String process) {
        ProcessStats.Usage usage = r.processes().get(process);
        return usage == null || usage.rssMb() < 0 ? "–" : num(usage.rssMb());
    }

    static String num(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }
}
