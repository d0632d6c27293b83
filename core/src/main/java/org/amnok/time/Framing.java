package org.amnok.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amnok.incident.DateValue;
import org.amnok.incident.Span;
import org.amnok.time.Rule.Candidate;

/**
 * What the words around a date make of it: "since", "so far" and a lone "from" open a period (SINCE, span widened
 * to take them in); a verb of saying makes it the date of a statement (SPEECH).
 *
 * <p>Stateless and thread-safe.
 */
final class Framing {
    private static final Pattern OPENER = Pattern.compile("(?i)\\b(?:since|so\\s+far|from|starting(?:\\s+(?:in|from"
            + "|on))?|beginning\\s+(?:in|on))\\s+(?:(?:the\\s+)?(?:very\\s+)?(?:beginning|start)\\s+of\\s+)?$");
    private static final Pattern EDGE = Pattern.compile("(?i)\\b(?:beginning|start)\\s+of\\b");

    private Framing() {
    }

    /** The mention {@code candidate} makes in {@code sentence} of {@code text}. */
    static TimeMention frame(String text, Span sentence, Candidate candidate) {
        Candidate c = opened(text, sentence, candidate);
        boolean speech = c.kind() != TimeKind.SINCE && Speech.governs(text, sentence, c.span());
        return new TimeMention(c.span(), c.value(), speech ? TimeKind.SPEECH : c.kind());
    }

    private static Candidate opened(String text, Span sentence, Candidate c) {
        if (c.kind() == TimeKind.INTERVAL || c.kind() == TimeKind.SINCE) {
            return c;
        }
        Matcher m = OPENER.matcher(text).region(sentence.start(), c.span().start()).useTransparentBounds(true);
        if (!m.find()) {
            return c;
        }
        Span span = new Span(m.start(), c.span().end());
        // "since the start of November" opens November itself; its "start" is no part of the value.
        DateValue value = EDGE.matcher(span.slice(text)).find() ? DateValue.of(c.value().value()) : c.value();
        return new Candidate(span, value, TimeKind.SINCE);
    }
}
