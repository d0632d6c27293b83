package org.amnok.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, so a progress bar there is seen and not logged. Stateless. */
final class Terminal {
    private Terminal() {
    }

    /**
     * True when stderr is a terminal. On Linux, by where file descriptor 2 points; elsewhere by whether the JVM
     * has a console (which needs stdin and stdout to be terminals too, so it errs towards no bar).
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
