package org.amnok.merge;

import org.amnok.incident.Agent;
import org.amnok.incident.Group;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Scope;
import org.amnok.incident.Status;

/**
 * One member prepared for comparison: everything the merge rules read, parsed once and held in one place, so
 * that judging a pair reads two profiles and nothing else (the sweep judges hundreds of pairs per member).
 *
 * <p>Immutable.
 *
 * @param index position in the merge's sorted member list
 * @param document index of the member's document (equal indices, same document)
 * @param member the member itself
 * @param type the incident's type
 * @param scope its scope
 * @param status its status
 * @param group its group, or {@code null}
 * @param agent its agent, or {@code null}
 * @param window when it can have happened; {@code null} when neither a date nor a publication date is known
 * @param count the stated count; {@code null} when unstated
 * @param place the comparable location
 */
record Profile(int index, int document, SourcedIncident member, IncidentType type, Scope scope, Status status,
               Group group, Agent agent, Window window, Headcount count, Place place) {

    /** Parses {@code member} once. */
    static Profile of(int index, int document, SourcedIncident member) {
        Incident i = member.incident();
        Window window = DateWindows.of(i.date(), member.published(), i.status()).orElse(null);
        Headcount count = Headcount.of(i.people()).orElse(null);
        return new Profile(index, document, member, i.type(), i.scope(), i.status(), i.group(), i.agent(), window,
                count, Place.of(i.location()));
    }

    String id() {
        return member.id();
    }
}
