package org.amnok.time;

import static org.amnok.time.Lexicon.PART_GAP;
import static org.amnok.time.Lexicon.YEAR;
import static org.amnok.time.Lexicon.named;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.amnok.incident.DateValue;

/**
 * Seasons, as TimeML values: "last winter" in an April 2021 report is "2020-WI" (the winter that began in December
 * 2020), "this spring" the spring nearest publication, "in the summer" the latest summer begun by publication,
 * "the winter of 2019" and "spring last year" as the text says.
 *
 * <p>Stateless and thread-safe.
 */
final class SeasonRules {
    private static final Pattern TRIGGER = Pattern.compile("(?i)\\b(?:in|during|since|until|till|by|through"
            + "|throughout|over|from|before|after|of|up\\s+to)\\s+$");
    /** "the fall of the regime", "the spring of a river": a season word owned by something else. */
    private static final Pattern OWNED = Pattern.compile("(?i)^\\s+of\\b");

    private SeasonRules() {
    }

    static List<Rule> rules() {
        return List.of(Rule.of("season", TimeKind.DATE, "\\b(?:" + named("part", "early|late|mid") + PART_GAP
                + ")?(?:" + named("sel", "last|this|next|this\\s+past|the") + "\\s+)?(?:"
                + named("part2", "early|late|mid") + PART_GAP + ")?" + named("s", "winter|spring|summer|autumn|fall")
                + "(?:,?\\s+(?:of\\s+)?" + named("y", YEAR) + "|\\s+(?:of\\s+)?" + named("rel", "this|last|next")
                + "\\s+year)?\\b", SeasonRules::value).when(Lexicon.SEASON_CUES));
    }

    private static Optional<DateValue> value(Match m, Discourse d) {
        String sel = m.word("sel");
        boolean fixed = m.has("y") || m.has("rel") || sel != null && !"the".equals(sel);
        if (!fixed && !m.precededBy(TRIGGER) || m.followedBy(OWNED)) {
            return Optional.empty();
        }
        Season season = Season.named(m.group("s"));
        Optional<Integer> year = m.has("y") ? Optional.of(Integer.parseInt(m.group("y")))
                : d.today().map(p -> m.has("rel") ? p.getYear() + CalendarRules.shift(m.word("rel"))
                        : year(season, sel, p));
        String part = m.has("part") ? m.group("part") : m.group("part2");
        return Optional.of(year.map(y -> new DateValue(season.value(y), Lexicon.part(part).orElse(null)))
                .orElse(DateValue.UNKNOWN));
    }

    /** The year (of its first month) of the season a selector picks, seen from {@code published}. */
    private static int year(Season season, String selector, LocalDate published) {
        int y = published.getYear();
        if (selector == null || "the".equals(selector)) {
            return season.first(y).isAfter(published) ? y - 1 : y;
        }
        return switch (selector) {
            case "last", "this past" -> lastEnded(season, published);
            case "next" -> season.first(y).isAfter(published) ? y : y + 1;
            default -> nearest(season, published);
        };
    }

    /** The latest instance of {@code season} over by {@code published}: "last winter". */
    private static int lastEnded(Season season, LocalDate published) {
        int y = published.getYear();
        while (!season.last(y).isBefore(published)) {
            y--;
        }
        return y;
    }

    /** The instance of {@code season} closest to {@code published}: "this spring", "this winter". */
    private static int nearest(Season season, LocalDate published) {
        int best = published.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = published.getYear() - 1; y <= published.getYear(); y++) {
            long distance = distance(season.first(y), season.last(y), published);
            if (distance < bestDistance) {
                best = y;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static long distance(LocalDate first, LocalDate last, LocalDate day) {
        if (day.isBefore(first)) {
            return ChronoUnit.DAYS.between(day, first);
        }
        return day.isAfter(last) ? ChronoUnit.DAYS.between(last, day) : 0;
    }
}
