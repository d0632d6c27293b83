package org.amnok.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.amnok.incident.Diagnostic;

/**
 * What a command tells the person running it, on standard error: diagnostics as {@link Diagnostic#describe()}
 * lines, and optionally a progress bar. While the bar is drawn, diagnostics wait and follow it, so the two never
 * garble each other.
 *
 * <p>Not thread-safe: call it from one thread.
 */
final class Reporter implements AutoCloseable {
    private final PrintWriter err;
    private final ProgressBar bar;
    private final List<Diagnostic> held = new ArrayList<>();
    private int diagnostics;

    private Reporter(PrintWriter err, ProgressBar bar) {
        this.err = err;
        this.bar = bar;
    }

    /** Diagnostics straight to {@code err}, no progress bar. */
    static Reporter plain(PrintWriter err) {
        return new Reporter(err, null);
    }

    /** Diagnostics to {@code err} after a progress bar, drawn on the process's stderr, over {@code total} steps. */
    static Reporter withBar(PrintWriter err, String task, long total) {
        err.flush();
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" docs", 1)
                .setUpdateIntervalMillis(250).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        return new Reporter(err, bar);
    }

    /** Reports one diagnostic. */
    void report(Diagnostic d) {
        diagnostics++;
        if (bar == null) {
            err.println(d.describe());
        } else {
            held.add(d);
        }
    }

    /** One more document done. */
    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    /** How many diagnostics were reported. */
    int diagnostics() {
        return diagnostics;
    }

    /** Closes the bar and prints the diagnostics it held back. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            held.forEach(d -> err.println(d.describe()));
            held.clear();
        }
        err.flush();
    }
}
