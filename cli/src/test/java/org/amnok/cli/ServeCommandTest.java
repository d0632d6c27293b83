package org.amnok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The serve command's options as a user reads them in its help. */
class ServeCommandTest {
    @Test
    void documentsDatabasePortAndPublicModeWithDefaults() {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new ServeCommand()).setOut(new PrintWriter(out)).execute("--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("--db=DB", "./data/amnok.db", "--port=PORT", "8080", "--public",
                "--anonymous-public", "127.0.0.1");
    }

    @Test
    void refusesAPortOutOfRange() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ServeCommand()).setErr(new PrintWriter(err))
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println(e.getMessage());
                    return 2;
                }).execute("--port", "70000", "--db", "unused.db");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("port 70000 is out of range");
    }
}
