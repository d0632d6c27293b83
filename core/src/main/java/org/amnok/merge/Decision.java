package org.amnok.merge;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's ruling on two members: keep them in one case, or keep them apart.
 *
 * <p>Immutable and thread-safe. Decisions name member ids ({@link SourcedIncident#id()}), not cases, so they
 * survive re-extraction and re-merging as long as the member ids are stable. A decision naming an id that is
 * not in the merge input is ignored. When decisions contradict each other, the newest ({@link #at()}) wins.
 *
 * @param kind MERGE forces the two into one case; SPLIT forbids it
 * @param a one member id
 * @param b the other member id
 * @param analyst who decided, for the case's explanation
 * @param at when it was decided; orders contradicting decisions
 */
public record Decision(Kind kind, String a, String b, String analyst, Instant at) {

    /** What the analyst ruled. */
    public enum Kind {
        /** The two members describe one real event: keep them in one case whatever the rules say. */
        MERGE,
        /** The two members describe different events: never put them in one case. */
        SPLIT
    }

    public Decision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(at, "at");
    }

    /** An analyst's MERGE of {@code a} and {@code b}. */
    public static Decision merge(String a, String b, String analyst, Instant at) {
        return new Decision(Kind.MERGE, a, b, analyst, at);
    }

    /** An analyst's SPLIT of {@code a} and {@code b}. */
    public static Decision split(String a, String b, String analyst, Instant at) {
        return new Decision(Kind.SPLIT, a, b, analyst, at);
    }
}
