package org.amnok.store;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.amnok.incident.Agent;
import org.amnok.incident.Group;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Status;

/**
 * Which incidents to list or count, and which page. Immutable: each {@code with*} returns a new query.
 *
 * <p>An empty set or a {@code null} value means "any". Results come newest first (by the first day their date can
 * mean; undated last), then by document id and index, descending, so paging is stable.
 *
 * @param types incident types, any when empty
 * @param statuses statuses, any when empty
 * @param from incidents whose date can fall on or after this day; {@code null} for no bound. Undated incidents never
 *     match a date bound
 * @param to incidents whose date can fall on or before this day; {@code null} for no bound
 * @param place canonical place name ("Dandong"), matched exactly; {@code null} for any
 * @param province province (admin1, "Liaoning"), matched exactly; {@code null} for any
 * @param group the people's group, or {@code null} for any
 * @param agent who acted, or {@code null} for any
 * @param source the document's outlet, exactly, or {@code null} for any
 * @param text words that must all occur in the document's text (full-text search, English stemming on PostgreSQL,
 *     word match on SQLite), or {@code null}
 * @param states analyst states; by default all but {@link IncidentState#REJECTED}; never empty
 * @param offset rows to skip, {@code >= 0}
 * @param limit rows per page, 1 to {@link #MAX_LIMIT}
 */
public record IncidentQuery(Set<IncidentType> types, Set<Status> statuses, LocalDate from, LocalDate to,
                            String place, String province, Group group, Agent agent, String source, String text,
                            Set<IncidentState> states, int offset, int limit) {

    /** The largest page. */
    public static final int MAX_LIMIT = 10_000;
    /** The page size of {@link #all()}. */
    public static final int DEFAULT_LIMIT = 100;

    public IncidentQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        states = states == null || states.isEmpty() ? live() : Set.copyOf(states);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page offset " + offset + ", limit " + limit
                    + " is out of range; pass offset >= 0 and 1 <= limit <= " + MAX_LIMIT);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range " + from + " to " + to + " is reversed; pass from <= to");
        }
        place = blankToNull(place);
        province = blankToNull(province);
        source = blankToNull(source);
        text = blankToNull(text);
    }

    /** Every incident not rejected by an analyst, first page of {@value #DEFAULT_LIMIT}. */
    public static IncidentQuery all() {
        return new IncidentQuery(Set.of(), Set.of(), null, null, null, null, null, null, null, null, live(), 0,
                DEFAULT_LIMIT);
    }

    private static Set<IncidentState> live() {
        return Set.copyOf(EnumSet.complementOf(EnumSet.of(IncidentState.REJECTED)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Only these types. */
    public IncidentQuery withTypes(Set<IncidentType> newTypes) {
        return new IncidentQuery(newTypes, statuses, from, to, place, province, group, agent, source, text, states,
                offset, limit);
    }

    /** Only these statuses. */
    public IncidentQuery withStatuses(Set<Status> newStatuses) {
        return new IncidentQuery(types, newStatuses, from, to, place, province, group, agent, source, text, states,
                offset, limit);
    }

    /** Only incidents whose date can fall in {@code [newFrom, newTo]}; either bound may be {@code null}. */
    public IncidentQuery between(LocalDate newFrom, LocalDate newTo) {
        return new IncidentQuery(types, statuses, newFrom, newTo, place, province, group, agent, source, text, states,
                offset, limit);
    }

    /** Only incidents in this province. */
    public IncidentQuery withProvince(String newProvince) {
        return new IncidentQuery(types, statuses, from, to, place, newProvince, group, agent, source, text, states,
                offset, limit);
    }

    /** Only incidents at this place. */
    public IncidentQuery withPlace(String newPlace) {
        return new IncidentQuery(types, statuses, from, to, newPlace, province, group, agent, source, text, states,
                offset, limit);
    }

    /** Only this group of people. */
    public IncidentQuery withGroup(Group newGroup) {
        return new IncidentQuery(types, statuses, from, to, place, province, newGroup, agent, source, text, states,
                offset, limit);
    }

    /** Only this agent. */
    public IncidentQuery withAgent(Agent newAgent) {
        return new IncidentQuery(types, statuses, from, to, place, province, group, newAgent, source, text, states,
                offset, limit);
    }

    /** Only incidents from documents of this outlet. */
    public IncidentQuery withSource(String newSource) {
        return new IncidentQuery(types, statuses, from, to, place, province, group, agent, newSource, text, states,
                offset, limit);
    }

    /** Only incidents from documents whose text contains all these words. */
    public IncidentQuery matching(String newText) {
        return new IncidentQuery(types, statuses, from, to, place, province, group, agent, source, newText, states,
                offset, limit);
    }

    /** Only incidents in these analyst states (pass all four to include rejected ones). */
    public IncidentQuery withStates(Set<IncidentState> newStates) {
        return new IncidentQuery(types, statuses, from, to, place, province, group, agent, source, text, newStates,
                offset, limit);
    }

    /** This page: skip {@code newOffset} rows, return at most {@code newLimit}. */
    public IncidentQuery page(int newOffset, int newLimit) {
        return new IncidentQuery(types, statuses, from, to, place, province, group, agent, source, text, states,
                newOffset, newLimit);
    }

    /** The next page after this one. */
    public IncidentQuery next() {
        return page(offset + limit, limit);
    }
}
