package org.amnok.extract;

import java.util.List;
import org.amnok.incident.Diagnostic;
import org.amnok.incident.Incident;

/**
 * What extraction found in one document, and what it could not read.
 *
 * @param incidents in order of their evidence in the text; never {@code null}
 * @param diagnostics problems with the input; never {@code null}
 */
public record ExtractionResult(List<Incident> incidents, List<Diagnostic> diagnostics) {

    public ExtractionResult {
        incidents = List.copyOf(incidents);
        diagnostics = List.copyOf(diagnostics);
    }
}
