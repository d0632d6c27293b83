package org.amnok.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What differs between the two supported databases, in one place. Stateless. */
enum Dialect {
    SQLITE("sqlite") {
        @Override
        String textFilter(String parameter) {
            // Through the document id, so the planner looks the matches up once rather than once per incident row.
            return "i.document_id IN (SELECT ds.id FROM documents ds WHERE ds.seq IN"
                    + " (SELECT rowid FROM document_search WHERE document_search MATCH :" + parameter + "))";
        }

        @Override
        String textArgument(String words) {
            // FTS5 has its own query language: quoting each word makes any user text a plain AND of words.
            return Arrays.stream(words.split("\\s+"))
                    .map(w -> w.replace("\"", ""))
                    .filter(w -> !w.isEmpty())
                    .map(w -> '"' + w + '"')
                    .collect(Collectors.joining(" "));
        }
    },
    POSTGRESQL("postgresql") {
        @Override
        String textFilter(String parameter) {
            return "i.document_id IN (SELECT ds.id FROM documents ds"
                    + " WHERE to_tsvector('english', ds.text) @@ plainto_tsquery('english', :" + parameter + "))";
        }

        @Override
        String textArgument(String words) {
            return words;
        }
    };

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** Flyway location of this dialect's migrations. */
    String migrations() {
        return "classpath:db/migration/" + folder;
    }

    /** A WHERE condition on incidents {@code i}: their document's text holds every word bound to {@code parameter}. */
    abstract String textFilter(String parameter);

    /** The value to bind for {@link #textFilter} from a user's words. */
    abstract String textArgument(String words);
}
