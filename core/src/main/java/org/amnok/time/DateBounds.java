package org.amnok.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amnok.incident.DateValue;

/**
 * First and last day of a spec date value: a partial date, an ISO week, a TimeML season or an interval of
 * those, compared the way the scorer compares them. Immutable.
 *
 * @param first the first day, inclusive
 * @param last the last day, inclusive
 */
public record DateBounds(LocalDate first, LocalDate last) {
    private static final Pattern PARTIAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|AU|WI)");

    /** Bounds of {@code value}, or empty when it is unknown or not in a spec form. */
    public static Optional<DateBounds> of(DateValue value) {
        return value == null ? Optional.empty() : of(value.value());
    }

    /** Bounds of a spec date string ("2019-05", "2020-WI", "2019-07/2019-08"), or empty when it is not one. */
    public static Optional<DateBounds> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return parse(value);
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // "2019-13", "2019-02-30": shaped like a date, but none
        }
    }

    private static Optional<DateBounds> parse(String value) {
        String[] parts = value.split("/", 2);
        Optional<DateBounds> a = single(parts[0]);
        Optional<DateBounds> b = parts.length > 1 ? single(parts[1]) : a;
        return a.isPresent() && b.isPresent() ? Optional.of(new DateBounds(a.get().first, b.get().last))
                : Optional.empty();
    }

    private static Optional<DateBounds> single(String v) {
        Matcher m = PARTIAL.matcher(v);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                LocalDate d = LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return Optional.of(new DateBounds(d, d));
            }
            if (m.group(2) != null) {
                YearMonth ym = YearMonth.of(y, Integer.parseInt(m.group(2)));
                return Optional.of(new DateBounds(ym.atDay(1), ym.atEndOfMonth()));
            }
            return Optional.of(new DateBounds(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
        }
        return week(v).or(() -> season(v));
    }

    private static Optional<DateBounds> week(String v) {
        Matcher m = WEEK.matcher(v);
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                .with(java.time.DayOfWeek.MONDAY);
        return Optional.of(new DateBounds(monday, monday.plusDays(6)));
    }

    private static Optional<DateBounds> season(String v) {
        Matcher m = SEASON.matcher(v);
        if (!m.matches()) {
            return Optional.empty();
        }
        int y = Integer.parseInt(m.group(1));
        int start = switch (m.group(2)) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "WI" -> 12;
            default -> 9;
        };
        YearMonth first = YearMonth.of(y, start);
        return Optional.of(new DateBounds(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
    }

    /** True when the two share at least one day. */
    public boolean overlaps(DateBounds o) {
        return !first.isAfter(o.last) && !o.first.isAfter(last);
    }

    /** Number of days covered, at least 1. */
    public long days() {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }
}
