package org.amnok.time;

/** What a {@link TimeMention} says about time, which decides how the event layer may use it. */
public enum TimeKind {
    /** A point or period: "May 29", "in April", "last year", "last winter". */
    DATE,
    /** A stretch between two named ends: "July and August", "March 25-28", "over the past two months". */
    INTERVAL,
    /** The start of an open period: "since January", "so far this month"; the value is the period it opens. */
    SINCE,
    /** A date told relative to the discourse: "the same day", "the following day"; null without an anchor. */
    ANAPHORIC,
    /** The date of a statement, not of an event: "said on Tuesday", "told Daily NK on November 20". */
    SPEECH
}
