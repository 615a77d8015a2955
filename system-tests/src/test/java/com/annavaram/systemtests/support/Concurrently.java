package com.annavaram.systemtests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Calls released together, as two people clicking at the same moment, for the races a story must survive. */
public final class Concurrently {

    private Concurrently() {
    }

    @SafeVarargs
    public static <T> List<T> run(Callable<T>... calls) {
        // Element by element: handing the varargs array itself on is what javac warns about (heap pollution).
        List<Callable<T>> each = new ArrayList<>(calls.length);
        for (Callable<T> call : calls) {
            each.add(call);
        }
        return run(each);
    }

    /** Starts every call on a thread of its own, releases them at once and returns their results in order. */
    public static <T> List<T> run(List<Callable<T>> calls) {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a concurrent call failed", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
