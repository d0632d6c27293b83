package org.amnok.store;

import java.util.Locale;

/**
 * Where an incident stands with analysts. Only {@link #EXTRACTED} incidents are replaced by re-extraction; the
 * others carry an analyst's word and are never overwritten by a machine.
 */
public enum IncidentState {
    EXTRACTED, CONFIRMED, EDITED, REJECTED;

    /** The database spelling, lower case. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static IncidentState fromColumn(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** True when an analyst has spoken on the incident. */
    public boolean heldByAnalyst() {
        return this != EXTRACTED;
    }
}
