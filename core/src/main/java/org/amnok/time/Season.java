package org.amnok.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The four seasons as TimeML writes them ("2020-WI"), northern hemisphere, by whole months: a season of year Y
 * starts in Y; winter runs from December of Y to February of Y + 1, as the reference scorer reads it.
 */
enum Season {
    SPRING("SP", 3), SUMMER("SU", 6), FALL("FA", 9), WINTER("WI", 12);

    private final String code;
    private final int firstMonth;

    Season(String code, int firstMonth) {
        this.code = code;
        this.firstMonth = firstMonth;
    }

    /** The season named by a (lower-case) word: "autumn" and "fall" are both FALL. */
    static Season named(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "spring" -> SPRING;
            case "summer" -> SUMMER;
            case "autumn", "fall" -> FALL;
            case "winter" -> WINTER;
            default -> throw new IllegalArgumentException("'" + word + "' is not a season; pass spring, summer,"
                    + " autumn, fall or winter");
        };
    }

    /** First day of this season in {@code year}. */
    LocalDate first(int year) {
        return LocalDate.of(year, firstMonth, 1);
    }

    /** Last day of this season in {@code year} (for winter, in February of the next year). */
    LocalDate last(int year) {
        return YearMonth.of(year, firstMonth).plusMonths(2).atEndOfMonth();
    }

    /** TimeML value of this season in {@code year}: "2020-WI". */
    String value(int year) {
        return Periods.year(year) + "-" + code;
    }
}
