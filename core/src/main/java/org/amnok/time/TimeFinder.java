package org.amnok.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.amnok.incident.DateValue;
import org.amnok.incident.Span;
import org.amnok.time.Rule.Candidate;

/**
 * Finds the time expressions of a sentence and resolves them to the spec's date values, against the report's
 * publication date and the date of the event the discourse is about.
 *
 * <p>Stateless and thread-safe: one instance may serve any number of threads. Rule-based: dates the calendar
 * names ("May 29", "in late November 2022"), relative dates ("last week", "early this month"), weekdays, seasons,
 * intervals ("July and August"), openings ("since January") and anaphora ("the same day"); a date governed by a
 * verb of saying is marked {@link TimeKind#SPEECH}. Durations ("three days"), times of day ("7:30 in the evening"),
 * counts, ages and named days ("Party Foundation Day") are not mentions; nor are vague words like "recently".
 */
public final class TimeFinder {
    private static final List<Rule> RULES = Stream.of(CalendarRules.rules(), RelativeRules.rules(),
            WeekdayRules.rules(), SeasonRules.rules(), AnaphoricRules.rules()).flatMap(List::stream).toList();

    private TimeFinder() {
    }

    /** A finder; cheap, since the rules are compiled once per class loader. */
    public static TimeFinder create() {
        return new TimeFinder();
    }

    /**
     * Time expressions in {@code sentence}, in text order, none overlapping another (the longest reading wins).
     *
     * @param text the whole document's text; never null
     * @param sentence document offsets of the sentence to search; never null, within {@code text}
     * @param published the publication date, or null: then only expressions that fix their own year resolve, and
     *     the others get {@link DateValue#UNKNOWN}
     * @param anchor the date of the event the discourse is about, for "the same day"; may be null
     * @return mentions with document offsets; a mention may reach a few characters past the sentence when the
     *     sentence splitter cut a date after an abbreviation ("Aug." | "29")
     * @throws IllegalArgumentException when {@code sentence} reaches past the end of {@code text}
     */
    public List<TimeMention> find(String text, Span sentence, LocalDate published, DateValue anchor) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        if (sentence.end() > text.length()) {
            throw new IllegalArgumentException("sentence " + sentence + " reaches past the text's end at "
                    + text.length() + "; pass offsets of this document");
        }
        Discourse discourse = new Discourse(published, anchor);
        Span region = Region.around(text, sentence);
        String lowered = region.slice(text).toLowerCase(Locale.ROOT);
        List<Candidate> found = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.applies(lowered)) {
                found.addAll(rule.candidates(text, region, discourse));
            }
        }
        return Coordination.join(text, longestFirst(found)).stream().filter(c -> c.span().overlaps(sentence))
                .map(c -> Framing.frame(text, region, c)).toList();
    }

    /** The longest candidates that do not overlap, in text order; between equal spans, the earlier rule wins. */
    private static List<Candidate> longestFirst(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Candidate c) -> -c.span().length())
                .thenComparingInt(c -> c.span().start()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(c.span()))) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(c -> c.span().start()));
        return kept;
    }
}
