package org.amnok.merge;

import org.amnok.incident.Agent;
import org.amnok.incident.Group;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.Scope;
import org.amnok.incident.Status;

/**
 * What a case says happened, combining its members' reports.
 *
 * <p>Immutable and thread-safe. Counts are a range over what the members claim: a case whose reports say
 * "at least 13" and "15" has {@code minLow} 13 and {@code minHigh} 15; the {@link Case#conflicts()} say who
 * claims what.
 *
 * @param type the members' type (the most common one, should an analyst have merged different types)
 * @param status OCCURRED when any member says it occurred, else the latest report's status
 * @param scope the most common scope
 * @param minLow the lowest stated {@code people.min}, or {@code null} when no member states one
 * @param minHigh the highest stated {@code people.min}, or {@code null}
 * @param maxHigh the highest stated {@code people.max}, or {@code null}
 * @param dateFrom first day (ISO 8601, {@code yyyy-MM-dd}) of the most precise stated dates, or {@code null}
 *                 when no member is dated
 * @param dateTo last day (ISO 8601) of the most precise stated dates, or {@code null}
 * @param location the most precise location reported (a named place before none; facility before city before
 *                 county before border before province before country); {@link Location#UNKNOWN} when none
 * @param group the most common stated group, or {@code null}
 * @param agent the most common stated agent, or {@code null}
 */
public record MergedView(IncidentType type, Status status, Scope scope, Integer minLow, Integer minHigh,
                         Integer maxHigh, String dateFrom, String dateTo, Location location, Group group,
                         Agent agent) {
}
