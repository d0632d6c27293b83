package org.amnok.jsonl;

import java.util.List;
import java.util.Optional;
import org.amnok.incident.Diagnostic;
import org.amnok.incident.Document;

/**
 * What one input line (or one text file) gave: a document, problems with it, or both.
 *
 * <p>Immutable.
 *
 * @param document the document read, or {@code null} when the line had to be skipped
 * @param diagnostics what was wrong with the line, in the order found; never {@code null}
 */
public record Reading(Document document, List<Diagnostic> diagnostics) {

    public Reading {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The document, unless the line had to be skipped. */
    public Optional<Document> findDocument() {
        return Optional.ofNullable(document);
    }
}
