package org.amnok.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amnok.gazetteer.Gazetteer;
import org.amnok.gazetteer.Place;
import org.amnok.incident.DateValue;
import org.amnok.incident.Diagnostic;
import org.amnok.incident.Document;
import org.amnok.incident.Evidence;
import org.amnok.incident.Incident;
import org.amnok.incident.Location;
import org.amnok.incident.Precision;
import org.amnok.people.PeopleFinder;
import org.amnok.text.Sentence;
import org.amnok.text.TextAnalyzer;
import org.amnok.time.TimeFinder;

/**
 * The front door of extraction: a report in, incident records out, by the rules of
 * {@code shared/spec/incidents.md}.
 *
 * <p>Stateless and thread-safe: share one instance across threads. Models and the gazetteer load once, when
 * {@link #create()} is first called. Each incident's evidence is the sentence that states it, and its
 * offsets slice exactly its evidence text out of the document.
 */
public final class Extractor {
    /** Texts longer than this are cut, with a diagnostic: no report is this long, and memory is finite. */
    public static final int MAX_CHARS = 2_000_000;

    private final TextAnalyzer text;
    private final Gazetteer gazetteer;
    private final PeopleFinder people;
    private final TimeFinder times;

    private Extractor(TextAnalyzer text, Gazetteer gazetteer, PeopleFinder people, TimeFinder times) {
        this.text = text;
        this.gazetteer = gazetteer;
        this.people = people;
        this.times = times;
    }

    /** An extractor with the bundled models and gazetteer. */
    public static Extractor create() {
        return new Extractor(TextAnalyzer.shared(), Gazetteer.shared(), PeopleFinder.create(), TimeFinder.create());
    }

    /** Incidents stated in {@code document}, in text order, with diagnostics for what could not be read. */
    public ExtractionResult extract(Document document) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String body = document.text();
        if (body.isBlank()) {
            // The readers report an empty text where they meet it, with its file and line.
            return new ExtractionResult(List.of(), diagnostics);
        }
        if (body.length() > MAX_CHARS) {
            diagnostics.add(new Diagnostic(document.id(), null, "text", "extract.too-long", "the text has "
                    + body.length() + " characters; only the first " + MAX_CHARS + " were read; split the document"));
            body = body.substring(0, MAX_CHARS);
        }
        return new ExtractionResult(incidents(document, body), diagnostics);
    }

    private List<Incident> incidents(Document document, String body) {
        Discourse discourse = new Discourse();
        for (Sentence s : text.analyze(body)) {
            if (!isHeadline(document, s)) {
                Reading r = read(document, body, s, discourse);
                discourse.accept(r, Linker.link(r));
            }
        }
        return discourse.finish().stream().map(d -> build(body, d)).toList();
    }

    /** Convenience for {@link #extract(Document)} when only the incidents matter. */
    public List<Incident> incidents(Document document) {
        return extract(document).incidents();
    }

    private Reading read(Document doc, String body, Sentence s, Discourse discourse) {
        return new Reading(s, TriggerRules.find(s), people.find(s), gazetteer.find(body, s.span()),
                times.find(body, s.span(), doc.published(), discourse.anchor()), doc.published());
    }

    /** The title repeated as the first line, or a short line with no final punctuation (a caption). */
    private static boolean isHeadline(Document doc, Sentence s) {
        String t = s.text().strip();
        if (doc.title() != null && t.equalsIgnoreCase(doc.title().strip())) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        boolean finished = ".!?\"'\u201d\u2019)".indexOf(last) >= 0;
        return !finished && s.tokens().size() < 16;
    }

    private static Incident build(String body, Draft d) {
        DateValue date = d.date == null ? DateValue.UNKNOWN : d.date;
        if (d.openUntil != null) {
            date = date.through(d.openUntil);
        }
        return new Incident(d.type, d.status, d.scope, d.people, d.group, d.agent, location(d), date,
                d.fatalities, Evidence.of(body, d.evidence));
    }

    private static Location location(Draft d) {
        Place p = d.place;
        if (p == null) {
            String country = d.country == null ? null : d.country.toUpperCase(Locale.ROOT);
            return new Location(null, null, country, country == null ? null : Precision.COUNTRY, d.facility,
                    null, null);
        }
        return new Location(p.name(), p.admin1(), p.country(), p.precision(), d.facility, p.lat(), p.lon());
    }
}
