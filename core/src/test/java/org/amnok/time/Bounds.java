package org.amnok.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First and last day of a date value, as the reference scorer ({@code shared/tools/score.py}, {@code _bounds} and
 * {@code norm_date}) reads it: two values score as equal exactly when their bounds are equal.
 *
 * @param first the first day covered
 * @param last the last day covered
 */
record Bounds(LocalDate first, LocalDate last) {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|AU|WI)");
    private static final Map<String, Integer> SEASON_START = Map.of("SP", 3, "SU", 6, "FA", 9, "AU", 9, "WI", 12);

    /** Bounds of "a" or "a/b"; empty when the scorer could not read it either (then it compares the strings). */
    static Optional<Bounds> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int slash = value.indexOf('/');
        String a = slash < 0 ? value : value.substring(0, slash);
        String b = slash < 0 ? value : value.substring(slash + 1);
        Optional<Bounds> first = single(a);
        Optional<Bounds> last = single(b);
        return first.isPresent() && last.isPresent()
                ? Optional.of(new Bounds(first.get().first(), last.get().last())) : Optional.empty();
    }

    /** True when the scorer would count {@code a} and {@code b} as the same date. */
    static boolean same(String a, String b) {
        Optional<Bounds> x = of(a);
        Optional<Bounds> y = of(b);
        return x.isPresent() || y.isPresent() ? x.equals(y) : java.util.Objects.equals(a, b);
    }

    private static Optional<Bounds> single(String v) {
        Matcher m = DATE.matcher(v);
        if (m.matches()) {
            return Optional.of(date(Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
        }
        m = WEEK.matcher(v);
        if (m.matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
            return Optional.of(new Bounds(monday, monday.plusDays(6)));
        }
        m = SEASON.matcher(v);
        if (m.matches()) {
            YearMonth start = YearMonth.of(Integer.parseInt(m.group(1)), SEASON_START.get(m.group(2)));
            return Optional.of(new Bounds(start.atDay(1), start.plusMonths(2).atEndOfMonth()));
        }
        return Optional.empty();
    }

    private static Bounds date(int year, String month, String day) {
        if (day != null) {
            LocalDate d = LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
            return new Bounds(d, d);
        }
        if (month != null) {
            YearMonth ym = YearMonth.of(year, Integer.parseInt(month));
            return new Bounds(ym.atDay(1), ym.atEndOfMonth());
        }
        return new Bounds(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
