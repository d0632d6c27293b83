package org.amnok.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.amnok.store.IncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code amnok export --format csv|json|geojson [--cases] [--out FILE]}: the stored incidents that no analyst
 * rejected, as CSV with ACLED's column names, GeoJSON points, or the spec's JSON lines (one document a line); with
 * {@code --cases}, one case a line in the merge scorer's CASES format. The file appears only once complete.
 */
@Command(name = "export", sortOptions = false,
        description = "Write the stored incidents as CSV (ACLED columns), GeoJSON or JSON lines; --cases: cases.")
final class ExportCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { CSV, JSON, GEOJSON }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DbOption db;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "csv, json or geojson. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--cases", description = "Export cases (JSON only): one line a case with its incidents.")
    private boolean cases;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    private Path out;

    @Override
    public Integer call() {
        if (cases && format != Format.JSON) {
            throw new ParameterException(spec.commandLine(), "--cases is written as JSON lines only; use"
                    + " --format json with --cases");
        }
        if (out != null) {
            createFolderOf(out);
        }
        try (IncidentStore store = db.open();
             LineOutput output = LineOutput.open(out, spec.commandLine().getOut())) {
            write(store, output.writer());
            output.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export (" + e.getMessage() + ")", e);
        }
        return 0;
    }

    /** Unlike {@code extract}, an export makes the folder it is asked to write into. */
    private static void createFolderOf(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file + " (" + e.getMessage()
                    + "); check its permissions", e);
        }
    }

    private void write(IncidentStore store, Writer writer) throws IOException {
        if (cases) {
            JsonExport.cases(Cases.load(store, CaseEngine.current()), writer);
            return;
        }
        switch (format) {
            case CSV -> CsvExport.write(store, writer);
            case GEOJSON -> GeoJsonExport.write(store, writer);
            default -> JsonExport.documents(store, writer);
        }
    }
}
