package org.amnok.time;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.amnok.incident.DatePart;

/**
 * The regular-expression pieces the rules are built from, and the words they capture turned into numbers.
 *
 * <p>Rules compile case-insensitively; month and weekday names are wrapped in {@code (?-i:...)} because only their
 * capitalised spelling is a date ("in May", not "they may").
 */
final class Lexicon {
    static final String MONTH = "(?-i:\\b(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?)(?![A-Za-z]))";
    static final String WEEKDAY = "(?-i:\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)";
    /** A year from 1800 to 2099 standing alone: not inside a number, an amount, a decade or a percentage. */
    static final String YEAR = "(?<![\\d$£€,.])(?:1[89]\\d\\d|20\\d\\d)(?![\\d%]|,\\d|s\\b|-\\d)";
    /** A day of the month, not a clock time ("7:30"), an amount ("2,000") or a percentage. */
    static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d:]|,\\d|\\s*(?:%|percent)|-year)";
    static final String ORDINAL = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)\\b";
    static final String NUMBER = "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|a\\s+few|a\\s+couple\\s+of|a|an|several|few)";
    static final String PART = "(?:early|late|mid|(?:the\\s+)?(?:very\\s+)?(?:end|beginning|start|middle)\\s+of)";
    /** A break between a part word and what it modifies: "mid-September", "late May", "the end of July". */
    static final String PART_GAP = "(?:\\s*-\\s*|\\s+)";
    static final String RANGE_SEPARATOR = "(?:-|\u2013|\u2014|to|through|till|until|and|or)";

    /** Cues (see {@link Rule#applies}) of the rules that need a month name, a digit, a weekday or a season. */
    static final List<String> MONTH_CUES = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    static final List<String> DIGIT_CUES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    static final List<String> WEEKDAY_CUES = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    static final List<String> SEASON_CUES = List.of("winter", "spring", "summer", "autumn", "fall");

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
    private static final String MONTH_KEYS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private Lexicon() {
    }

    /** {@code fragment} as the named group {@code name}. */
    static String named(String name, String fragment) {
        return "(?<" + name + ">" + fragment + ")";
    }

    /**
     * What may follow a month or day to fix its year: ", 2019", " of 2019", " last year", " of this year".
     * Both groups are absent when the text gives no year.
     */
    static String yearTail(String year, String relative) {
        return "(?:,?\\s+(?:of\\s+)?" + named(year, YEAR) + "|\\s+(?:of\\s+)?" + named(relative, "this|last|next")
                + "\\s+year\\b)?";
    }

    /** Month number 1-12 of a name or abbreviation: "Sept." is 9. */
    static int month(String word) {
        String key = word.substring(0, 3).toLowerCase(Locale.ROOT);
        return MONTH_KEYS.indexOf(key) / 3 + 1;
    }

    /** Day of the month of "29", "29th", "03". */
    static int day(String word) {
        return Integer.parseInt(word.replaceAll("\\D", ""));
    }

    static DayOfWeek weekday(String word) {
        return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** The count a number word names, empty for vague ones ("a few", "several"). */
    static Optional<Integer> number(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.chars().allMatch(Character::isDigit)) {
            return Optional.of(Integer.parseInt(w));
        }
        return Optional.ofNullable(NUMBERS.get(w));
    }

    /**
     * The part of a period a modifier names: "early" and "the beginning of" are EARLY, "mid" and "the middle of"
     * MID, "late" and "the end of" LATE; empty for anything else ("earlier").
     */
    static Optional<DatePart> part(String modifier) {
        if (modifier == null) {
            return Optional.empty();
        }
        String m = modifier.toLowerCase(Locale.ROOT);
        if (m.startsWith("early") && !m.startsWith("earlier") || m.contains("beginning") || m.contains("start")) {
            return Optional.of(DatePart.EARLY);
        }
        if (m.startsWith("mid") || m.contains("middle")) {
            return Optional.of(DatePart.MID);
        }
        if (m.startsWith("late") && !m.startsWith("later") || m.contains("end")) {
            return Optional.of(DatePart.LATE);
        }
        return Optional.empty();
    }

    /** True for "the beginning of", "the start of" and "the end of": edges that pick a month of a year. */
    static boolean isEdge(String modifier) {
        if (modifier == null) {
            return false;
        }
        String m = modifier.toLowerCase(Locale.ROOT);
        return m.contains("beginning") || m.contains("start") || m.contains("end");
    }
}
