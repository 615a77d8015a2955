package com.annavaram.migration;

import java.util.function.Consumer;

/**
 * Fault injection for tests: a hook called after every completed step (and at a few points inside long steps), or
 * the system property {@code migration.failAfter=<step>}. Not an option of the command line.
 */
public final class Faults {

    private static volatile Consumer<String> hook = point -> {
    };

    private Faults() {
    }

    /** Installs a hook; tests throw from it to simulate a crash at that point. */
    public static void set(Consumer<String> newHook) {
        hook = newHook == null ? point -> {
        } : newHook;
    }

    public static void clear() {
        set(null);
    }

    /** Called by the run at {@code point} (a step name, or {@code <step>:batch} inside a step). */
    public static void reached(String point) {
        String failAfter = System.getProperty("migration.failAfter");
        if (point.equals(failAfter)) {
            throw new InjectedFault(point);
        }
        hook.accept(point);
    }

    /** The failure thrown by an injected fault. */
    public static final class InjectedFault extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public InjectedFault(String point) {
            super("injected failure after " + point);
        }
    }
}
