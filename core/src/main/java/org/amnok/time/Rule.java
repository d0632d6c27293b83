package org.amnok.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amnok.incident.DateValue;
import org.amnok.incident.Span;

/**
 * One way of writing a time expression: a case-insensitive pattern and the resolver that turns a match into a
 * value.
 *
 * <p>Immutable and thread-safe: every call makes its own {@link Matcher}.
 *
 * @param name a stable name for messages and tests ("month-day")
 * @param pattern what the expression looks like
 * @param kind the kind of every mention this rule finds
 * @param resolver the value of a match, or empty when the match is not a time expression after all
 * @param cues lower-case strings one of which every match contains; a sentence with none skips the rule (the
 *     patterns are costly to run on every sentence); empty means always run
 */
record Rule(String name, Pattern pattern, TimeKind kind, Resolver resolver, List<String> cues) {

    Rule {
        cues = List.copyOf(cues);
    }

    /** Turns a match into a value: empty rejects the match, {@link DateValue#UNKNOWN} keeps it unresolved. */
    @FunctionalInterface
    interface Resolver {
        Optional<DateValue> resolve(Match match, Discourse discourse);
    }

    static Rule of(String name, TimeKind kind, String regex, Resolver resolver) {
        return new Rule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), kind, resolver, List.of());
    }

    /** This rule, run only on sentences that contain one of {@code required} (lower case). */
    Rule when(List<String> required) {
        return new Rule(name, pattern, kind, resolver, required);
    }

    /** True when {@code lowered}, a sentence in lower case, may hold a match. */
    boolean applies(String lowered) {
        return cues.isEmpty() || cues.stream().anyMatch(lowered::contains);
    }

    /** Every accepted match inside {@code region} of {@code text}, in text order. */
    List<Candidate> candidates(String text, Span region, Discourse discourse) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true);
        m.region(region.start(), region.end());
        Match match = new Match(m, text, region);
        List<Candidate> out = new ArrayList<>();
        while (m.find()) {
            Optional<DateValue> value = m.end() > m.start() ? resolver.resolve(match, discourse) : Optional.empty();
            if (value.isPresent()) {
                out.add(new Candidate(new Span(m.start(), m.end()), value.get(), kind));
            } else if (m.start() + 1 < region.end()) {
                // A rejected match may hide a shorter one that starts inside it: look again one character on.
                m.region(m.start() + 1, region.end());
            } else {
                break;
            }
        }
        return out;
    }

    /** A match a rule accepted, before the sentence decides between overlapping ones. */
    record Candidate(Span span, DateValue value, TimeKind kind) {
    }
}
