package org.amnok.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.amnok.incident.Document;

/**
 * A stored report with its full text, so that every evidence span of its incidents resolves.
 *
 * @param id document id
 * @param contentHash SHA-256 (hex) of the text normalized to NFC with white space collapsed and trimmed
 * @param url where it was found, or {@code null}
 * @param source outlet, or {@code null}
 * @param title headline, or {@code null}
 * @param published publication date, or {@code null}
 * @param lang language tag, or {@code null}
 * @param text the full text as ingested
 * @param ingestedAt when it was stored, UTC
 */
public record StoredDocument(String id, String contentHash, String url, String source, String title,
                             LocalDate published, String lang, String text, Instant ingestedAt) {

    public StoredDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
    }

    /** The report as a {@link Document}, for re-extraction. */
    public Document document() {
        return new Document(id, published, source, url, title, lang, text);
    }
}
