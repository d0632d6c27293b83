package org.amnok.time;

import static org.amnok.time.Lexicon.NUMBER;
import static org.amnok.time.Lexicon.named;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.amnok.incident.DateValue;

/**
 * Dates told relative to the event the discourse is about (the anchor): "the same day" is the anchor itself, "the
 * following day" the anchor plus one day (only when the anchor is a full date), "that month", "the following
 * year". "A year before that" stays unresolved: "that" may not be the anchor.
 *
 * <p>Stateless and thread-safe. Without an anchor every mention here stays unresolved.
 */
final class AnaphoricRules {
    private static final String DAYTIME = "(?:day|night|morning|afternoon|evening)";

    private AnaphoricRules() {
    }

    /** Every anaphoric expression holds one of these words. */
    private static final List<String> CUES = List.of("same", "that", "this", "following", "next", "previous",
            "preceding", "after", "before", "later", "earlier", "time");

    static List<Rule> rules() {
        return all().stream().map(r -> r.when(CUES)).toList();
    }

    private static List<Rule> all() {
        return List.of(
                rule("same-day", "the\\s+same\\s+" + DAYTIME + "|that\\s+(?:same\\s+)?" + DAYTIME
                        + "|(?:later|earlier)\\s+(?:that|the\\s+same)\\s+" + DAYTIME
                        + "|at\\s+(?:the|that)\\s+(?:same\\s+)?time(?!\\s+of\\b)", Discourse::anchorValue),
                rule("next-day", "the\\s+(?:following|next)\\s+" + DAYTIME + "|the\\s+day\\s+after(?!\\s+tomorrow)"
                        + "|the\\s+morning\\s+after", d -> day(d, 1)),
                rule("previous-day", "the\\s+(?:previous|preceding)\\s+" + DAYTIME
                        + "|the\\s+(?:day|night)\\s+before(?!\\s+yesterday)", d -> day(d, -1)),
                rule("same-month", "(?:the\\s+same|that)\\s+month|(?:later|earlier)\\s+(?:that|the\\s+same)\\s+month",
                        d -> month(d, 0)),
                rule("next-month", "the\\s+(?:following|next)\\s+month", d -> month(d, 1)),
                rule("previous-month", "the\\s+(?:previous|preceding)\\s+month", d -> month(d, -1)),
                rule("same-year", "(?:the\\s+same|that)\\s+year|(?:later|earlier)\\s+(?:that|the\\s+same)\\s+year",
                        d -> year(d, 0)),
                rule("next-year", "the\\s+(?:following|next)\\s+year", d -> year(d, 1)),
                rule("previous-year", "the\\s+(?:previous|preceding)\\s+year", d -> year(d, -1)),
                rule("next-week", "the\\s+(?:following|next)\\s+week", d -> week(d, 1)),
                rule("previous-week", "the\\s+(?:previous|preceding)\\s+week", d -> week(d, -1)),
                counted(),
                Rule.of("before-that", TimeKind.ANAPHORIC, "\\b" + NUMBER + "\\s+(?:days?|weeks?|months?|years?)"
                        + "\\s+(?:before|after|earlier|later)\\s+(?:that|this)\\b",
                        (m, d) -> Optional.of(DateValue.UNKNOWN)));
    }

    private static Rule rule(String name, String regex, Function<Discourse, Optional<DateValue>> value) {
        return Rule.of(name, TimeKind.ANAPHORIC, "\\b(?:" + regex + ")\\b",
                (m, d) -> Optional.of(value.apply(d).orElse(DateValue.UNKNOWN)));
    }

    /** "two days later", "a week earlier", "a year later": shifted from the anchor. */
    private static Rule counted() {
        return Rule.of("counted-shift", TimeKind.ANAPHORIC, "\\b" + named("n", NUMBER) + "\\s+"
                + named("unit", "days?|weeks?|months?|years?") + "\\s+" + named("dir", "later|earlier"), (m, d) -> {
                    Optional<Integer> n = Lexicon.number(m.group("n"));
                    int sign = "later".equals(m.word("dir")) ? 1 : -1;
                    // With no event to count from, "ten days earlier" counts back from publication, like "ago".
                    Discourse from = d.anchorValue().isEmpty() && sign < 0 && d.published() != null
                            ? new Discourse(d.published(), DateValue.of(Periods.day(d.published()))) : d;
                    Optional<DateValue> value = n.flatMap(k -> switch (m.word("unit").charAt(0)) {
                        case 'd' -> day(from, sign * k);
                        case 'w' -> week(from, sign * k);
                        case 'm' -> month(from, sign * k);
                        default -> year(from, sign * k);
                    });
                    return Optional.of(value.orElse(DateValue.UNKNOWN));
                });
    }

    private static Optional<DateValue> day(Discourse d, int shift) {
        return d.anchorDay().map(a -> DateValue.of(Periods.day(a.plusDays(shift))));
    }

    private static Optional<DateValue> week(Discourse d, int shift) {
        return d.anchorDay().map((LocalDate a) -> DateValue.of(Periods.week(a.plusWeeks(shift))));
    }

    private static Optional<DateValue> month(Discourse d, int shift) {
        return d.anchorMonth().map(a -> DateValue.of(Periods.month(a.plusMonths(shift))));
    }

    private static Optional<DateValue> year(Discourse d, int shift) {
        return d.anchorYear().map(a -> DateValue.of(Periods.year(a + shift)));
    }
}
