package org.amnok.time;

import static org.amnok.time.Lexicon.DAY;
import static org.amnok.time.Lexicon.MONTH;
import static org.amnok.time.Lexicon.ORDINAL;
import static org.amnok.time.Lexicon.PART;
import static org.amnok.time.Lexicon.PART_GAP;
import static org.amnok.time.Lexicon.RANGE_SEPARATOR;
import static org.amnok.time.Lexicon.YEAR;
import static org.amnok.time.Lexicon.named;
import static org.amnok.time.Lexicon.yearTail;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amnok.incident.DatePart;
import org.amnok.incident.DateValue;

/**
 * Dates the calendar names: days ("May 29", "the 29th of last month", "June 21, 2013"), day ranges ("March
 * 25-28"), months ("in April", "last November", "in late November 2022"), month ranges ("July and August"),
 * years ("in 2022", "early 2020", "the 1950-53 Korean War") and decades.
 *
 * <p>Stateless and thread-safe.
 */
final class CalendarRules {
    /** Words after which a bare month or year is a date: "in April", "since 2019", "between May and June". */
    private static final Pattern TRIGGER = Pattern.compile("(?i)(?:\\b(?:in|on|since|of|until|till|by|from|during"
            + "|through|throughout|before|after|around|between|and|or|to|as\\s+(?:recently|early|late)\\s+as"
            + "|as\\s+of)|\\()\\s*$");
    private static final Pattern YEAR_TRIGGER = Pattern.compile("(?i)(?:\\b(?:in|since|of|from|during|by|until"
            + "|till|through|throughout|to|before|after|around|between|and|or|the|year|summer|winter|spring|autumn"
            + "|fall|as\\s+(?:recently|early|late)\\s+as|as\\s+of)|\\()\\s*$");
    /** A number that counts something is no year: "of 2000 people". */
    private static final Pattern COUNTED = Pattern.compile("(?i)^\\s+(?:[a-z-]+\\s+)?(?:people|persons|men|women"
            + "|children|defectors|refugees|escapees|north\\s+koreans|koreans|soldiers|workers|troops|yuan|won"
            + "|dollars|km|kilometers|kilometres|meters|metres|miles|tons|households|families|cases|times"
            + "|members|residents|units|pages)\\b");
    /** "May Day" is a holiday's name, not the month. */
    private static final Pattern NAMED_DAY = Pattern.compile("^\\s+Day\\b");
    private static final Pattern ORDINAL_TRIGGER = Pattern.compile("(?i)\\b(?:on|by|until|till|since|from|before"
            + "|after|and|or)\\s+$");
    /** What may follow a bare "the 8th" that is a day: not "the 8th Corps" or "the 5th floor". */
    private static final Pattern ORDINAL_FOLLOWER = Pattern.compile("(?i)^(?:\\s*$|\\s*[,.;:!?)\"'\u201d\u2019]"
            + "|\\s+(?:of|at|and|or|when|as|that|in|to|through|until|after|before|but|while|because|morning"
            + "|afternoon|evening|night|with|via|for|from|by)\\b)");

    private CalendarRules() {
    }

    static List<Rule> rules() {
        List<Rule> months = List.of(dayRange(), monthDay(), dayMonth(), monthRange(), month());
        List<Rule> numbers = List.of(isoDay(), ordinalDay(), yearRange(), yearPart(), year(), decade());
        return Stream.concat(months.stream().map(r -> r.when(Lexicon.MONTH_CUES)),
                numbers.stream().map(r -> r.when(Lexicon.DIGIT_CUES))).toList();
    }

    private static Rule isoDay() {
        return Rule.of("iso-day", TimeKind.DATE, "\\b" + named("y", "(?:1[89]|20)\\d\\d") + "-"
                + named("mo", "0[1-9]|1[0-2]") + "-" + named("d", "0[1-9]|[12]\\d|3[01]") + "\\b",
                (m, d) -> Optional.of(Periods.dayOf(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mo")),
                        Integer.parseInt(m.group("d"))).map(CalendarRules::dayValue).orElse(DateValue.UNKNOWN)));
    }

    private static Rule dayRange() {
        return Rule.of("month-day-range", TimeKind.INTERVAL, "(?:" + named("pre", "from|between") + "\\s+)?"
                + named("m", MONTH) + "\\s+" + named("d1", DAY) + "\\s*" + named("sep", RANGE_SEPARATOR)
                + "\\s*(?:" + named("m2", MONTH) + "\\s+)?" + named("d2", DAY) + yearTail("y", "rel"),
                CalendarRules::dayRangeValue);
    }

    private static Rule monthDay() {
        return Rule.of("month-day", TimeKind.DATE, "(?:" + Lexicon.WEEKDAY + ",?\\s+)?" + named("m", MONTH)
                + "\\s+" + named("d", DAY) + yearTail("y", "rel"), CalendarRules::monthDayValue);
    }

    private static Rule dayMonth() {
        return Rule.of("day-month", TimeKind.DATE, "(?<![\\d,.]\\s?)\\b" + named("d", DAY) + "\\s+(?:of\\s+)?"
                + named("m", MONTH) + yearTail("y", "rel"), CalendarRules::monthDayValue);
    }

    private static Rule ordinalDay() {
        return Rule.of("ordinal-day", TimeKind.DATE, "\\bthe\\s+" + named("d", ORDINAL) + "(?:\\s+of\\s+(?:"
                + named("sel", "this|last|next|the\\s+same|that") + "\\s+month|" + named("m", MONTH)
                + yearTail("y", "rel") + "))?", CalendarRules::ordinalDayValue);
    }

    private static Rule monthRange() {
        return Rule.of("month-range", TimeKind.INTERVAL, "(?:" + named("pre", "from|between") + "\\s+)?(?:" + PART
                + PART_GAP + ")?" + named("m1", MONTH) + "(?:,?\\s+" + named("y1", YEAR) + ")?\\s*"
                + named("sep", RANGE_SEPARATOR) + "\\s*(?:" + PART + PART_GAP + ")?" + named("m2", MONTH)
                + yearTail("y", "rel"), CalendarRules::monthRangeValue);
    }

    private static Rule month() {
        return Rule.of("month", TimeKind.DATE, "(?:" + named("part", PART) + PART_GAP + ")?(?:"
                + named("sel", "last|this|next|this\\s+past") + "\\s+)?" + named("m", MONTH) + yearTail("y", "rel"),
                CalendarRules::monthValue);
    }

    private static Rule yearRange() {
        return Rule.of("year-range", TimeKind.DATE, "(?:" + named("pre", "from|between") + "\\s+)?(?<![\\d$\u00a3"
                + "\u20ac,.])" + named("y1", "(?:1[89]|20)\\d\\d") + "\\s*" + named("sep", RANGE_SEPARATOR)
                + "\\s*" + named("y2", "(?:1[89]|20)\\d\\d|\\d\\d") + "(?![\\d%]|,\\d|s\\b)",
                CalendarRules::yearRangeValue);
    }

    private static Rule yearPart() {
        return Rule.of("year-part", TimeKind.DATE, named("part", PART) + PART_GAP + named("y", YEAR),
                (m, d) -> Optional.of(new DateValue(m.group("y"), Lexicon.part(m.group("part")).orElse(null))));
    }

    private static Rule year() {
        return Rule.of("year", TimeKind.DATE, named("y", YEAR), (m, d) ->
                m.precededBy(YEAR_TRIGGER) && !m.followedBy(COUNTED)
                        ? Optional.of(DateValue.of(m.group("y"))) : Optional.empty());
    }

    private static Rule decade() {
        return Rule.of("decade", TimeKind.DATE, "(?:\\bthe\\s+)?(?:" + named("part", "early|mid|late") + PART_GAP
                + ")?(?<![\\d$])" + named("dec", "(?:1[89]|20)\\d0") + "s\\b", (m, d) -> {
                    int first = Integer.parseInt(m.group("dec"));
                    String value = Periods.interval(Periods.year(first), Periods.year(first + 9));
                    return Optional.of(new DateValue(value, Lexicon.part(m.group("part")).orElse(null)));
                });
    }

    private static Optional<DateValue> monthDayValue(Match m, Discourse d) {
        int month = Lexicon.month(m.group("m"));
        return Optional.of(dayIn(month, Lexicon.day(m.group("d")), m, d).map(CalendarRules::dayValue)
                .orElse(DateValue.UNKNOWN));
    }

    private static Optional<DateValue> dayRangeValue(Match m, Discourse d) {
        if ("and".equals(m.word("sep")) && !"between".equals(m.word("pre"))) {
            return Optional.empty(); // "on May 15 and May 21" are two days, each its own mention
        }
        int firstMonth = Lexicon.month(m.group("m"));
        int lastMonth = m.has("m2") ? Lexicon.month(m.group("m2")) : firstMonth;
        Optional<LocalDate> last = dayIn(lastMonth, Lexicon.day(m.group("d2")), m, d);
        Optional<LocalDate> first = last.flatMap(l -> Periods.dayOf(l.getYear(), firstMonth,
                Lexicon.day(m.group("d1"))).map(f -> f.isAfter(l) ? f.minusYears(1) : f));
        if (first.isEmpty()) {
            return Optional.of(DateValue.UNKNOWN);
        }
        return Optional.of(DateValue.of(Periods.interval(Periods.day(first.get()), Periods.day(last.get()))));
    }

    private static Optional<DateValue> ordinalDayValue(Match m, Discourse d) {
        int day = Lexicon.day(m.group("d"));
        if (m.has("m")) {
            return Optional.of(dayIn(Lexicon.month(m.group("m")), day, m, d).map(CalendarRules::dayValue)
                    .orElse(DateValue.UNKNOWN));
        }
        if (!m.has("sel") && !(m.precededBy(ORDINAL_TRIGGER) && m.followedBy(ORDINAL_FOLLOWER))) {
            return Optional.empty();
        }
        Optional<YearMonth> month = m.has("sel") ? namedMonth(m.word("sel"), d) : d.today().map(p ->
                day <= p.getDayOfMonth() ? YearMonth.from(p) : YearMonth.from(p).minusMonths(1));
        return Optional.of(month.flatMap(ym -> Periods.dayOf(ym.getYear(), ym.getMonthValue(), day))
                .map(CalendarRules::dayValue).orElse(DateValue.UNKNOWN));
    }

    /** The month of "this month", "last month", "next month", "the same month". */
    private static Optional<YearMonth> namedMonth(String selector, Discourse d) {
        return switch (selector) {
            case "last" -> d.today().map(p -> YearMonth.from(p).minusMonths(1));
            case "next" -> d.today().map(p -> YearMonth.from(p).plusMonths(1));
            case "this" -> d.today().map(YearMonth::from);
            default -> d.anchorMonth();
        };
    }

    private static Optional<DateValue> monthRangeValue(Match m, Discourse d) {
        int first = Lexicon.month(m.group("m1"));
        int last = Lexicon.month(m.group("m2"));
        Optional<YearMonth> end = tailYear(m, d).map(y -> YearMonth.of(y, last));
        if (end.isEmpty() && m.has("y1")) {
            int y1 = Integer.parseInt(m.group("y1"));
            end = Optional.of(YearMonth.of(last >= first ? y1 : y1 + 1, last));
        } else if (end.isEmpty() && !m.has("rel")) {
            end = d.today().map(p -> Periods.onOrBefore(last, p));
        }
        Optional<YearMonth> start = m.has("y1") ? Optional.of(YearMonth.of(Integer.parseInt(m.group("y1")), first))
                : end.map(e -> YearMonth.of(first <= last ? e.getYear() : e.getYear() - 1, first));
        if (start.isEmpty() || start.get().isAfter(end.get())) {
            return start.isEmpty() ? Optional.of(DateValue.UNKNOWN) : Optional.empty();
        }
        return Optional.of(DateValue.of(Periods.interval(Periods.month(start.get()), Periods.month(end.get()))));
    }

    private static Optional<DateValue> monthValue(Match m, Discourse d) {
        boolean modified = m.has("part") || m.has("sel") || m.has("y") || m.has("rel");
        if (!modified && !m.precededBy(TRIGGER) || m.followedBy(NAMED_DAY)) {
            return Optional.empty();
        }
        int month = Lexicon.month(m.group("m"));
        Optional<YearMonth> ym = tailYear(m, d).map(y -> YearMonth.of(y, month));
        if (ym.isEmpty() && !m.has("rel")) {
            ym = d.today().map(p -> selectedMonth(m.word("sel"), month, p));
        }
        return Optional.of(ym.map(v -> new DateValue(Periods.month(v), Lexicon.part(m.group("part")).orElse(null)))
                .orElse(DateValue.UNKNOWN));
    }

    private static YearMonth selectedMonth(String selector, int month, LocalDate published) {
        if (selector == null) {
            return Periods.onOrBefore(month, published);
        }
        return switch (selector) {
            case "last", "this past" -> Periods.before(month, published);
            case "next" -> Periods.after(month, published);
            default -> YearMonth.of(published.getYear(), month);
        };
    }

    private static Optional<DateValue> yearRangeValue(Match m, Discourse d) {
        int first = Integer.parseInt(m.group("y1"));
        String y2 = m.group("y2");
        int last = y2.length() == 2 ? first / 100 * 100 + Integer.parseInt(y2) : Integer.parseInt(y2);
        if (last <= first || m.followedBy(COUNTED)) {
            return Optional.empty();
        }
        return Optional.of(DateValue.of(Periods.interval(Periods.year(first), Periods.year(last))));
    }

    /**
     * A relative year with its modifier: "early last year" is the year, EARLY; but "the beginning of last year" is
     * its January and "the end of this year" its December, as the corpus writes them. (A year the text names keeps
     * the part instead: "the start of 2020" is 2020, EARLY.)
     */
    static DateValue yearWithPart(int year, String modifier) {
        if (Lexicon.isEdge(modifier)) {
            int month = Lexicon.part(modifier).orElse(null) == DatePart.LATE ? 12 : 1;
            return DateValue.of(Periods.month(YearMonth.of(year, month)));
        }
        return new DateValue(Periods.year(year), Lexicon.part(modifier).orElse(null));
    }

    /** The day, its year from the match's tail ("2019", "last year") or else nearest the publication date. */
    private static Optional<LocalDate> dayIn(int month, int day, Match m, Discourse d) {
        Optional<Integer> year = tailYear(m, d);
        if (year.isPresent() || m.has("rel")) {
            return year.flatMap(y -> Periods.dayOf(y, month, day));
        }
        return d.today().flatMap(p -> Periods.nearDay(month, day, p));
    }

    /** The year the match's tail names: group "y" literally, group "rel" (this/last/next year) from publication. */
    private static Optional<Integer> tailYear(Match m, Discourse d) {
        if (m.has("y")) {
            return Optional.of(Integer.parseInt(m.group("y")));
        }
        return m.has("rel") ? d.today().map(p -> p.getYear() + shift(m.word("rel"))) : Optional.empty();
    }

    /** -1 for "last", +1 for "next", 0 otherwise. */
    static int shift(String selector) {
        return "last".equals(selector) ? -1 : "next".equals(selector) ? 1 : 0;
    }

    private static DateValue dayValue(LocalDate day) {
        return DateValue.of(Periods.day(day));
    }
}
