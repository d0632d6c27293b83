package org.amnok.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the spec's partial dates ({@code 2019-05-25}, {@code 2019-04}, {@code 2018}, {@code 2020-WI},
 * {@code 2019-07/2019-08}) for the web's charts and sorting. Stateless and thread-safe.
 */
final class Dates {
    private static final Pattern START = Pattern.compile("^(\\d{4})(?:-(\\d{2}|SP|SU|FA|AU|WI))?(?:-(\\d{2}))?");

    private Dates() {
    }

    /** The month a date starts in; a season starts in its first month; empty for a bare year or no date. */
    static Optional<YearMonth> findMonth(String value) {
        Matcher m = value == null ? null : START.matcher(value);
        if (m == null || !m.find() || m.group(2) == null) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "SP" -> Optional.of(YearMonth.of(year, 3));
            case "SU" -> Optional.of(YearMonth.of(year, 6));
            case "FA", "AU" -> Optional.of(YearMonth.of(year, 9));
            case "WI" -> Optional.of(YearMonth.of(year, 12));
            default -> month(year, Integer.parseInt(m.group(2)));
        };
    }

    private static Optional<YearMonth> month(int year, int month) {
        return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
    }

    /** The first day a date can mean, for sorting: a bare year is its 1 January; empty for no date. */
    static Optional<LocalDate> findFirstDay(String value) {
        Matcher m = value == null ? null : START.matcher(value);
        if (m == null || !m.find()) {
            return Optional.empty();
        }
        Optional<YearMonth> month = findMonth(value);
        if (month.isEmpty()) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1));
        }
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        return month.get().isValidDay(day) ? Optional.of(month.get().atDay(day)) : Optional.of(month.get().atDay(1));
    }
}
