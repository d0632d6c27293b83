package org.amnok.incident;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One report, as the spec's input JSONL describes it.
 *
 * <p>Immutable. Only {@code id} and {@code text} are required; the other fields are {@code null} when unknown.
 *
 * @param id stable identifier, never blank
 * @param published publication date, against which relative dates resolve; {@code null} when unknown
 * @param source outlet name ("Daily NK"), or {@code null}
 * @param url where the report was found, or {@code null}
 * @param title headline, or {@code null}
 * @param lang language tag ("en"), or {@code null}
 * @param text full text; evidence offsets index into it
 */
public record Document(String id, LocalDate published, String source, String url, String title, String lang,
                       String text) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id is blank; give every document a non-blank id");
        }
    }

    /** A document with only the required fields and a publication date. */
    public static Document of(String id, LocalDate published, String text) {
        return new Document(id, published, null, null, null, null, text);
    }

    /** The publication date, when known. */
    public Optional<LocalDate> findPublished() {
        return Optional.ofNullable(published);
    }
}
