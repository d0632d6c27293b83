package org.amnok.ingest;

import java.nio.file.Path;
import org.amnok.incident.Diagnostic;

/** The diagnostics of ingestion, with stable rule names. Stateless. */
final class Problems {
    static final String EMPTY = "ingest.empty-file";
    static final String WRONG_TYPE = "ingest.wrong-type";
    static final String UNSUPPORTED = "ingest.unsupported-type";
    static final String ENCODING = "ingest.encoding";
    static final String DAMAGED = "ingest.damaged";
    static final String NO_TEXT = "ingest.no-text";
    static final String TOO_LARGE = "ingest.too-large";
    static final String UNREADABLE = "ingest.unreadable";
    static final String NOT_FOUND = "ingest.not-found";
    static final String NOT_JSON = "ingest.not-json";
    static final String FIELD = "ingest.bad-field";
    static final String FEED_ENTRY = "ingest.feed-entry";

    private Problems() {
    }

    /** A problem with a whole file. */
    static Diagnostic file(Path file, String rule, String message) {
        return new Diagnostic(file.toString(), null, null, rule, message);
    }

    /** A problem with one part of a file ({@code path:line}, {@code path#entry}), optionally one field of it. */
    static Diagnostic part(String where, String field, String rule, String message) {
        return new Diagnostic(where, null, field, rule, message);
    }
}
