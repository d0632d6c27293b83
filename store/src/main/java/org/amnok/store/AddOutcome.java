package org.amnok.store;

/** What {@link IncidentStore#add} did with one document. */
public enum AddOutcome {
    /** Stored, with its incidents, in one transaction. */
    ADDED,
    /** A document with the same normalized text or the same URL is already stored; nothing was written. */
    UNCHANGED,
    /** Another document with different text and URL already has this id; nothing was written. */
    ID_TAKEN
}
