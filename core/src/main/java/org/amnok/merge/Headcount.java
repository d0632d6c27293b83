package org.amnok.merge;

import java.util.Optional;
import org.amnok.incident.People;

/**
 * A stated count of people as a closed range, for comparing what two reports claim.
 *
 * <p>Immutable. "more than 30" (31/null) is {@code [31, MAX]}; "up to 600" (null/600) is {@code [1, 600]};
 * "15" is {@code [15, 15]}.
 *
 * @param lo smallest count the claim allows, {@code >= 0}
 * @param hi largest count the claim allows, {@code >= lo}; {@link Integer#MAX_VALUE} when open
 * @param fuzzy true for approximate ("about 60") or open-ended ("more than 200", "up to 600") claims
 */
record Headcount(int lo, int hi, boolean fuzzy) {

    /**
     * Two counts are close when the gap between them is at most this factor: 13 vs 15 (1.15), 500 vs 600 (1.2)
     * and 2 vs 3 (1.5) are close; 1 vs 2 and 40 vs 80 are not.
     */
    static final double CLOSE_FACTOR = 1.5;

    /**
     * Outlets' estimates of one event can differ more ("about 60" vs "more than 200"): up to this factor, when
     * one claim is fuzzy, and only where both reports pin the event to the same day.
     */
    static final double DISPUTED_FACTOR = 4.0;

    /**
     * Smallest count that tells one event from another: groups of ten or more are rare enough that two reports
     * agreeing on one, where the rest of their story is vague or noisy, point to one event.
     */
    static final int DISTINCTIVE = 10;

    /** How two counts relate. */
    enum Agreement {
        OVERLAP, CLOSE, DISPUTED, FAR
    }

    /** The count stated by {@code people}; empty when neither bound is stated. */
    static Optional<Headcount> of(People people) {
        if (people.isUnknown()) {
            return Optional.empty();
        }
        int lo = people.min() == null ? 1 : Math.max(0, people.min());
        int hi = people.max() == null ? Integer.MAX_VALUE : Math.max(lo, people.max());
        boolean fuzzy = people.approx() || people.min() == null || people.max() == null;
        return Optional.of(new Headcount(lo, hi, fuzzy));
    }

    /** True for a single stated number, not approximate ("ten", "15"). */
    boolean exact() {
        return !fuzzy && lo == hi;
    }

    /** The factor between the nearest ends of the two ranges; 1 when they overlap. */
    double gap(Headcount other) {
        if (lo <= other.hi && other.lo <= hi) {
            return 1.0;
        }
        double low = Math.min(hi, other.hi);
        double high = Math.max(lo, other.lo);
        return low <= 0 ? Double.POSITIVE_INFINITY : high / low;
    }

    /**
     * How this count and {@code other} relate: OVERLAP when the ranges share a number, CLOSE within
     * {@link #CLOSE_FACTOR}, DISPUTED within {@link #DISPUTED_FACTOR} when either is fuzzy, else FAR.
     * Whether a DISPUTED pair may merge is the caller's decision.
     */
    Agreement compare(Headcount other) {
        if (lo <= other.hi && other.lo <= hi) {
            return Agreement.OVERLAP; // the common case, decided without dividing
        }
        double gap = gap(other);
        if (gap <= CLOSE_FACTOR) {
            return Agreement.CLOSE;
        }
        return gap <= DISPUTED_FACTOR && (fuzzy || other.fuzzy) ? Agreement.DISPUTED : Agreement.FAR;
    }

    /**
     * The number the claim names: the bound of an open claim ("more than 200" is 201, "up to 600" is 600), else
     * its largest count.
     */
    int size() {
        return hi == Integer.MAX_VALUE ? lo : hi;
    }

    /**
     * True when both claims name {@link #DISTINCTIVE} or more people, share a number, and the numbers they name
     * are within {@link #DISPUTED_FACTOR}: "more than 500" and "about 600" corroborate each other; "more than
     * 10" and "200" overlap but do not.
     */
    boolean corroborates(Headcount other) {
        int small = Math.min(size(), other.size());
        int large = Math.max(size(), other.size());
        return small >= DISTINCTIVE && compare(other) == Agreement.OVERLAP && large <= small * DISPUTED_FACTOR;
    }

    /** True when both claims name {@link #DISTINCTIVE} or more people and overlap or are close. */
    boolean distinctivelyClose(Headcount other) {
        Agreement agreement = compare(other);
        return Math.min(size(), other.size()) >= DISTINCTIVE
                && (agreement == Agreement.OVERLAP || agreement == Agreement.CLOSE);
    }

    /** "15", "about 60", "13+", "up to 600", "5-6": for explanations. */
    String describe() {
        if (hi == Integer.MAX_VALUE) {
            return lo + "+";
        }
        if (lo == hi) {
            return fuzzy ? "about " + lo : Integer.toString(lo);
        }
        return fuzzy && lo == 1 ? "up to " + hi : lo + "-" + hi;
    }
}
