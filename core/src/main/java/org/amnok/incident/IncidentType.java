package org.amnok.incident;

/** The closed list of incident types in {@code shared/spec/incidents.md}. */
public enum IncidentType {
    CROSSING, ARREST, DETENTION, REPATRIATION, PUNISHMENT, VIOLENCE, ESCAPE, RELEASE, MEASURE
}
