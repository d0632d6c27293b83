package org.amnok.jsonl;

import java.util.ArrayList;
import java.util.List;
import org.amnok.incident.Diagnostic;

/**
 * The diagnostics of one input line: named by {@code file:line} until the document's id is known, then by the id
 * with {@code file:line} leading the message, so every diagnostic names both the document and where it is.
 *
 * <p>Not thread-safe: one per line being read.
 */
final class Problems {
    private final String where;
    private final List<Diagnostic> found = new ArrayList<>();
    private String id;

    /** @param where {@code file:line} of the line ("docs.jsonl:7") */
    Problems(String where) {
        this.where = where;
    }

    /** From now on, diagnostics name the document {@code id}. */
    void identify(String documentId) {
        this.id = documentId;
    }

    /** Adds a diagnostic about {@code field} (may be {@code null}) under {@code rule}. */
    void add(String field, String rule, String message) {
        found.add(id == null ? new Diagnostic(where, null, field, rule, message)
                : new Diagnostic(id, null, field, rule, where + ": " + message));
    }

    /** How many diagnostics so far: compare before and after a step to see whether it found a problem. */
    int count() {
        return found.size();
    }

    /** The diagnostics so far, in order. */
    List<Diagnostic> list() {
        return List.copyOf(found);
    }
}
