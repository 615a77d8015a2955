package com.annavaram.bench.load;

import java.util.Map;
import java.util.Set;

/**
 * One measured workload: a request mix that closed-loop workers repeat. The load generator asks for one
 * {@link Worker} per virtual user and calls {@link #beforeRun} and {@link #afterRun} around each run.
 */
public interface Scenario {

    /** Short name, e.g. {@code list-20}; a driver-only twin has the same name and {@link #side()} {@code driver}. */
    String name();

    /** {@code service} (HTTP against a service) or {@code driver} (the same queries with the driver only). */
    String side();

    /** What one iteration sends, for the report. */
    String request();

    /** Statuses that are an expected outcome rather than an error (409 in checkout). */
    default Set<Integer> expectedStatuses() {
        return Set.of();
    }

    /** The worker of virtual user {@code index} of {@code concurrency}. */
    Worker worker(int index, int concurrency);

    /** Untimed preparation before a run (restock, clear carts, refresh sessions). */
    default void beforeRun(int concurrency) {
    }

    /** Untimed checks after a run; an entry {@code ok=false} marks a failed check. */
    default Map<String, Object> afterRun() {
        return Map.of();
    }

    /** One virtual user: {@link #iterate} runs one iteration of the scenario and records its timed requests. */
    interface Worker {

        void iterate(Recording recording) throws Exception;

        /** Called once on the worker's own thread when its run ends. */
        default void close() {
        }

        /** A worker that closes {@code http} (its connection) when its run ends. */
        static Worker over(Http http, Worker worker) {
            return new Worker() {

                @Override
                public void iterate(Recording recording) throws Exception {
                    worker.iterate(recording);
                }

                @Override
                public void close() {
                    http.close();
                }
            };
        }
    }
}
