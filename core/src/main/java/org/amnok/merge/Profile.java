package org.amnok.merge;

import java.util.Optional;
import org.amnok.incident.Agent;
import org.amnok.incident.Group;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Scope;
import org.amnok.incident.Status;

/**
 * One member prepared for comparison: everything the merge rules read, parsed once.
 *
 * <p>Immutable.
 *
 * @param index position in the merge's sorted member list
 * @param document index of the member's document (equal indices, same document)
 * @param member the member itself
 * @param window when it can have happened; {@code null} when neither a date nor a publication date is known
 * @param count the stated count; {@code null} when unstated
 * @param place the comparable location
 */
record Profile(int index, int document, SourcedIncident member, Window window, Headcount count, Place place) {

    /** Parses {@code member} once. */
    static Profile of(int index, int document, SourcedIncident member) {
        Incident i = member.incident();
        Window window = DateWindows.of(i.date(), member.published(), i.status()).orElse(null);
        Headcount count = Headcount.of(i.people()).orElse(null);
        return new Profile(index, document, member, window, count, Place.of(i.location()));
    }

    IncidentType type() {
        return member.incident().type();
    }

    Scope scope() {
        return member.incident().scope();
    }

    Status status() {
        return member.incident().status();
    }

    Group group() {
        return member.incident().group();
    }

    Agent agent() {
        return member.incident().agent();
    }

    String id() {
        return member.id();
    }

    /** When it can have happened, if anything places it in time. */
    Optional<Window> findWindow() {
        return Optional.ofNullable(window);
    }
}
