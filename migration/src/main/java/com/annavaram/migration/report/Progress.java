package com.annavaram.migration.report;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on long steps, on standard error; silent when switched off (tests, pipes). Scans that run at the
 * same time (the parts of a step) share one bar, whose total grows with each of them, so the terminal shows one line.
 */
public final class Progress {

    private final boolean enabled;
    private final PrintStream stream;
    private ProgressBar bar;
    private int open;

    public Progress(boolean enabled, PrintStream stream) {
        this.enabled = enabled;
        this.stream = stream;
    }

    public static Progress off() {
        return new Progress(false, System.err);
    }

    /** Tracks {@code total} more documents of {@code task}; close the tracker when the task ends. */
    public synchronized Tracker start(String task, long total) {
        if (!enabled) {
            return new Tracker(null);
        }
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName("migration").setInitialMax(Math.max(total, 0))
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate()
                    .setConsumer(new ConsoleProgressBarConsumer(stream)).build();
        } else {
            bar.maxHint(bar.getMax() + Math.max(total, 0));
        }
        bar.setExtraMessage(task);
        open++;
        return new Tracker(this);
    }

    private synchronized void step(long n) {
        if (bar != null) {
            bar.stepBy(n);
        }
    }

    private synchronized void finish() {
        open--;
        if (open == 0 && bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** One task on the bar. */
    public static final class Tracker implements AutoCloseable {

        private final Progress progress;

        Tracker(Progress progress) {
            this.progress = progress;
        }

        public void step(long n) {
            if (progress != null) {
                progress.step(n);
            }
        }

        @Override
        public void close() {
            if (progress != null) {
                progress.finish();
            }
        }
    }
}
