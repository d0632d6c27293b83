package org.amnok.people;

import java.util.Objects;
import org.amnok.incident.Group;
import org.amnok.incident.People;
import org.amnok.incident.Span;

/**
 * One mention of a group of people in a sentence, with what it says about how many and who they are.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span document offsets of the whole noun phrase, quantifier and conjoined or included parts too ("two men
 *     and two women", "Seven defectors, including a nine-year-old"); never {@code null}
 * @param head document offsets of the head noun ("defectors"), or of the number, pronoun or name that stands for
 *     one ("the other five", "them", "Ri, 39"); never {@code null}, always inside {@code span}
 * @param people count, sex, minors and ages as stated; {@link People#UNKNOWN} for "they", "the defectors";
 *     never {@code null}
 * @param group the group the head noun and its modifiers suggest ("border guards" SOLDIERS), or {@code null}
 * @param nationality from the modifiers ("Chinese guides"), or NORTH_KOREAN for an unmodified defector, escapee or
 *     refugee; never {@code null}
 * @param definite the mention points back to people named before ("the five", "All 12", "the group", "the pair",
 *     "the remaining nine", "they", "nine of them"): the caller resolves it, keeping any count stated here
 */
public record PeopleMention(Span span, Span head, People people, Group group, Nationality nationality,
                            boolean definite) {

    public PeopleMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(nationality, "nationality");
        if (!span.contains(head)) {
            throw new IllegalArgumentException("head " + head + " lies outside span " + span
                    + "; a mention's head must be one of its words");
        }
    }
}
