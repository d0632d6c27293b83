package org.amnok.incident;

/** Whether an incident happened, was about to happen, or was tried and stopped. */
public enum Status {
    OCCURRED, PLANNED, BLOCKED
}
