package com.annavaram.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

import com.annavaram.bench.process.ProcessStats;

/**
 * A closed-loop load generator: {@code concurrency} threads, each one virtual user that sends its next request as
 * soon as the previous answer is read. Each run warms up (nothing recorded), then measures for a fixed time while
 * the watched processes' CPU and memory are sampled at both ends. Closed loop means a slow server gets fewer
 * requests, not a queue: latencies are service times under that load, without coordinated-omission correction.
 */
public final class LoadGenerator {

    private static final Duration STOP_GRACE = Duration.ofSeconds(35);

    private final Map<String, Long> watched;

    /** @param watched processes to sample, by name (e.g. {@code user-service} → its pid) */
    public LoadGenerator(Map<String, Long> watched) {
        this.watched = new LinkedHashMap<>(watched);
    }

    public RunResult run(Scenario scenario, int concurrency, Duration warmup, Duration duration) {
        scenario.beforeRun(concurrency);
        Recording recording = new Recording(scenario.expectedStatuses());
        VirtualUsers users = new VirtualUsers(scenario, concurrency, recording);
        users.start();
        sleep(warmup);
        Map<String, ProcessStats.Sample> before = samples();
        recording.startMeasuring();
        long start = System.nanoTime();
        sleep(duration);
        Recording.Measured measured = recording.stopMeasuring();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, ProcessStats.Sample> after = samples();
        users.stop(STOP_GRACE);
        Map<String, Object> checks = scenario.afterRun();
        Map<String, ProcessStats.Usage> usage = new LinkedHashMap<>();
        before.forEach((name, sample) -> usage.put(name, ProcessStats.between(sample, after.get(name))));
        Histogram h = measured.latencies();
        long requests = h.getTotalCount();
        return new RunResult(scenario.name(), scenario.side(), scenario.request(), concurrency, round(seconds),
                requests, measured.ok(), measured.expected(), measured.errors(), measured.warmupErrors(),
                round(requests / seconds), round(measured.ok() / seconds), ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()),
                requests == 0 ? 0 : round(h.getMean() / 1000), usage, checks, measured.errorSamples());
    }

    private Map<String, ProcessStats.Sample> samples() {
        Map<String, ProcessStats.Sample> samples = new LinkedHashMap<>();
        watched.forEach((name, pid) -> samples.put(name, ProcessStats.sample(pid)));
        return samples;
    }

    private static double ms(long micros) {
        return round(micros / 1000.0);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The worker threads of one run. */
    private static final class VirtualUsers {

        private final Scenario scenario;
        private final int concurrency;
        private final Recording recording;
        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean running = true;

        VirtualUsers(Scenario scenario, int concurrency, Recording recording) {
            this.scenario = scenario;
            this.concurrency = concurrency;
            this.recording = recording;
        }

        void start() {
            for (int i = 0; i < concurrency; i++) {
                Scenario.Worker worker = scenario.worker(i, concurrency);
                Thread thread = new Thread(() -> loop(worker), scenario.side() + "-" + scenario.name() + "-" + i);
                thread.setDaemon(true);
                threads.add(thread);
            }
            threads.forEach(Thread::start);
        }

        private void loop(Scenario.Worker worker) {
            try {
                repeat(worker);
            } finally {
                worker.close();
            }
        }

        private void repeat(Scenario.Worker worker) {
            while (running) {
                try {
                    worker.iterate(recording);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    recording.failure(e);
                    // A refused connection fails in microseconds: do not spin.
                    LockSupport.parkNanos(10_000_000);
                }
            }
        }

        void stop(Duration grace) {
            running = false;
            long deadline = System.nanoTime() + grace.toNanos();
            for (Thread thread : threads) {
                try {
                    thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
