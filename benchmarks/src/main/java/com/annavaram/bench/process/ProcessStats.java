package com.annavaram.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time and memory of a process from Linux's {@code /proc/<pid>/stat} (utime + stime, fields 14 and 15, in clock
 * ticks of 1/100 s) and {@code /proc/<pid>/status} ({@code VmRSS}, {@code VmHWM}). Where /proc is missing the figures
 * are -1.
 */
public final class ProcessStats {

    /** USER_HZ: Linux reports /proc times in 1/100 s on every architecture the services run on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessStats() {
    }

    /** One reading of a process. */
    public record Sample(long pid, long cpuTicks, long rssKb, long peakRssKb, long nanoTime) {
    }

    /**
     * Use over an interval: average CPU in percent of one core (200 = both cores of this machine busy), resident set at
     * the end and its peak so far, in MB.
     */
    public record Usage(double cpuPercent, double rssMb, double peakRssMb) {

        public static final Usage UNKNOWN = new Usage(-1, -1, -1);
    }

    public static Sample sample(long pid) {
        long now = System.nanoTime();
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) may hold spaces; the fields after it are counted from its closing ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
            return new Sample(pid, ticks, kb(status, "VmRSS:"), kb(status, "VmHWM:"), now);
        } catch (IOException | RuntimeException e) {
            return new Sample(pid, -1, -1, -1, now);
        }
    }

    public static Usage between(Sample from, Sample to) {
        if (from.cpuTicks() < 0 || to.cpuTicks() < 0) {
            return Usage.UNKNOWN;
        }
        double seconds = (to.nanoTime() - from.nanoTime()) / 1e9;
        double cpu = seconds <= 0 ? 0 : (to.cpuTicks() - from.cpuTicks()) / TICKS_PER_SECOND / seconds * 100;
        return new Usage(round(cpu), round(to.rssKb() / 1024.0), round(to.peakRssKb() / 1024.0));
    }

    /** The memory of a process now, with no CPU figure. */
    public static Usage memory(long pid) {
        Sample sample = sample(pid);
        return sample.rssKb() < 0
                ? Usage.UNKNOWN
                : new Usage(-1, round(sample.rssKb() / 1024.0), round(sample.peakRssKb() / 1024.0));
    }

    private static long kb(List<String> status, String key) {
        return status.stream().filter(l -> l.startsWith(key)).findFirst()
                .map(l -> Long.parseLong(l.substring(key.length()).trim().split("\\s+")[0])).orElse(-1L);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
