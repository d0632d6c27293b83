package org.amnok.store;

import java.time.LocalDate;
import java.util.Objects;
import org.amnok.incident.Incident;

/**
 * A stored incident with the facts of its document that case merging needs.
 *
 * @param id member id {@code DOCUMENT#INDEX}, stable across re-extraction (see {@link IncidentStore#reextract})
 * @param documentId the report it was read from
 * @param index its position among the document's incidents, from 0
 * @param source the document's outlet, or {@code null}
 * @param published the document's publication date, or {@code null}
 * @param incident the record itself, evidence offsets into the document's text
 * @param state where it stands with analysts
 * @param extractorVersion the extractor that produced it (or "analyst" after an edit)
 */
public record StoredIncident(String id, String documentId, int index, String source, LocalDate published,
                             Incident incident, IncidentState state, String extractorVersion) {

    public StoredIncident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(extractorVersion, "extractorVersion");
    }

    /** The member id of incident {@code index} of {@code documentId}: {@code DOCUMENT#INDEX}. */
    public static String memberId(String documentId, int index) {
        return documentId + "#" + index;
    }
}
