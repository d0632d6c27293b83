package org.amnok.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.amnok.extract.ExtractionResult;
import org.amnok.extract.Extractor;
import org.amnok.incident.Diagnostic;
import org.amnok.incident.Document;
import org.amnok.ingest.DocumentSink;
import org.amnok.ingest.Ingest;
import org.amnok.store.AddOutcome;
import org.amnok.store.IncidentStore;

/**
 * Imports uploaded report files the way {@code amnok ingest} does: the ingest module's {@link Ingest} reads them
 * ({@code .txt}, {@code .html}, {@code .jsonl}, RSS/Atom, {@code .pdf}), the {@link Extractor} reads incidents, and
 * the store adds each document with its incidents in one transaction, skipping reports it already has. A file
 * that cannot be read is a problem in the outcome, never an exception. Thread-safe; the extractor loads its models
 * on first use.
 */
final class Importer {
    /** The extractor version written with machine-read incidents. */
    static final String EXTRACTOR_VERSION = "amnok-web-import";

    /** One uploaded file: its name as the user's browser gave it, and its bytes. */
    record Upload(String name, InputStream content) {
    }

    /** What an import did: counts by outcome and the readers' and extractor's diagnostics, as text. */
    record Outcome(int added, int unchanged, int idTaken, int incidents, List<String> problems) {
        Outcome {
            problems = List.copyOf(problems);
        }
    }

    private final IncidentStore store;
    private final CaseBook cases;
    private volatile Extractor extractor;

    Importer(IncidentStore store, CaseBook cases) {
        this.store = store;
        this.cases = cases;
    }

    /** Imports {@code uploads}, one after the other. */
    Outcome importAll(List<Upload> uploads) {
        Path dir = tempDir();
        try {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < uploads.size(); i++) {
                files.add(save(dir, i, uploads.get(i)));
            }
            Sink sink = new Sink();
            Ingest.create().read(files, sink);
            cases.invalidate();
            return new Outcome(sink.counts[0], sink.counts[1], sink.counts[2], sink.counts[3], sink.problems);
        } finally {
            deleteAll(dir);
        }
    }

    /** Extracts and stores each document read; collects counts and problems. */
    private final class Sink implements DocumentSink {
        final int[] counts = new int[4];
        final List<String> problems = new ArrayList<>();

        @Override
        public void document(Document doc, String origin) {
            ExtractionResult result = extractor().extract(doc);
            result.diagnostics().forEach(d -> problems.add(d.describe()));
            AddOutcome outcome = store.add(doc, result.incidents(), EXTRACTOR_VERSION);
            switch (outcome) {
                case ADDED -> {
                    counts[0]++;
                    counts[3] += result.incidents().size();
                }
                case UNCHANGED -> counts[1]++;
                default -> {
                    counts[2]++;
                    problems.add(doc.id() + ": another report already has this id; give it a new id and upload"
                            + " again");
                }
            }
        }

        @Override
        public void problem(Diagnostic problem) {
            problems.add(problem.describe());
        }
    }

    private Extractor extractor() {
        Extractor e = extractor;
        if (e == null) {
            e = Extractor.create();
            extractor = e;
        }
        return e;
    }

    private static Path save(Path dir, int index, Upload upload) {
        // A folder per file keeps the user's file name (a .txt names its document) without trusting it as a path.
        Path file = dir.resolve(Integer.toString(index)).resolve(safeName(upload.name()));
        try (InputStream in = upload.content()) {
            Files.createDirectories(file.getParent());
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save upload " + upload.name() + " to " + file, e);
        }
    }

    /** The last path segment of {@code name} with only safe characters: uploads never choose where they land. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
        return base.isEmpty() ? "upload" : base;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("amnok-import");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for uploads; check java.io.tmpdir", e);
        }
    }

    private static void deleteAll(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Leftover temporary files are harmless; the import itself is done.
        }
    }
}
