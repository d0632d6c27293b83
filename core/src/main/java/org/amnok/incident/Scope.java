package org.amnok.incident;

/** One event, or a total over a period or area that sums other events (never added to incident totals). */
public enum Scope {
    INCIDENT, AGGREGATE
}
