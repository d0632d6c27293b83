package org.amnok.merge;

import java.time.LocalDate;

/**
 * When an incident can have happened, as a closed range of epoch days, and how much that range says.
 *
 * <p>Immutable.
 *
 * @param lo first possible day ({@link LocalDate#toEpochDay()})
 * @param hi last possible day, {@code >= lo}
 * @param kind what the range rests on
 */
record Window(long lo, long hi, Kind kind) {

    /** Longest stated range, in days, that still counts as a precise date: a season or three months. */
    static final int PRECISE_DAYS = 92;

    /** Longest window, in days, that pins an event down: a stated day or week ("last week"). */
    static final int PINNED_DAYS = 7;

    /** What a window rests on, from most to least telling. */
    enum Kind {
        /** A stated day: another day-precision date a day either side still agrees ("May 24" vs "May 25"). */
        DAY,
        /** A stated week, month, season or interval of at most {@link #PRECISE_DAYS} days. */
        RANGE,
        /** A stated year or a longer interval. */
        WIDE,
        /** No stated date: the days around the report's publication. */
        UNDATED
    }

    /** True when the two windows share a day, allowing a day either side when either is a stated day. */
    boolean overlaps(Window other) {
        long slack = kind == Kind.DAY || other.kind == Kind.DAY ? 1 : 0;
        return lo <= other.hi + slack && other.lo <= hi + slack;
    }

    /** True when the window rests on a stated week, month, season, short interval or day. */
    boolean precise() {
        return kind == Kind.DAY || kind == Kind.RANGE;
    }

    /** True when the window rests on a stated date of at most {@link #PINNED_DAYS} days. */
    boolean pinned() {
        return kind != Kind.UNDATED && days() <= PINNED_DAYS;
    }

    /** The first day. */
    LocalDate first() {
        return LocalDate.ofEpochDay(lo);
    }

    /** The last day. */
    LocalDate last() {
        return LocalDate.ofEpochDay(hi);
    }

    /** Number of days covered. */
    long days() {
        return hi - lo + 1;
    }
}
