package org.amnok.cli;

/**
 * The settings every command runs with, validated: built only by {@link CommonOptions#settings()}, from the
 * command line over an optional JSON config file over the defaults.
 *
 * <p>Immutable.
 *
 * @param threads worker threads, 1 to {@value #MAX_THREADS}
 * @param strict whether any diagnostic makes the command fail (exit 1)
 * @param progress when to draw a progress bar on stderr
 */
record Settings(int threads, boolean strict, Progress progress) {
    /** Most worker threads allowed. */
    static final int MAX_THREADS = 256;

    Settings {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads " + threads + " is not between 1 and " + MAX_THREADS
                    + "; CommonOptions validates this before building Settings");
        }
    }

    /** When to draw a progress bar on stderr (never on stdout). */
    enum Progress {
        /** When stderr is a terminal and the input has more than {@value ExtractCommand#PROGRESS_MIN} documents. */
        AUTO,
        /** Always, for any input. */
        ALWAYS,
        /** Never. */
        NEVER
    }
}
