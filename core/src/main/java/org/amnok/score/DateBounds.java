package org.amnok.score;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first and last day a date value covers, as {@code _bounds} and {@code norm_date} of
 * {@code shared/tools/score.py} compute them: two values agree when they cover the same days ("2019-05" and
 * "2019-05-01/2019-05-31"), and values that are no date agree only when spelled the same.
 *
 * <p>Immutable and thread-safe. Days outside Python's {@code datetime} range (years 1 to 9999), day or month 0
 * and ISO weeks a year does not have follow Python's behaviour, so scores agree with score.py to the last digit.
 *
 * @param first first day covered
 * @param last last day covered; before {@code first} only when an interval is written backwards
 */
record DateBounds(LocalDate first, LocalDate last) {
    // Python's \d matches any Unicode digit and int() reads them: so do these patterns and Integer.parseInt.
    private static final Pattern CALENDAR = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|AU|WI)",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** First and last month of each TimeML season; winter runs into the next year's February (month 14). */
    private static final Map<String, int[]> SEASONS = Map.of("SP", new int[] {3, 5}, "SU", new int[] {6, 8},
            "FA", new int[] {9, 11}, "AU", new int[] {9, 11}, "WI", new int[] {12, 14});

    /** True when score.py counts {@code gold} and {@code predicted} (either may be {@code null}) as the same date. */
    static boolean agree(String gold, String predicted) {
        Optional<DateBounds> g = find(gold);
        Optional<DateBounds> p = find(predicted);
        if (g.isPresent() || p.isPresent()) {
            return g.equals(p);
        }
        return Objects.equals(gold, predicted);
    }

    /** The days an ISO date, interval ("A/B"), week or season covers; empty when {@code value} is none of them. */
    static Optional<DateBounds> find(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int slash = value.indexOf('/');
        String a = slash < 0 ? value : value.substring(0, slash);
        String b = slash < 0 || slash == value.length() - 1 ? a : value.substring(slash + 1);
        try {
            return Optional.of(new DateBounds(bounds(a).first, bounds(b).last));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static DateBounds bounds(String v) {
        Matcher m = CALENDAR.matcher(v);
        if (m.matches()) {
            return calendar(m);
        }
        m = WEEK.matcher(v);
        if (m.matches()) {
            return week(number(m.group(1)), number(m.group(2)));
        }
        m = SEASON.matcher(v);
        if (m.matches()) {
            return season(number(m.group(1)), SEASONS.get(m.group(2)));
        }
        throw new IllegalArgumentException(v);
    }

    private static DateBounds calendar(Matcher m) {
        int y = number(m.group(1));
        // Python tests `if d:` and `if mo:`, so a day or month written 00 widens the value, it does not fail.
        int mo = m.group(2) == null ? 0 : number(m.group(2));
        int d = m.group(3) == null ? 0 : number(m.group(3));
        if (d != 0) {
            LocalDate day = date(y, mo, d);
            return new DateBounds(day, day);
        }
        if (mo != 0) {
            LocalDate start = date(y, mo, 1);
            return new DateBounds(start, start.with(TemporalAdjusters.lastDayOfMonth()));
        }
        return new DateBounds(date(y, 1, 1), date(y, 12, 31));
    }

    private static DateBounds week(int y, int w) {
        LocalDate mid = date(y, 6, 1);
        if (!IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(mid).isValidIntValue(w)) {
            throw new IllegalArgumentException("week " + w + " of " + y);
        }
        LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w).with(DayOfWeek.MONDAY);
        return new DateBounds(monday, monday.plusDays(6));
    }

    private static DateBounds season(int y, int[] months) {
        int endYear = months[1] > 12 ? y + 1 : y;
        int endMonth = months[1] > 12 ? months[1] - 12 : months[1];
        LocalDate end = YearMonth.of(endYear, endMonth).atEndOfMonth();
        return new DateBounds(date(y, months[0], 1), date(end.getYear(), end.getMonthValue(), end.getDayOfMonth()));
    }

    /** A day within Python's {@code datetime.date} range. */
    private static LocalDate date(int y, int m, int d) {
        if (y < 1 || y > 9999) {
            throw new IllegalArgumentException("year " + y + " is outside 1..9999");
        }
        return LocalDate.of(y, m, d);
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
