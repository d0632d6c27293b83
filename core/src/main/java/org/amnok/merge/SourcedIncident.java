package org.amnok.merge;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amnok.incident.Incident;

/**
 * One extracted incident with the report it came from: the unit that {@link CaseMerger} groups into cases.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable member id, unique across one merge call, e.g. {@code "<docId>#<index>"}; analysts'
 *           {@link Decision}s name it, so it must survive re-extraction of the same report
 * @param documentId the report's id; two incidents of one report never share a case unless an analyst says so
 * @param source the outlet as written ("Korea Herald (Yonhap, citing RFA)"), or {@code null} when unknown
 * @param published the report's publication date, or {@code null} when unknown; an undated incident is only
 *                  placed in time through it
 * @param incident the extracted record
 */
public record SourcedIncident(String id, String documentId, String source, LocalDate published,
                              Incident incident) {

    public SourcedIncident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(incident, "incident");
        if (id.isBlank() || documentId.isBlank()) {
            throw new IllegalArgumentException("sourced incident '" + id + "' of document '" + documentId
                    + "' has a blank id; give every member and document a non-blank id");
        }
    }

    /** The outlet, when known. */
    public Optional<String> findSource() {
        return Optional.ofNullable(source);
    }

    /** The outlet as written, or the document id when the outlet is unknown: a label for people. */
    public String sourceLabel() {
        return source == null ? documentId : source;
    }
}
