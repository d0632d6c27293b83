package org.amnok.time;

import static org.amnok.time.Lexicon.NUMBER;
import static org.amnok.time.Lexicon.PART;
import static org.amnok.time.Lexicon.PART_GAP;
import static org.amnok.time.Lexicon.YEAR;
import static org.amnok.time.Lexicon.named;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.amnok.incident.DateValue;

/**
 * Dates told relative to the publication date: "today", "yesterday", "last week", "early this month", "earlier
 * last month", "the beginning of last year", "two years ago", "over the past two months", "the first half of 2020",
 * and the openings "since the beginning of last year" (SINCE the year) and "since November began".
 *
 * <p>Stateless and thread-safe. Without a publication date every mention here stays unresolved.
 */
final class RelativeRules {
    private static final String UNIT = "(?:days?|weeks?|months?|years?)";

    private RelativeRules() {
    }

    static List<Rule> rules() {
        return List.of(deictic().when(List.of("today", "tonight", "yesterday", "tomorrow", "this ")),
                unit().when(List.of("week", "month", "year")), ago().when(List.of("ago")),
                past().when(List.of("past", "last")), half().when(List.of("half")),
                sinceYearStart().when(List.of("since")), sinceMonthStart().when(List.of("since")));
    }

    private static Rule deictic() {
        return Rule.of("deictic", TimeKind.DATE, "\\b" + named("w", "the\\s+day\\s+before\\s+yesterday|today"
                + "|tonight|yesterday|tomorrow|this\\s+(?:morning|afternoon|evening)") + "\\b",
                (m, d) -> resolved(d, p -> DateValue.of(Periods.day(p.plusDays(dayShift(m.word("w")))))));
    }

    private static Rule unit() {
        return Rule.of("relative-unit", TimeKind.DATE, "\\b(?:" + named("mod", PART + "|earlier|later")
                + "(?:" + PART_GAP + "|\\s+in\\s+))?" + named("sel", "last|this|next|the\\s+current|the") + "\\s+"
                + named("unit", "week|month|year") + "\\b(?!-)", RelativeRules::unitValue);
    }

    private static Rule ago() {
        return Rule.of("ago", TimeKind.DATE, "\\b" + named("n", NUMBER) + "\\s+" + named("unit", UNIT)
                + "\\s+ago\\b", (m, d) -> counted(m, d, (p, n) -> agoValue(m.word("unit"), n, p)));
    }

    private static Rule past() {
        return Rule.of("past", TimeKind.INTERVAL, "\\bthe\\s+(?:past|last)\\s+(?:" + named("n", NUMBER)
                + "\\s+)?" + named("unit", UNIT) + "\\b", (m, d) -> counted(m, d, (p, n) ->
                        pastValue(m.word("unit"), n, p)));
    }

    private static Rule half() {
        return Rule.of("half-year", TimeKind.DATE, "\\b(?:the\\s+)?" + named("h", "first|second|latter")
                + "\\s+half\\s+of\\s+(?:" + named("sel", "last|this|next") + "\\s+year|the\\s+year|"
                + named("y", YEAR) + ")", (m, d) -> {
                    Optional<Integer> year = m.has("y") ? Optional.of(Integer.parseInt(m.group("y")))
                            : d.today().map(p -> p.getYear() + CalendarRules.shift(m.word("sel")));
                    int first = "first".equals(m.word("h")) ? 1 : 7;
                    return Optional.of(year.map(y -> DateValue.of(Periods.interval(Periods.month(YearMonth.of(y,
                            first)), Periods.month(YearMonth.of(y, first + 5))))).orElse(DateValue.UNKNOWN));
                });
    }

    private static Rule sinceYearStart() {
        return Rule.of("since-year-start", TimeKind.SINCE, "\\bsince\\s+the\\s+(?:very\\s+)?(?:beginning|start)"
                + "\\s+of\\s+(?:" + named("sel", "last|this|next") + "\\s+year|the\\s+year|" + named("y", YEAR) + ")",
                (m, d) -> m.has("y") ? Optional.of(DateValue.of(m.group("y"))) : resolved(d, p ->
                        DateValue.of(Periods.year(p.getYear() + CalendarRules.shift(m.word("sel"))))));
    }

    private static Rule sinceMonthStart() {
        return Rule.of("since-month-start", TimeKind.SINCE, "\\bsince\\s+(?:the\\s+(?:very\\s+)?(?:beginning|start)"
                + "\\s+of\\s+" + named("sel", "last|this") + "\\s+month|the\\s+(?:beginning|start)\\s+of\\s+the"
                + "\\s+month|" + named("m", Lexicon.MONTH) + "\\s+(?:began|started|begun))\\b", (m, d) -> {
                    if (m.has("m")) {
                        int month = Lexicon.month(m.group("m"));
                        return resolved(d, p -> DateValue.of(Periods.month(Periods.onOrBefore(month, p))));
                    }
                    return resolved(d, p -> DateValue.of(Periods.month(YearMonth.from(p).plusMonths(
                            CalendarRules.shift(m.word("sel"))))));
                });
    }

    private static Optional<DateValue> unitValue(Match m, Discourse d) {
        String mod = m.group("mod");
        if ("the".equals(m.word("sel")) && mod == null) {
            return Optional.empty(); // "the week", "the year": not a date by itself
        }
        int shift = CalendarRules.shift(m.word("sel"));
        return resolved(d, p -> switch (m.word("unit")) {
            case "week" -> new DateValue(Periods.week(p.plusWeeks(shift)), Lexicon.part(mod).orElse(null));
            case "month" -> new DateValue(Periods.month(YearMonth.from(p).plusMonths(shift)),
                    Lexicon.part(mod).orElse(null));
            default -> CalendarRules.yearWithPart(p.getYear() + shift, mod);
        });
    }

    private static DateValue agoValue(String unit, int n, LocalDate published) {
        return DateValue.of(switch (unit.charAt(0)) {
            case 'd' -> Periods.day(published.minusDays(n));
            case 'w' -> Periods.week(published.minusWeeks(n));
            case 'm' -> Periods.month(YearMonth.from(published).minusMonths(n));
            default -> Periods.year(published.getYear() - n);
        });
    }

    /** The last {@code n} units up to and including the publication's own day, month or year. */
    private static DateValue pastValue(String unit, int n, LocalDate published) {
        return DateValue.of(switch (unit.charAt(0)) {
            case 'd' -> Periods.interval(Periods.day(published.minusDays(n)), Periods.day(published));
            case 'w' -> Periods.interval(Periods.day(published.minusWeeks(n)), Periods.day(published));
            case 'm' -> Periods.interval(Periods.month(YearMonth.from(published).minusMonths(n)),
                    Periods.month(YearMonth.from(published)));
            default -> Periods.interval(Periods.year(published.getYear() - n), Periods.year(published.getYear()));
        });
    }

    /** A counted mention: unresolved when vague ("a few days ago") or without a publication date. */
    private static Optional<DateValue> counted(Match m, Discourse d, Counted value) {
        Optional<Integer> n = m.has("n") ? Lexicon.number(m.group("n")) : Optional.of(1);
        return Optional.of(n.flatMap(k -> d.today().map(p -> value.at(p, k))).orElse(DateValue.UNKNOWN));
    }

    @FunctionalInterface
    private interface Counted {
        DateValue at(LocalDate published, int n);
    }

    private static int dayShift(String word) {
        return switch (word) {
            case "the day before yesterday" -> -2;
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
    }

    /** The value computed from the publication date, or a kept but unresolved mention without one. */
    static Optional<DateValue> resolved(Discourse d, Function<LocalDate, DateValue> value) {
        return Optional.of(d.today().map(value).orElse(DateValue.UNKNOWN));
    }
}
