package org.amnok.incident;

import java.util.Objects;

/**
 * One thing that happened, was about to happen, or was blocked, to North Koreans or people helping them:
 * the record defined by {@code shared/spec/incidents.md}.
 *
 * <p>Immutable. {@code type}, {@code status}, {@code scope}, {@code people}, {@code location}, {@code date} and
 * {@code evidence} are never {@code null} (use the {@code UNKNOWN} constants); {@code group}, {@code agent} and
 * {@code fatalities} are {@code null} when the text does not state them.
 */
public record Incident(IncidentType type, Status status, Scope scope, People people, Group group, Agent agent,
                       Location location, DateValue date, Integer fatalities, Evidence evidence) {

    public Incident {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
    }
}
