package com.annavaram.admin.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts events per key in fixed windows (per client address, say) and says when a key has used up its window. Kept
 * in memory, so each instance of the service counts on its own: the documented limit is per instance.
 */
public final class FixedWindowLimiter {

    /** Stale windows are swept when the map grows past this, so addresses seen once do not pile up. */
    private static final int SWEEP_AT = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public FixedWindowLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("a rate limit must be 1 or more, not " + limit);
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one event of {@code key}; empty when allowed, or how long until the key may try again. */
    public Optional<Duration> acquire(String key) {
        Instant now = clock.instant();
        if (windows.size() > SWEEP_AT) {
            windows.values().removeIf(w -> !now.isBefore(w.end));
        }
        Window current = windows.compute(key,
                (k, w) -> w == null || !now.isBefore(w.end) ? new Window(now.plus(window), 1) : w.next());
        return current.count <= limit ? Optional.empty() : Optional.of(Duration.between(now, current.end));
    }

    public int limit() {
        return limit;
    }

    private record Window(Instant end, int count) {

        Window next() {
            // Counting stops at the first refusal past the limit: enough to keep refusing.
            return count > Integer.MAX_VALUE - 1 ? this : new Window(end, count + 1);
        }
    }
}
