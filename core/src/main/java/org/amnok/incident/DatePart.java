package org.amnok.incident;

/** Which part of a month, season or year a date names: "early this month", "mid-September", "late May". */
public enum DatePart {
    EARLY, MID, LATE
}
