package org.amnok.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored analyst decision. It names incidents by member id ("DOC#INDEX"), which re-extraction keeps stable, so
 * it survives re-ingest and re-extraction.
 *
 * @param id database id, increasing with time
 * @param kind merge or split
 * @param a one member id
 * @param b the other member id
 * @param analyst who decided, never blank
 * @param at when, UTC
 */
public record AnalystDecision(long id, DecisionKind kind, String a, String b, String analyst, Instant at) {

    public AnalystDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(at, "at");
    }
}
