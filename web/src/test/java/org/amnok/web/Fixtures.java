package org.amnok.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amnok.incident.Agent;
import org.amnok.incident.DateValue;
import org.amnok.incident.Document;
import org.amnok.incident.Evidence;
import org.amnok.incident.Group;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.People;
import org.amnok.incident.Precision;
import org.amnok.incident.Scope;
import org.amnok.incident.Span;
import org.amnok.incident.Status;
import org.amnok.store.IncidentStore;

/** Invented reports and incidents for the web tests (never corpus text). */
final class Fixtures {
    static final String ARREST_SENTENCE = "Chinese police arrested four North Korean defectors at a motel in Shenyang"
            + " on May 25.";
    static final String ARREST_TEXT = "Seoul, June 3. " + ARREST_SENTENCE + " Two of them are women. Activists say"
            + " the group had paid a broker to reach Laos.";
    static final String OTHER_TEXT = "Dandong, June 10. Four defectors caught in Shenyang last month are being held"
            + " at the Shenyang Public Security Detention Center, a source said. Their families fear repatriation.";
    static final String RETURN_TEXT = "Hyesan, July 2. Border guards sent back a family of three across the Yalu"
            + " River in mid-June. The family had crossed the river in the winter.";
    /** The facility named in the fixtures, which the public view must never show. */
    static final String FACILITY = "Shenyang Public Security Detention Center";

    private Fixtures() {
    }

    /** Fills {@code store} with three reports and four incidents; returns their member ids, by document. */
    static List<String> fill(IncidentStore store) {
        List<String> ids = new ArrayList<>();
        add(store, ids, new Document("fx-arrest", LocalDate.of(2019, 6, 3), "Daily Example", "https://example.org/a",
                "Four arrested in Shenyang", "en", ARREST_TEXT), List.of(incident(ARREST_TEXT, ARREST_SENTENCE,
                IncidentType.ARREST, 4, new Location("Shenyang", "Liaoning", "CN", Precision.CITY, "motel", 41.8,
                123.4), "2019-05-25")));
        String held = "Four defectors caught in Shenyang last month are being held at the Shenyang Public Security"
                + " Detention Center, a source said.";
        add(store, ids, new Document("fx-held", LocalDate.of(2019, 6, 10), "Border Wire", null, "Held in Shenyang",
                "en", OTHER_TEXT), List.of(incident(OTHER_TEXT, held, IncidentType.DETENTION, 4,
                new Location(FACILITY, "Liaoning", "CN", Precision.FACILITY, FACILITY, 41.79, 123.43), "2019-06")));
        String sent = "Border guards sent back a family of three across the Yalu River in mid-June.";
        String crossed = "The family had crossed the river in the winter.";
        add(store, ids, new Document("fx-return", LocalDate.of(2019, 7, 2), "Daily Example", null, "Family returned",
                "en", RETURN_TEXT), List.of(incident(RETURN_TEXT, sent, IncidentType.REPATRIATION, 3,
                new Location("Yalu River", null, null, Precision.BORDER, null, 41.0, 126.0), "2019-06"),
                incident(RETURN_TEXT, crossed, IncidentType.CROSSING, 3, Location.UNKNOWN, "2018-WI")));
        return ids;
    }

    private static void add(IncidentStore store, List<String> ids, Document d, List<Incident> incidents) {
        store.add(d, incidents, "test");
        for (int i = 0; i < incidents.size(); i++) {
            ids.add(d.id() + "#" + i);
        }
    }

    /** An incident whose evidence is {@code sentence} inside {@code text}. */
    static Incident incident(String text, String sentence, IncidentType type, int people, Location location,
                             String date) {
        int start = text.indexOf(sentence);
        if (start < 0) {
            throw new IllegalArgumentException("sentence not in text: " + sentence);
        }
        return new Incident(type, Status.OCCURRED, Scope.INCIDENT, People.exactly(people), Group.DEFECTORS,
                Agent.CN_AUTHORITIES, location, DateValue.of(date), null,
                Evidence.of(text, new Span(start, start + sentence.length())));
    }
}
