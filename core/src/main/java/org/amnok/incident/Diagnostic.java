package org.amnok.incident;

import java.util.Objects;

/**
 * A problem with the input, reported as data so the rest of a batch still runs.
 *
 * @param document the document id, or {@code FILE:LINE} when the problem is in the input file itself
 * @param span the offending text in the document, or {@code null} when the problem is not in its text
 * @param field the input field at fault ("published", "id"), or {@code null}
 * @param rule a stable machine-readable name for the check that fired ("input.not-json")
 * @param message what is wrong and how to fix it, for a person
 */
public record Diagnostic(String document, Span span, String field, String rule, String message) {

    public Diagnostic {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** One line for a terminal: {@code document [field]: message (rule)}. */
    public String describe() {
        return document + (field == null ? "" : " [" + field + "]") + (span == null ? "" : " " + span)
                + ": " + message + " (" + rule + ")";
    }
}
