package org.amnok.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.amnok.extract.Extractor;
import org.amnok.incident.Diagnostic;
import org.amnok.incident.Document;
import org.amnok.incident.Incident;
import org.amnok.ingest.DocumentSink;
import org.amnok.ingest.Ingest;
import org.amnok.store.AddOutcome;
import org.amnok.store.IncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amnok ingest [--db DB] PATH...}: reads reports, skips those already stored (same normalized text or URL),
 * extracts incidents and stores each document with its incidents in one transaction. A file, line or entry that
 * cannot be read is reported (where, why) and the rest go on; a summary closes. Exit 0, or 1 when any failed.
 */
@Command(name = "ingest", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Store reports and their incidents: .txt, .html, .jsonl, RSS/Atom feeds and .pdf, in files"
                + " or folders (recursively).")
final class IngestCommand implements Callable<Integer> {
    /** Provenance of stored incidents: the core jar's version, or "dev" from a source tree. */
    static final String EXTRACTOR_VERSION = "amnok " + Optional.ofNullable(Extractor.class.getPackage()
            .getImplementationVersion()).orElse("dev");

    @Spec
    private CommandSpec spec;

    @Mixin
    private DbOption db;

    @Option(names = "--reextract", description = "Also extract again the documents already stored, keeping"
            + " what analysts confirmed, edited or rejected.")
    private boolean reextract;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    private List<Path> paths;

    /** How incidents are found: {@code null} for the extractor (loaded on first use); tests set their own. */
    Function<Document, List<Incident>> extraction;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (extraction == null) {
            extraction = Extractor.create()::incidents;
        }
        Tally tally = new Tally();
        Ingest ingest = Ingest.create();
        try (IncidentStore store = db.open()) {
            Sink sink = new Sink(store, tally, err);
            List<Path> files = ingest.files(paths, sink);
            try (Progress progress = Progress.of("ingest", files.size())) {
                sink.progress = progress;
                files.forEach(f -> ingest.read(f, sink));
            }
        }
        err.println(tally.summary());
        err.flush();
        return tally.failed == 0 ? 0 : 1;
    }

    /** Counts of what happened to each document. */
    static final class Tally {
        int added;
        int unchanged;
        int reextracted;
        int failed;

        String summary() {
            return "added " + added + ", unchanged " + unchanged + (reextracted > 0 ? ", re-extracted "
                    + reextracted : "") + ", failed " + failed;
        }
    }

    /** Stores what the readers find, one document at a time. */
    private final class Sink implements DocumentSink {
        private final IncidentStore store;
        private final Tally tally;
        private final PrintWriter err;
        private Progress progress;

        Sink(IncidentStore store, Tally tally, PrintWriter err) {
            this.store = store;
            this.tally = tally;
            this.err = err;
        }

        @Override
        public void document(Document document, String origin) {
            Optional<String> stored = store.findStoredId(document);
            if (stored.isPresent()) {
                again(stored.get(), origin);
                return;
            }
            List<Incident> incidents = extract(document, origin);
            if (incidents == null) {
                return;
            }
            AddOutcome outcome = store.add(document, incidents, EXTRACTOR_VERSION);
            switch (outcome) {
                case ADDED -> tally.added++;
                case UNCHANGED -> tally.unchanged++;
                default -> fail(origin + ": document id '" + document.id() + "' is already taken by another"
                        + " stored report; rename the file or give the document another id");
            }
        }

        private void again(String storedId, String origin) {
            if (!reextract) {
                tally.unchanged++;
                return;
            }
            Document stored = store.findDocument(storedId).orElseThrow().document();
            List<Incident> incidents = extract(stored, origin);
            if (incidents != null) {
                store.reextract(storedId, incidents, EXTRACTOR_VERSION);
                tally.reextracted++;
            }
        }

        /** The document's incidents, or {@code null} (reported) when extraction broke on it. */
        private List<Incident> extract(Document document, String origin) {
            try {
                return extraction.apply(document);
            } catch (RuntimeException e) {
                // One document that trips the extractor must not stop a batch of thousands.
                fail(origin + ": extraction failed (" + e + "); the document was not stored");
                return null;
            }
        }

        @Override
        public void problem(Diagnostic problem) {
            fail(problem.describe());
        }

        @Override
        public void warning(Diagnostic warning) {
            err.println("warning: " + warning.describe());
        }

        @Override
        public void fileDone(Path file) {
            if (progress != null) {
                progress.step(tally.summary());
            }
        }

        private void fail(String message) {
            tally.failed++;
            err.println("failed: " + message);
        }
    }
}
