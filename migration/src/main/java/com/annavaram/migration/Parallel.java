package com.annavaram.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent parts of a step side by side (they read and write different collections), waits for all of
 * them, and rethrows the first failure: no part is still writing when a failure is reported.
 */
public final class Parallel {

    private Parallel() {
    }

    public static void run(List<Runnable> tasks) {
        run(tasks, tasks.size());
    }

    /** Runs {@code tasks} on at most {@code threads} threads. */
    public static void run(List<Runnable> tasks, int threads) {
        if (tasks.size() == 1 || threads == 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread thread = new Thread(r, "migration-part");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            tasks.forEach(task -> futures.add(pool.submit(task)));
            RuntimeException first = null;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = unwrap(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    first = first == null ? MigrationException.aborted("interrupted") : first;
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }
}
