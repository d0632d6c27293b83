package org.amnok.jsonl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amnok.incident.Diagnostic;

/**
 * The incidents of an output or gold file, by document, and what was wrong with it.
 *
 * <p>Immutable.
 *
 * @param documents incidents per document id, in the order the ids first appear (a repeated id keeps its first
 *     place and its last line's incidents, as score.py reads it)
 * @param diagnostics problems found, in file order; the lines and incidents at fault are left out
 * @param <T> {@link org.amnok.incident.Incident} or {@link org.amnok.score.GoldIncident}
 */
public record IncidentFile<T>(Map<String, List<T>> documents, List<Diagnostic> diagnostics) {

    public IncidentFile {
        Map<String, List<T>> copy = new LinkedHashMap<>();
        documents.forEach((id, incidents) -> copy.put(id, List.copyOf(incidents)));
        documents = Collections.unmodifiableMap(copy);
        diagnostics = List.copyOf(diagnostics);
    }
}
