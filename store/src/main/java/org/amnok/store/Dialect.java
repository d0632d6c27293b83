package org.amnok.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What differs between the two supported databases, in one place. Stateless. */
enum Dialect {
    SQLITE("sqlite") {
        @Override
        String textFilter(String parameter, boolean drives) {
            // Through the document id, so the matches are looked up once rather than once per incident row. When
            // the words are common, "+" keeps the planner walking the sort order and checking membership, which
            // finds a page in a few rows; when rare, the matches drive and the few incidents are sorted.
            return (drives ? "" : "+") + "i.document_id IN (SELECT ds.id FROM documents ds WHERE ds.seq IN"
                    + " (SELECT rowid FROM document_search WHERE document_search MATCH :" + parameter + "))";
        }

        @Override
        String matchCount(String parameter, int cap) {
            return "SELECT count(*) FROM (SELECT rowid FROM document_search WHERE document_search MATCH :" + parameter
                    + " LIMIT " + cap + ")";
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
        String textFilter(String parameter, boolean drives) {
            // PostgreSQL's planner has statistics on the search index and chooses for itself.
            return "i.document_id IN (SELECT ds.id FROM documents ds"
                    + " WHERE to_tsvector('english', ds.text) @@ plainto_tsquery('english', :" + parameter + "))";
        }

        @Override
        String textArgument(String words) {
            return words;
        }

        @Override
        String matchCount(String parameter, int cap) {
            return null;
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

    /**
     * A WHERE condition on incidents {@code i}: their document's text holds every word bound to {@code parameter}.
     *
     * @param drives true when few documents match, so the matches should drive the query rather than the order
     */
    abstract String textFilter(String parameter, boolean drives);

    /**
     * A query counting the documents that match {@code parameter}, stopping at {@code cap}, or {@code null} when the
     * planner needs no help.
     */
    abstract String matchCount(String parameter, int cap);

    /** The value to bind for {@link #textFilter} from a user's words. */
    abstract String textArgument(String words);
}
