package org.amnok.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.amnok.incident.AmnokException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The front door of the {@code amnok} command line: the list of subcommands and the mapping of outcomes and
 * exceptions to exit codes, both kept here and nowhere else.
 *
 * <p>Exit codes: 0 done; 1 failures, or diagnostics with {@code --strict}; 2 usage error (bad options, missing
 * input, bad config file); 3 broken infrastructure ({@link AmnokException}: a model missing from the jar, a file
 * that cannot be read or written). {@code --help} and {@code --version} work on every command.
 */
@Command(name = "amnok", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class, sortOptions = false, usageHelpAutoWidth = true,
        description = "Turns news reports about North Koreans caught, held and returned in China into sourced"
                + " incident records.",
        // The subcommands, in the order --help lists them: adding a command is adding its class here.
        subcommands = {
            ExtractCommand.class,
            EvaluateCommand.class,
            BenchCommand.class,
            IngestCommand.class,
            ExportCommand.class,
            AtRiskCommand.class,
            CaseCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {
    @Spec
    private CommandSpec spec;

    /** How a command ended; {@link #code} is the process's exit code. */
    enum Outcome {
        /** Done, nothing to report. */
        OK(0),
        /** Some documents failed, or diagnostics were reported under {@code --strict}. */
        FAILED(1),
        /** The command line or config file was wrong. */
        USAGE(2),
        /** Infrastructure is broken: a resource or file could not be read or written. */
        BROKEN(3);

        final int code;

        Outcome(int code) {
            this.code = code;
        }
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the command line in this JVM, writing results to {@code out} and diagnostics and messages to
     * {@code err}.
     *
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            return commandLine(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command line with every subcommand, its output streams and the exit-code mapping in place. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err)
                .setExecutionStrategy(Main::execute)
                .setExecutionExceptionHandler(Main::broken)
                .setExitCodeExceptionMapper(bug -> Outcome.FAILED.code)
                .setCaseInsensitiveEnumValuesAllowed(true);
        CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, arguments) -> {
            usage.handleParseException(e, arguments);
            return Outcome.USAGE.code;
        });
        return cli;
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "give a command: " + String.join(", ",
                spec.subcommands().keySet()));
    }

    /** Runs the last command named and turns its {@link Outcome} into the exit code. */
    private static int execute(ParseResult parsed) {
        int code = new CommandLine.RunLast().execute(parsed);
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        return last.commandSpec().commandLine().getExecutionResult() instanceof Outcome o ? o.code : code;
    }

    /** Broken infrastructure is a one-line message and exit 3; anything else is a bug, with its stack trace. */
    private static int broken(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        if (e instanceof AmnokException || e instanceof UncheckedIOException) {
            command.getErr().println("amnok " + command.getCommandName() + ": " + e.getMessage());
            return Outcome.BROKEN.code;
        }
        throw e;
    }

    /** The version from the jar's manifest, "dev" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"amnok " + (v == null ? "dev" : v) + " (Java " + Runtime.version() + ")"};
        }
    }
}
