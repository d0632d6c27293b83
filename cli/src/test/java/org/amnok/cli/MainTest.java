package org.amnok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.amnok.incident.AmnokException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "amnok {0} --help")
    @ValueSource(strings = {"", "extract", "evaluate", "bench"})
    void everyCommandHasHelp(String command) {
        Cli.Result r = Cli.run(command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"});
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: amnok" + (command.isEmpty() ? "" : " " + command));
    }

    @ParameterizedTest(name = "amnok {0} --version")
    @ValueSource(strings = {"", "extract", "evaluate", "bench"})
    void everyCommandHasAVersion(String command) {
        Cli.Result r = Cli.run(command.isEmpty() ? new String[] {"--version"} : new String[] {command, "--version"});
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("amnok ");
    }

    @ParameterizedTest(name = "amnok {0}")
    @CsvSource(delimiter = '|', textBlock = """
        ''                                        | give a command: extract, evaluate, bench
        frobnicate                                | Unmatched argument
        extract                                   | Missing required option: '--in=PATH'
        extract --in nowhere.jsonl                | --in nowhere.jsonl does not exist
        extract --in README.md --threads 0        | --threads 0 is out of range; give 1 to 256
        extract --in README.md --published 3/4/21 | '3/4/21' is not a date; write it as YYYY-MM-DD
        extract --in README.md --progress often   | Invalid value for option '--progress'
        evaluate --gold a.jsonl --pred b.jsonl    | --gold a.jsonl is not a file
        bench --mb 0                              | --mb 0.0 is out of range
        """)
    void usageErrorsExitWith2AndSayWhatToFix(String args, String message) {
        Cli.Result r = Cli.run(args.isEmpty() ? new String[0] : args.split(" "));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownConfigKeyIsAUsageErrorNamingTheKey() throws Exception {
        Path config = dir.resolve("amnok.json");
        Files.writeString(config, "{\"threads\": 2, \"thread\": 4}");
        Cli.Result r = Cli.run("extract", "--in", "x", "--config", config.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown key \"thread\"; the keys are threads, strict, progress");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        {"threads": "two"}      | "threads" is "two"; give a whole number from 1 to 256
        {"strict": "yes"}       | "strict" is "yes"; give true or false
        {"progress": "often"}   | "progress" is "often"; give "auto", "always" or "never"
        [1, 2]                  | is not a JSON object
        {"threads": 2           | is not JSON
        """)
    void aBadConfigValueIsAUsageErrorNamingTheKeyAndTheFix(String json, String message) throws Exception {
        Path config = dir.resolve("amnok.json");
        Files.writeString(config, json);
        Cli.Result r = Cli.run("bench", "--config", config.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(message);
    }

    @ParameterizedTest(name = "{0} with config {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ''                        | {}                                    | 0 | false | AUTO
        --threads 2               | {"threads": 3, "progress": "never"}   | 2 | false | NEVER
        --progress always         | {"threads": 3, "progress": "never"}   | 3 | false | ALWAYS
        --strict                  | {"strict": false}                     | 0 | true  | AUTO
        ''                        | {"strict": true, "progress": "NEVER"} | 0 | true  | NEVER
        """)
    void commandLineOptionsWinOverTheConfigFileWhichWinsOverDefaults(String args, String json, int threads,
            boolean strict, Settings.Progress progress) throws Exception {
        Path config = dir.resolve("amnok.json");
        Files.writeString(config, json);
        CommandLine cli = new CommandLine(new SettingsProbe()).setCaseInsensitiveEnumValuesAllowed(true);
        String line = (args.isEmpty() ? "" : args + " ") + "--config " + config;
        assertThat(cli.execute(line.split(" "))).isZero();
        int expectedThreads = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        assertThat((Settings) cli.getExecutionResult()).isEqualTo(new Settings(expectedThreads, strict, progress));
    }

    @Test
    void brokenInfrastructureExitsWith3AndOneLine() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
        cli.addSubcommand("broken", new Broken());
        cli.setErr(new PrintWriter(err)); // a subcommand added later would print to System.err
        int code = cli.execute("broken");
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("amnok broken: the model file is gone; rebuild the jar"
                + System.lineSeparator());
    }

    @Test
    void aBugExitsWith1WithItsStackTrace() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
        cli.addSubcommand("buggy", new Buggy());
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("buggy")).isEqualTo(1);
        assertThat(err.toString()).contains("IllegalStateException: oops").contains("at org.amnok.cli");
    }

    @Command(name = "broken")
    static final class Broken implements Callable<Main.Outcome> {
        @Override
        public Main.Outcome call() {
            throw new AmnokException("the model file is gone; rebuild the jar");
        }
    }

    @Command(name = "buggy")
    static final class Buggy implements Callable<Main.Outcome> {
        @Override
        public Main.Outcome call() {
            throw new IllegalStateException("oops");
        }
    }

    @Command(name = "probe")
    static final class SettingsProbe implements Callable<Settings> {
        @CommandLine.Mixin
        private CommonOptions options;

        @Override
        public Settings call() {
            return options.settings();
        }
    }
}
