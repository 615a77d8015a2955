package com.annavaram.hardening.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What a load produced: answers counted by label and status, the slowest answer, and every unexpected one. */
public final class Outcomes {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong slowest = new AtomicLong();
    private volatile String slowestLabel = "";
    private final AtomicInteger requests = new AtomicInteger();

    /** Counts {@code reply} under {@code label}; a status outside {@code allowed} is unexpected. */
    public Reply record(String label, Reply reply, int... allowed) {
        requests.incrementAndGet();
        if (reply.millis() > slowest.getAndAccumulate(reply.millis(), Math::max)) {
            slowestLabel = label + " " + reply.status();
        }
        counts.computeIfAbsent(label + " " + reply.status(), k -> new AtomicInteger()).incrementAndGet();
        boolean ok = false;
        for (int status : allowed) {
            ok |= status == reply.status();
        }
        if (!ok || reply.status() >= 400 && !reply.isProblem()) {
            unexpected(label + " -> " + reply.status() + " " + abbreviate(reply.body()));
        }
        return reply;
    }

    public void failure(String label, Throwable failure) {
        requests.incrementAndGet();
        counts.computeIfAbsent(label + " no answer", k -> new AtomicInteger()).incrementAndGet();
        unexpected(label + " -> no answer: " + failure.getMessage());
    }

    public void unexpected(String what) {
        if (unexpected.size() < 200) {
            unexpected.add(what);
        }
    }

    public int count(String labelAndStatus) {
        AtomicInteger count = counts.get(labelAndStatus);
        return count == null ? 0 : count.get();
    }

    public int countStatus(int status) {
        return counts.entrySet().stream().filter(e -> e.getKey().endsWith(" " + status)).mapToInt(e -> e.getValue()
                .get()).sum();
    }

    public int requests() {
        return requests.get();
    }

    public long slowestMillis() {
        return slowest.get();
    }

    /** The label and status of the slowest answer. */
    public String slowestLabel() {
        return slowestLabel;
    }

    public List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    public Map<String, Integer> summary() {
        Map<String, Integer> summary = new TreeMap<>();
        counts.forEach((k, v) -> summary.put(k, v.get()));
        return summary;
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
