package com.annavaram.user.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code limit} events per key within a sliding {@code window}, kept in this instance's memory. Used where a
 * limit must hold whether or not the key names a stored account (so the answer reveals nothing), and for the per-IP
 * limit; limits that must hold across instances live in the documents instead.
 */
public final class RateLimiter {

    private static final int PURGE_EVERY = 1024;

    private final int limit;
    private final Duration window;
    private final ConcurrentHashMap<String, Deque<Instant>> events = new ConcurrentHashMap<>();
    private final AtomicInteger sincePurge = new AtomicInteger();

    public RateLimiter(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
        this.window = window;
    }

    /**
     * Records an event for {@code key} unless the limit is reached; empty when recorded, otherwise how long until the
     * oldest event of the window leaves it.
     */
    public Optional<Duration> tryAcquire(String key, Instant now) {
        purgeNow(now);
        Deque<Instant> recent = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            dropOld(recent, now);
            if (recent.size() >= limit) {
                return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
            }
            recent.addLast(now);
            return Optional.empty();
        }
    }

    /** How long until {@code key} may act again, without recording anything. */
    public Optional<Duration> blockedFor(String key, Instant now) {
        Deque<Instant> recent = events.get(key);
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            dropOld(recent, now);
            return recent.size() >= limit
                    ? Optional.of(Duration.between(now, recent.peekFirst().plus(window)))
                    : Optional.empty();
        }
    }

    /** Records an event even past the limit (for failures that already happened). */
    public void record(String key, Instant now) {
        Deque<Instant> recent = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            dropOld(recent, now);
            recent.addLast(now);
            while (recent.size() > limit) {
                recent.removeFirst();
            }
        }
    }

    /** Forgets {@code key}, for example after a successful login. */
    public void reset(String key) {
        events.remove(key);
    }

    private void dropOld(Deque<Instant> recent, Instant now) {
        Instant cutoff = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }

    /** Keys whose events have all left the window are dropped now and then, so memory follows the active keys. */
    private void purgeNow(Instant now) {
        if (sincePurge.incrementAndGet() < PURGE_EVERY) {
            return;
        }
        sincePurge.set(0);
        events.entrySet().removeIf(entry -> {
            Deque<Instant> recent = entry.getValue();
            synchronized (recent) {
                dropOld(recent, now);
                return recent.isEmpty();
            }
        });
    }
}
