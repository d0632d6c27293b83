package org.amnok.merge;

import java.time.LocalDate;
import org.amnok.incident.Agent;
import org.amnok.incident.DateValue;
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

/**
 * Test builder for an incident as one report tells it: {@code Told.arrest().of(13, null).in("Kunming", "Yunnan")
 * .on("2013-11-15").by("afp#0", "2013-11-18", "AFP")}. Defaults: OCCURRED, INCIDENT, defectors, Chinese
 * authorities, nothing else known.
 */
final class Told {
    private final IncidentType type;
    private Status status = Status.OCCURRED;
    private Scope scope = Scope.INCIDENT;
    private People people = People.UNKNOWN;
    private Group group = Group.DEFECTORS;
    private Agent agent = Agent.CN_AUTHORITIES;
    private Location location = Location.UNKNOWN;
    private DateValue date = DateValue.UNKNOWN;
    private Span sentence = new Span(0, 10);

    private Told(IncidentType type) {
        this.type = type;
    }

    static Told of(IncidentType type) {
        return new Told(type);
    }

    static Told arrest() {
        return new Told(IncidentType.ARREST);
    }

    static Told detention() {
        return new Told(IncidentType.DETENTION);
    }

    static Told repatriation() {
        return new Told(IncidentType.REPATRIATION);
    }

    static Told release() {
        return new Told(IncidentType.RELEASE);
    }

    Told status(Status s) {
        status = s;
        return this;
    }

    Told planned() {
        return status(Status.PLANNED);
    }

    Told aggregate() {
        scope = Scope.AGGREGATE;
        return this;
    }

    /** Counts as the spec writes them: {@code of(31, null)} is "more than 30". */
    Told of(Integer min, Integer max) {
        people = new People(min, max, false, null, null, null, null);
        return this;
    }

    /** Exactly {@code n}. */
    Told of(int n) {
        return of(n, n);
    }

    /** About {@code n}. */
    Told about(int n) {
        people = new People(n, n, true, null, null, null, null);
        return this;
    }

    Told group(Group g) {
        group = g;
        return this;
    }

    Told agent(Agent a) {
        agent = a;
        return this;
    }

    /** A Chinese city in its province. */
    Told in(String place, String admin1) {
        return at(new Location(place, admin1, "CN", Precision.CITY, null, null, null));
    }

    /** A Chinese province, no place named. */
    Told inProvince(String admin1) {
        return at(new Location(null, admin1, "CN", Precision.PROVINCE, null, null, null));
    }

    /** A country, no place named. */
    Told inCountry(String country) {
        return at(new Location(null, null, country, Precision.COUNTRY, null, null, null));
    }

    /** "Near the border": the frontier, no country. */
    Told nearTheBorder() {
        return at(new Location("China-North Korea border", null, null, Precision.BORDER, null, null, null));
    }

    Told at(Location l) {
        location = l;
        return this;
    }

    Told on(String value) {
        date = DateValue.of(value);
        return this;
    }

    /** The evidence sentence's offsets in its report. */
    Told sentence(int start, int end) {
        sentence = new Span(start, end);
        return this;
    }

    Incident incident() {
        Evidence evidence = new Evidence(sentence, "x".repeat(sentence.length()));
        return new Incident(type, status, scope, people, group, agent, location, date, null, evidence);
    }

    /** As member {@code id} ("doc#n", whose document is "doc") of a report published on {@code published}. */
    SourcedIncident by(String id, String published, String source) {
        String document = id.contains("#") ? id.substring(0, id.indexOf('#')) : id;
        return new SourcedIncident(id, document, source, published == null ? null : LocalDate.parse(published),
                incident());
    }
}
