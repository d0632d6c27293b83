package org.amnok.time;

import java.time.LocalDate;
import java.util.Objects;
import org.amnok.incident.DateValue;
import org.amnok.incident.Span;

/**
 * One time expression found in a sentence.
 *
 * <p>Immutable.
 *
 * @param span document offsets of the expression; never null. A bare preposition is left out ("on May 29" spans
 *     "May 29") but words that shape the meaning stay in: "since January", "between April and May", "at the time"
 * @param value the resolved date in the spec's notation ("2019-05-29", "2019-07/2019-08", "2020-WI"), or
 *     {@link DateValue#UNKNOWN} when it cannot be resolved (no publication date, no anchor, "a few days ago");
 *     never null
 * @param kind how the expression relates to events; never null
 */
public record TimeMention(Span span, DateValue value, TimeKind kind) {

    public TimeMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value: pass DateValue.UNKNOWN for an unresolved mention");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The value as an interval running to {@code until} for a SINCE mention ("since January" in a report of
     * 2024-05-08 gives "2024-01/2024-05-08", the way gold aggregates over an open period are written); the value
     * unchanged for any other kind, or when unresolved.
     *
     * @param until the day the open period is told up to, usually the publication date; null leaves the value as is
     */
    public DateValue through(LocalDate until) {
        return kind != TimeKind.SINCE || until == null ? value : value.through(until);
    }

    /** The expression's text, sliced from the document it was found in. */
    public String text(String documentText) {
        return span.slice(documentText);
    }
}
