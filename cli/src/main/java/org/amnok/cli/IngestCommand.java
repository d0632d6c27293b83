package org.amnok.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.amnok.extract.Extractor;
import org.amnok.incident.AmnokException;
import org.amnok.incident.Diagnostic;
import org.amnok.incident.Document;
import org.amnok.incident.Incident;
import org.amnok.ingest.DocumentSink;
import org.amnok.ingest.Ingest;
import org.amnok.store.IncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amnok ingest [--db DB] PATH...}: reads reports, skips those already stored (same normalized text or URL),
 * extracts incidents and stores each document with its incidents in one transaction. A file, line or entry that
 * cannot be read is reported (where, why) and the rest go on; a summary closes. Exit 0, or 1 when any failed.
 */
@Command(name = "ingest", sortOptions = false,
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

    @Option(names = "--threads", paramLabel = "N", description = "Documents extracted at once. Default: the number"
            + " of cores.")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    private List<Path> paths;

    /** How incidents are found: {@code null} for the extractor (loaded on first use); tests set their own. */
    Function<Document, List<Incident>> extraction;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads " + threads + " is not a number of threads;"
                    + " give 1 or more");
        }
        if (extraction == null) {
            extraction = Extractor.create()::incidents;
        }
        Tally tally = new Tally();
        Ingest ingest = Ingest.create();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (IncidentStore store = db.open()) {
            Sink sink = new Sink(store, tally, err, pool);
            List<Path> files = ingest.files(paths, sink);
            try (Progress progress = Progress.of("ingest", files.size())) {
                sink.progress = progress;
                files.forEach(f -> ingest.read(f, sink));
                sink.drain();
            }
        } finally {
            pool.shutdownNow();
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

    /**
     * A document on its way: extracted on the pool, then stored in reading order.
     *
     * @param storedId the id it is stored under when this is a re-extraction, else {@code null}
     */
    private record Pending(Document document, String origin, String storedId, Future<List<Incident>> incidents) {
    }

    /**
     * Stores what the readers find. Extraction, the slow part, runs on {@code threads} workers; at most twice that
     * many documents wait, so memory stays bounded; the store is written from the reading thread only, one
     * transaction a document, in reading order.
     */
    private final class Sink implements DocumentSink {
        private final IncidentStore store;
        private final Tally tally;
        private final PrintWriter err;
        private final ExecutorService pool;
        private final Deque<Pending> pending = new ArrayDeque<>();
        private Progress progress;

        Sink(IncidentStore store, Tally tally, PrintWriter err, ExecutorService pool) {
            this.store = store;
            this.tally = tally;
            this.err = err;
            this.pool = pool;
        }

        @Override
        public void document(Document document, String origin) {
            Optional<String> stored = store.findStoredId(document);
            if (stored.isPresent() && !reextract) {
                tally.unchanged++;
                return;
            }
            // A re-extraction reads the stored text, to which the stored offsets point.
            Document target = stored.isEmpty() ? document : store.findDocument(stored.get()).orElseThrow().document();
            pending.add(new Pending(target, origin, stored.orElse(null), pool.submit(() -> extraction.apply(target))));
            while (pending.size() > 2 * threads) {
                finish(pending.poll());
            }
        }

        /** Stores every document still waiting. */
        void drain() {
            while (!pending.isEmpty()) {
                finish(pending.poll());
            }
        }

        private void finish(Pending p) {
            List<Incident> incidents = incidents(p);
            if (incidents == null) {
                return;
            }
            if (p.storedId() != null) {
                store.reextract(p.storedId(), incidents, EXTRACTOR_VERSION);
                tally.reextracted++;
                return;
            }
            switch (store.add(p.document(), incidents, EXTRACTOR_VERSION)) {
                case ADDED -> tally.added++;
                case UNCHANGED -> tally.unchanged++;
                default -> fail(p.origin() + ": document id '" + p.document().id() + "' is already taken by another"
                        + " stored report; rename the file or give the document another id");
            }
        }

        /** The document's incidents, or {@code null} (reported) when extraction broke on it. */
        private List<Incident> incidents(Pending p) {
            try {
                return p.incidents().get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof AmnokException broken) {
                    throw broken;
                }
                // One document that trips the extractor must not stop a batch of thousands.
                fail(p.origin() + ": extraction failed (" + e.getCause() + "); the document was not stored");
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while extracting " + p.origin(), e);
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
