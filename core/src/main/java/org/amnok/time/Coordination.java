package org.amnok.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.amnok.incident.DateValue;
import org.amnok.incident.Span;
import org.amnok.time.Rule.Candidate;

/**
 * Joins two dates of the same grain offered as alternatives into the interval they bound: "today or tomorrow",
 * "May 3 or 4". (Months are joined by their own rule: "August or September".) Dates joined by "and" stay apart:
 * "on May 15 and May 21" are two events.
 *
 * <p>Stateless and thread-safe.
 */
final class Coordination {
    private static final Pattern OR = Pattern.compile("\\s+or\\s+");

    private Coordination() {
    }

    /** {@code mentions} (in text order, none overlapping) with each "X or Y" pair joined. */
    static List<Candidate> join(String text, List<Candidate> mentions) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Candidate a = mentions.get(i);
            Candidate b = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (b != null && alternatives(text, a, b)) {
                String value = Periods.interval(a.value().value(), b.value().value());
                out.add(new Candidate(new Span(a.span().start(), b.span().end()), DateValue.of(value),
                        TimeKind.INTERVAL));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean alternatives(String text, Candidate a, Candidate b) {
        if (a.kind() != TimeKind.DATE || b.kind() != TimeKind.DATE || a.value().isUnknown() || b.value().isUnknown()) {
            return false;
        }
        String first = a.value().value();
        String last = b.value().value();
        // Same ISO shape (both days, both months, both years) compares in time order as text.
        return first.length() == last.length() && !first.contains("/") && !last.contains("/")
                && first.compareTo(last) < 0
                && OR.matcher(text.substring(a.span().end(), b.span().start())).matches();
    }
}
