package org.amnok.ingest;

import org.amnok.incident.Diagnostic;
import org.amnok.incident.Document;

/**
 * Receives what {@link Ingest} reads: documents, and problems that kept a file, a line or a feed entry from
 * becoming one. Called on the reading thread, in file order; an implementation need not be thread-safe.
 */
public interface DocumentSink {

    /**
     * One document read.
     *
     * @param document the report; its text is never empty
     * @param origin where it came from, for messages: a path, {@code path:line} or {@code path#entry}
     */
    void document(Document document, String origin);

    /** One file, line or feed entry that could not be read; {@link Diagnostic#document()} names it. */
    void problem(Diagnostic problem);

    /** Something amiss in a document that was still read (a date that is not a date); the default ignores it. */
    default void warning(Diagnostic warning) {
    }

    /** Called once after each file, whatever it held; the default does nothing. */
    default void fileDone(java.nio.file.Path file) {
    }
}
