package org.amnok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code amnok serve} as a user meets it: its help and its refusals. */
class ServeCommandTest {
    @Test
    void documentsDatabasePortAndPublicModeWithDefaults() {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "serve", "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("--db=DB", "./data/amnok.db", "--port=PORT", "8080", "--public",
                "--anonymous-public", "127.0.0.1");
    }

    @Test
    void refusesAPortOutOfRangeAsAUsageError() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--port", "70000",
                "--db", "never-created.db");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--port 70000 is out of range");
    }
}
