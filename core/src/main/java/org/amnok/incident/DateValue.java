package org.amnok.incident;

/**
 * When an incident happened: an ISO 8601 partial date ("2019-05", "2019-05-29"), an interval
 * ("2019-07/2019-08"), an ISO week ("2013-W46") or a TimeML season ("2020-WI").
 *
 * <p>Immutable.
 *
 * @param value the date, or {@code null} when undated
 * @param part which part of it ("early this month"), or {@code null}
 */
public record DateValue(String value, DatePart part) {

    /** Undated. */
    public static final DateValue UNKNOWN = new DateValue(null, null);

    /** A date with no part. */
    public static DateValue of(String value) {
        return new DateValue(value, null);
    }

    /** True when undated. */
    public boolean isUnknown() {
        return value == null;
    }

    /**
     * This date as an open period running to {@code until}: "2024-01" through 2024-05-08 is "2024-01/2024-05-08",
     * an interval keeps its start. Undated stays undated.
     *
     * @param until the last day of the period, not null
     */
    public DateValue through(java.time.LocalDate until) {
        return isUnknown() ? this : of(value.split("/")[0] + "/" + until);
    }
}
