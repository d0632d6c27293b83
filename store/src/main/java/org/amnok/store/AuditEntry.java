package org.amnok.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the audit log: who changed which entity when, from what to what.
 *
 * @param id database id, increasing with time
 * @param analyst who, never blank
 * @param at when, UTC
 * @param entity what, as {@code KIND:ID} ("incident:doc-1#0", "decision:7")
 * @param beforeJson the entity before, as JSON, or {@code null} when it was created
 * @param afterJson the entity after, as JSON, or {@code null} when it was deleted
 */
public record AuditEntry(long id, String analyst, Instant at, String entity, String beforeJson, String afterJson) {

    public AuditEntry {
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(entity, "entity");
    }
}
