package org.amnok.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.amnok.incident.Agent;
import org.amnok.incident.Group;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.Scope;
import org.amnok.incident.Status;
import org.amnok.store.StoredIncident;

/**
 * One case as the web shows it: the reports of one real event, what they say together, where they disagree and
 * why they were joined (from the core's {@code org.amnok.merge}, see {@link CaseFiles}). Immutable.
 *
 * @param id {@code case-} and the smallest member id
 * @param members the incidents, earliest report first
 * @param type the most common type of the members
 * @param status OCCURRED when any member says so, else the latest report's
 * @param scope INCIDENT or AGGREGATE (the most common)
 * @param peopleLow the lowest stated minimum count, or {@code null}
 * @param peopleHigh the highest stated count (max, else min), or {@code null}
 * @param date the most precise date value a member states, or {@code null}
 * @param firstDay the first day of the case's dates, for ordering, or {@code null}
 * @param location the most precise location stated, {@link Location#UNKNOWN} when none
 * @param group the most common stated group, or {@code null}
 * @param agent the most common stated agent, or {@code null}
 * @param conflicts the fields on which members disagree
 * @param joins why members were joined, one line a join ("a + b: rule (explanation)")
 * @param atRisk true when people are last reported in custody or facing return with no reported outcome
 */
record CaseFile(String id, List<StoredIncident> members, IncidentType type, Status status, Scope scope,
                Integer peopleLow, Integer peopleHigh, String date, LocalDate firstDay, Location location,
                Group group, Agent agent, List<Conflict> conflicts, List<String> joins, boolean atRisk) {

    /** A field on which members disagree, with each distinct value and who claims it ("15 (Daily NK)"). */
    record Conflict(String field, List<String> claims) {
        Conflict {
            claims = List.copyOf(claims);
        }
    }

    CaseFile {
        Objects.requireNonNull(id, "id");
        members = List.copyOf(members);
        conflicts = List.copyOf(conflicts);
        joins = List.copyOf(joins);
        Objects.requireNonNull(location, "location");
    }

    /** The outlets of the members, as written, distinct, in report order; a member with none shows its document. */
    List<String> sources() {
        return members.stream().map(m -> m.source() == null ? m.documentId() : m.source()).distinct().toList();
    }

    /** The latest publication date among the members, or {@code null}. */
    LocalDate lastReport() {
        return members.stream().map(StoredIncident::published).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }
}
