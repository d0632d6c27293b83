package org.amnok.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * Calendar arithmetic and the spec's spelling of dates: "2019-05-29", "2019-05", "2019", "a/b" intervals.
 *
 * <p>Stateless. Year choice follows the spec: a date the text gives without a year is put where it falls nearest
 * the publication date, with a bias to the past.
 */
final class Periods {
    /** How far after publication a day without a year may fall and stay in that year ("will wait until Oct. 18"). */
    static final int PLANNED_DAYS = 61;

    private Periods() {
    }

    static String day(LocalDate day) {
        return day.toString();
    }

    static String month(YearMonth month) {
        return year(month.getYear()) + String.format(Locale.ROOT, "-%02d", month.getMonthValue());
    }

    static String year(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    /** "a/b", or just "a" when both ends are the same. */
    static String interval(String first, String last) {
        return first.equals(last) ? first : first + "/" + last;
    }

    /** The ISO week (Monday to Sunday) holding {@code day}, as a day interval. */
    static String week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return interval(day(monday), day(monday.plusDays(6)));
    }

    /**
     * The day {@code month}/{@code day} of the year that puts it latest but no later than {@link #PLANNED_DAYS}
     * after {@code published}; empty when the day does not exist (February 30) in any candidate year.
     */
    static Optional<LocalDate> nearDay(int month, int day, LocalDate published) {
        LocalDate limit = published.plusDays(PLANNED_DAYS);
        for (int year = published.getYear() + 1; year >= published.getYear() - 4; year--) {
            Optional<LocalDate> candidate = dayOf(year, month, day);
            if (candidate.isPresent() && !candidate.get().isAfter(limit)) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    /** The day, or empty when {@code year}-{@code month} has no such day. */
    static Optional<LocalDate> dayOf(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return day >= 1 && day <= ym.lengthOfMonth() ? Optional.of(ym.atDay(day)) : Optional.empty();
    }

    /** The most recent {@code month} on or before the publication month ("in April"). */
    static YearMonth onOrBefore(int month, LocalDate published) {
        int year = month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
        return YearMonth.of(year, month);
    }

    /** The most recent {@code month} strictly before the publication month ("last November"). */
    static YearMonth before(int month, LocalDate published) {
        int year = month < published.getMonthValue() ? published.getYear() : published.getYear() - 1;
        return YearMonth.of(year, month);
    }

    /** The first {@code month} strictly after the publication month ("next March"). */
    static YearMonth after(int month, LocalDate published) {
        int year = month > published.getMonthValue() ? published.getYear() : published.getYear() + 1;
        return YearMonth.of(year, month);
    }

    /** The most recent {@code day} of the week on or before {@code published} ("on Tuesday"). */
    static LocalDate weekdayOnOrBefore(DayOfWeek day, LocalDate published) {
        return published.with(TemporalAdjusters.previousOrSame(day));
    }
}
