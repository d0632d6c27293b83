package org.amnok.incident;

import java.util.Objects;

/**
 * The sentence that states an incident: its offsets in the document's text and the text between them.
 *
 * @param span offsets into the document's text
 * @param text exactly {@code span.slice(documentText)}
 */
public record Evidence(Span span, String text) {

    public Evidence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("evidence text has " + text.length() + " characters but its span "
                    + span + " covers " + span.length() + "; build it with Evidence.of(documentText, span)");
        }
    }

    /** The evidence for {@code span} of {@code documentText}. */
    public static Evidence of(String documentText, Span span) {
        return new Evidence(span, span.slice(documentText));
    }
}
