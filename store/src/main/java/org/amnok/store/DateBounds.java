package org.amnok.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first and last day a spec date value can mean, as the reference scorer reads it: "2019" is the whole year,
 * "2019-05" the month, "2013-W46" the ISO week, "2020-WI" December 2020 to February 2021, "A/B" from A's first day
 * to B's last. Stateless.
 */
final class DateBounds {
    private static final Pattern DAY = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|AU|WI)");
    // First and last month of each season; winter runs into the next year (months 13 and 14).
    private static final Map<String, int[]> SEASONS = Map.of("SP", new int[] {3, 5}, "SU", new int[] {6, 8},
            "FA", new int[] {9, 11}, "AU", new int[] {9, 11}, "WI", new int[] {12, 14});

    private DateBounds() {
    }

    /** First and last day of {@code value}, or empty when it is {@code null} or not a date the spec allows. */
    static Optional<LocalDate[]> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int slash = value.indexOf('/');
        String a = slash < 0 ? value : value.substring(0, slash);
        String b = slash < 0 ? value : value.substring(slash + 1);
        try {
            Optional<LocalDate[]> first = single(a);
            Optional<LocalDate[]> last = single(b);
            if (first.isEmpty() || last.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new LocalDate[] {first.get()[0], last.get()[1]});
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate[]> single(String v) {
        Matcher m = DAY.matcher(v);
        if (m.matches()) {
            return Optional.of(day(m));
        }
        m = WEEK.matcher(v);
        if (m.matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return Optional.of(new LocalDate[] {monday, monday.plusDays(6)});
        }
        m = SEASON.matcher(v);
        if (m.matches()) {
            int[] months = SEASONS.get(m.group(2));
            YearMonth start = YearMonth.of(Integer.parseInt(m.group(1)), months[0]);
            YearMonth end = start.plusMonths(months[1] - months[0]);
            return Optional.of(new LocalDate[] {start.atDay(1), end.atEndOfMonth()});
        }
        return Optional.empty();
    }

    private static LocalDate[] day(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
            LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return new LocalDate[] {d, d};
        }
        if (m.group(2) != null) {
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
        }
        return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    }
}
