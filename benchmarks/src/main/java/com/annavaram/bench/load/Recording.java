package com.annavaram.bench.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The latencies (microseconds) and outcomes of one scenario run, written by every worker at once. Nothing counts
 * during the warm-up, except that its failures are kept as samples so a broken scenario shows why.
 */
public final class Recording {

    private static final int MAX_SAMPLES = 5;

    private final Set<Integer> expectedStatuses;
    private final Recorder latencies = new Recorder(3);
    private final LongAdder ok = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder expected = new LongAdder();
    private final LongAdder warmupErrors = new LongAdder();
    private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    private volatile boolean measuring;

    public Recording(Set<Integer> expectedStatuses) {
        this.expectedStatuses = Set.copyOf(expectedStatuses);
    }

    /** Sends one timed request; 2xx is a success, an expected status (e.g. 409 in checkout) is counted apart. */
    public int http(Callable<Http.Response> request) throws Exception {
        long start = System.nanoTime();
        Http.Response response = request.call();
        long micros = (System.nanoTime() - start) / 1_000;
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            record(micros, ok);
        } else if (expectedStatuses.contains(status)) {
            record(micros, expected);
        } else {
            record(micros, errors);
            sample(response.method() + " " + response.path() + " -> " + status + " " + snippet(response.body()));
        }
        return status;
    }

    /** Runs one timed call that is not HTTP (the driver-only client); an exception is an error. */
    public <T> T timed(Callable<T> call) throws Exception {
        long start = System.nanoTime();
        try {
            T result = call.call();
            record((System.nanoTime() - start) / 1_000, ok);
            return result;
        } catch (Exception e) {
            record((System.nanoTime() - start) / 1_000, errors);
            throw e;
        }
    }

    /** A failure outside a timed request (a worker's exception, a failed preparation step). */
    public void failure(Throwable e) {
        if (measuring) {
            errors.increment();
        } else {
            warmupErrors.increment();
        }
        sample(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    void startMeasuring() {
        latencies.reset();
        ok.reset();
        errors.reset();
        expected.reset();
        measuring = true;
    }

    /** Stops counting and hands over what was measured. */
    Measured stopMeasuring() {
        measuring = false;
        Histogram histogram = latencies.getIntervalHistogram();
        return new Measured(histogram, ok.sum(), errors.sum(), expected.sum(), warmupErrors.sum(),
                new ArrayList<>(samples));
    }

    private void record(long micros, LongAdder outcome) {
        if (measuring) {
            latencies.recordValue(Math.max(1, micros));
            outcome.increment();
        } else if (outcome == errors) {
            warmupErrors.increment();
        }
    }

    private void sample(String message) {
        if (samples.size() < MAX_SAMPLES) {
            samples.add(message);
        }
    }

    private static String snippet(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    /** What one measuring window recorded. */
    record Measured(Histogram latencies, long ok, long errors, long expected, long warmupErrors,
            List<String> errorSamples) {
    }
}
