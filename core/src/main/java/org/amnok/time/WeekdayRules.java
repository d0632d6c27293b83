package org.amnok.time;

import static org.amnok.time.Lexicon.WEEKDAY;
import static org.amnok.time.Lexicon.named;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.amnok.incident.DateValue;

/**
 * Days of the week, told relative to the publication date: "on Tuesday" and "early on Thursday" are the most
 * recent such day on or before publication, "last Saturday" the most recent strictly before it, "next Monday" the
 * first after it; and weekends ("last weekend", "over the weekend").
 *
 * <p>Stateless and thread-safe.
 */
final class WeekdayRules {

    private WeekdayRules() {
    }

    static List<Rule> rules() {
        return List.of(weekday().when(Lexicon.WEEKDAY_CUES), weekend().when(List.of("weekend")));
    }

    private static Rule weekday() {
        return Rule.of("weekday", TimeKind.DATE, "(?:\\b" + named("sel", "last|this|next|this\\s+past") + "\\s+)?"
                + named("wd", WEEKDAY) + "(?:\\s+(?:morning|afternoon|evening|night))?",
                (m, d) -> RelativeRules.resolved(d, p -> DateValue.of(Periods.day(
                        day(m.word("sel"), Lexicon.weekday(m.group("wd")), p)))));
    }

    private static Rule weekend() {
        return Rule.of("weekend", TimeKind.DATE, "\\b" + named("sel", "last|this|next|this\\s+past|the")
                + "\\s+weekend\\b", (m, d) -> RelativeRules.resolved(d, p -> {
                    LocalDate saturday = weekendSaturday(m.word("sel"), p);
                    return DateValue.of(Periods.interval(Periods.day(saturday), Periods.day(saturday.plusDays(1))));
                }));
    }

    private static LocalDate day(String selector, DayOfWeek day, LocalDate published) {
        if ("last".equals(selector) || "this past".equals(selector)) {
            return published.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
        }
        if ("next".equals(selector)) {
            return published.with(TemporalAdjusters.next(day));
        }
        return Periods.weekdayOnOrBefore(day, published);
    }

    /** Saturday of the weekend meant: the coming one for "this" and "next", else the last one begun. */
    private static LocalDate weekendSaturday(String selector, LocalDate published) {
        if ("next".equals(selector) || "this".equals(selector) && published.getDayOfWeek() != DayOfWeek.SUNDAY) {
            return published.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        }
        return published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    }
}
