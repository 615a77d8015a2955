package com.annavaram.bench;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress lines on standard error, so standard output carries only the result table. */
final class Progress {

    private Progress() {
    }

    static void say(String message) {
        System.err.println("[bench " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
    }
}
