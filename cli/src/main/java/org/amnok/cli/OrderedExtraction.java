package org.amnok.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.amnok.extract.ExtractionResult;
import org.amnok.extract.Extractor;
import org.amnok.incident.AmnokException;
import org.amnok.incident.Diagnostic;
import org.amnok.incident.Document;

/**
 * Extracts documents on a pool of worker threads and hands the results back in input order, holding at most
 * {@value #WINDOW_PER_THREAD} documents per thread in flight, so memory stays flat however long the input.
 *
 * <p>A document whose extraction throws (a bug) becomes a failed result with an {@code extract.failed}
 * diagnostic and the run goes on; an {@link AmnokException} (broken infrastructure) stops it. Use from one thread;
 * close to stop the workers.
 */
final class OrderedExtraction implements AutoCloseable {
    static final int WINDOW_PER_THREAD = 4;

    private final Extractor extractor;
    private final ExecutorService pool;
    private final int window;

    /** One extracted document; {@code failed} when extraction threw and {@code result} holds only its diagnostic. */
    record Extracted(Document document, ExtractionResult result, boolean failed) {
    }

    OrderedExtraction(Extractor extractor, int threads) {
        this.extractor = extractor;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "amnok-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.window = threads * WINDOW_PER_THREAD;
    }

    /** Extracts every document of {@code documents} (read lazily, on this thread); each result goes to {@code sink}. */
    void run(Iterator<Document> documents, Consumer<Extracted> sink) {
        Deque<Future<Extracted>> inFlight = new ArrayDeque<>();
        while (documents.hasNext()) {
            Document d = documents.next();
            inFlight.add(pool.submit(() -> extract(d)));
            if (inFlight.size() >= window) {
                sink.accept(await(inFlight.poll()));
            }
        }
        while (!inFlight.isEmpty()) {
            sink.accept(await(inFlight.poll()));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private Extracted extract(Document d) {
        try {
            return new Extracted(d, extractor.extract(d), false);
        } catch (AmnokException e) {
            throw e;
        } catch (RuntimeException e) {
            Diagnostic failed = new Diagnostic(d.id(), null, null, "extract.failed", "extraction failed with " + e
                    + "; this is a bug: please report it with the document (written with no incidents)");
            return new Extracted(d, new ExtractionResult(List.of(), List.of(failed)), true);
        }
    }

    private static Extracted await(Future<Extracted> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AmnokException("interrupted while waiting for extraction", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new AmnokException("extraction failed: " + e.getCause(), e.getCause());
        }
    }
}
