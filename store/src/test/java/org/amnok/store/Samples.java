package org.amnok.store;

import java.time.LocalDate;
import java.util.List;
import org.amnok.incident.Agent;
import org.amnok.incident.DatePart;
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

/** Invented reports and incidents for store tests. */
final class Samples {
    static final String TEXT = "Chinese police arrested four North Korean defectors at a motel in Shenyang on May 25. "
            + "The four were sent back across the Yalu River a week later.";

    private Samples() {
    }

    static Document report(String id, String url, String text) {
        return new Document(id, LocalDate.of(2019, 6, 3), "Example Wire", url, "Four held in Shenyang", "en", text);
    }

    static Document report(String id) {
        return report(id, "https://news.example.org/" + id, TEXT + " [" + id + "]");
    }

    /** The arrest of the sample text, every field filled. */
    static Incident arrest(String text) {
        Span s = new Span(0, text.indexOf('.') + 1);
        return new Incident(IncidentType.ARREST, Status.OCCURRED, Scope.INCIDENT,
                new People(4, 4, false, 2, 2, 1, List.of(9)), Group.DEFECTORS, Agent.CN_AUTHORITIES,
                new Location("Shenyang", "Liaoning", "CN", Precision.CITY, "motel", 41.79, 123.43),
                new DateValue("2019-05-25", null), null, Evidence.of(text, s));
    }

    /** The repatriation of the sample text, sparse fields. */
    static Incident repatriation(String text) {
        int start = text.indexOf("The four");
        Span s = new Span(start, text.indexOf('.', start) + 1);
        return new Incident(IncidentType.REPATRIATION, Status.OCCURRED, Scope.INCIDENT, People.UNKNOWN, null, null,
                new Location("Yalu River", null, null, Precision.BORDER, null, null, null),
                new DateValue("2019-06", DatePart.EARLY), 0, Evidence.of(text, s));
    }

    static List<Incident> both(String text) {
        return List.of(arrest(text), repatriation(text));
    }
}
