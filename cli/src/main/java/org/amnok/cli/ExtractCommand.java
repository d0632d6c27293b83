package org.amnok.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.amnok.extract.Extractor;
import org.amnok.incident.Document;
import org.amnok.jsonl.DocumentReader;
import org.amnok.jsonl.IncidentJson;
import org.amnok.jsonl.Reading;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code amnok extract}: reports in, the spec's output JSONL out, one line per document read, in input order.
 * Diagnostics go to stderr; with {@code --out} the file appears only once complete.
 */
@Command(name = "extract", sortOptions = false,
        description = "Extract incidents from reports: one output line per input document, in input order.")
final class ExtractCommand implements Callable<Main.Outcome> {
    /** Inputs with more documents than this get a progress bar under {@code --progress auto}. */
    static final int PROGRESS_MIN = 50;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = "--in", required = true, paramLabel = "PATH",
            description = "Input: a JSONL file of the spec's documents, a .txt file (one report), or a directory of"
                    + " them. Repeat for several.")
    private List<Path> in;

    @Option(names = "--out", paramLabel = "FILE", description = "Output JSONL file (default: standard output).")
    private Path out;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Publication date of .txt reports, against which relative dates resolve.")
    private LocalDate published;

    @Override
    public Main.Outcome call() {
        Settings settings = common.settings();
        List<Path> files = Inputs.expand(in, spec);
        checkOut();
        try (Reporter reporter = reporter(settings, files);
             LineOutput output = LineOutput.open(out, spec.commandLine().getOut());
             Stream<Reading> readings = DocumentReader.create().read(files, published);
             OrderedExtraction extraction = new OrderedExtraction(Extractor.create(), settings.threads())) {
            int failed = run(readings, extraction, reporter, output);
            output.commit();
            return failed > 0 || settings.strict() && reporter.diagnostics() > 0 ? Main.Outcome.FAILED
                    : Main.Outcome.OK;
        }
    }

    /** Extracts and writes every document; returns how many failed. */
    private static int run(Stream<Reading> readings, OrderedExtraction extraction, Reporter reporter,
            LineOutput output) {
        Iterator<Document> documents = readings.peek(r -> {
            r.diagnostics().forEach(reporter::report);
            if (r.document() == null) {
                reporter.step(); // a skipped line counts towards the progress bar's total too
            }
        }).map(Reading::document).filter(Objects::nonNull).iterator();
        int[] failed = {0};
        extraction.run(documents, e -> {
            e.result().diagnostics().forEach(reporter::report);
            output.write(IncidentJson.line(e.document().id(), e.result().incidents()));
            failed[0] += e.failed() ? 1 : 0;
            reporter.step();
        });
        return failed[0];
    }

    private Reporter reporter(Settings settings, List<Path> files) {
        boolean maybe = settings.progress() == Settings.Progress.ALWAYS
                || settings.progress() == Settings.Progress.AUTO && Terminal.stderrIsTerminal();
        long total = maybe ? Inputs.countDocuments(files) : 0;
        boolean bar = maybe && (settings.progress() == Settings.Progress.ALWAYS || total > PROGRESS_MIN);
        return bar ? Reporter.withBar(spec.commandLine().getErr(), "extract", total)
                : Reporter.plain(spec.commandLine().getErr());
    }

    private void checkOut() {
        if (out == null) {
            return;
        }
        Path dir = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out) || dir == null || !Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + (Files.isDirectory(out)
                    ? " is a directory" : ": its directory does not exist") + "; give a file in an existing"
                    + " directory");
        }
    }

    /** {@code YYYY-MM-DD}, with a message that says so. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD");
            }
        }
    }
}
