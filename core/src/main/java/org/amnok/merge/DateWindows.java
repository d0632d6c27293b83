package org.amnok.merge;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amnok.incident.DateValue;
import org.amnok.incident.Status;

/**
 * Reads the spec's date values into {@link Window}s, with the bounds {@code shared/tools/score.py} gives them:
 * {@code 2019}, {@code 2019-05}, {@code 2019-05-29}, ISO weeks {@code 2013-W46}, TimeML seasons
 * {@code 2020-WI} (December to February) and intervals {@code A/B} of any of these.
 *
 * <p>Stateless and thread-safe. The date's part (EARLY, MID, LATE) is ignored: outlets disagree on it too
 * often to narrow a window by it.
 */
final class DateWindows {
    /** How far before (and, for a planned event, after) its report an undated incident may lie. */
    static final int UNDATED_DAYS = 31;

    private static final Pattern CALENDAR = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|AU|WI)");

    private DateWindows() {
    }

    /**
     * The window of a stated date, else the days around the report's publication, else empty.
     *
     * <p>An undated OCCURRED or BLOCKED incident lies in the {@value #UNDATED_DAYS} days up to its report; an
     * undated PLANNED one up to {@value #UNDATED_DAYS} days either side. An unreadable date counts as undated.
     */
    static Optional<Window> of(DateValue date, LocalDate published, Status status) {
        Optional<Window> stated = stated(date.value());
        if (stated.isPresent() || published == null) {
            return stated;
        }
        long day = published.toEpochDay();
        long after = status == Status.PLANNED ? UNDATED_DAYS : 0;
        return Optional.of(new Window(day - UNDATED_DAYS, day + after, Window.Kind.UNDATED));
    }

    /** The window of a stated date value; empty when {@code value} is {@code null} or unreadable. */
    static Optional<Window> stated(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] ends = value.trim().split("/", -1);
        if (ends.length > 2) {
            return Optional.empty();
        }
        Optional<LocalDate[]> first = bounds(ends[0]);
        Optional<LocalDate[]> last = ends.length == 2 ? bounds(ends[1]) : first;
        if (first.isEmpty() || last.isEmpty() || last.get()[1].isBefore(first.get()[0])) {
            return Optional.empty();
        }
        return Optional.of(window(first.get()[0], last.get()[1]));
    }

    private static Window window(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        Window.Kind kind = days == 1 ? Window.Kind.DAY
                : days <= Window.PRECISE_DAYS ? Window.Kind.RANGE : Window.Kind.WIDE;
        return new Window(from.toEpochDay(), to.toEpochDay(), kind);
    }

    /** First and last day of one partial date, week or season. */
    private static Optional<LocalDate[]> bounds(String v) {
        try {
            Matcher m = CALENDAR.matcher(v);
            if (m.matches()) {
                return Optional.of(calendar(m));
            }
            m = WEEK.matcher(v);
            if (m.matches()) {
                return Optional.of(week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = SEASON.matcher(v);
            if (m.matches()) {
                return Optional.of(season(Integer.parseInt(m.group(1)), m.group(2)));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // "2019-13" or "2019-W60": unreadable, so undated
        }
        return Optional.empty();
    }

    private static LocalDate[] calendar(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
            LocalDate day = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return new LocalDate[] {day, day};
        }
        if (m.group(2) != null) {
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
        }
        return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    }

    private static LocalDate[] week(int year, int week) {
        LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != week) {
            throw new DateTimeException("week " + week + " does not exist in " + year);
        }
        return new LocalDate[] {monday, monday.plusDays(6)};
    }

    private static LocalDate[] season(int year, String season) {
        int firstMonth = switch (season) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "WI" -> 12;
            default -> 9; // FA and AU are both autumn
        };
        YearMonth first = YearMonth.of(year, firstMonth);
        return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
    }
}
