package org.amnok.incident;

import java.util.Locale;

/** How precisely a location is known; written in lower case in JSON ("city"). */
public enum Precision {
    FACILITY, CITY, COUNTY, PROVINCE, BORDER, COUNTRY;

    /** The spec's JSON spelling. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the spec's JSON spelling, case-insensitively. */
    public static Precision fromJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
