package org.amnok.extract;

import java.util.List;
import org.amnok.incident.IncidentType;

/**
 * One way of saying that an incident happened: a sequence of lemmas, each a set of alternatives, where a
 * {@code ~} element lets up to three other tokens stand between its neighbours ("sent them back").
 *
 * @param type the incident type the words state
 * @param elements lemma alternatives per position, e.g. {@code [[send], [~], [back]]}
 * @param form which part of speech the first word must have
 */
record Cue(IncidentType type, List<List<String>> elements, Form form) {

    /** Which part of speech the head word of a cue must carry. */
    enum Form { VERB, NOUN, ANY }

    Cue {
        elements = elements.stream().map(List::copyOf).toList();
    }

    /** Parses {@code "send ~ back"} or {@code "cross|swim across"} into a cue. */
    static Cue of(IncidentType type, Form form, String pattern) {
        List<List<String>> elements = java.util.Arrays.stream(pattern.trim().split("\\s+"))
                .map(e -> List.of(e.split("\\|")))
                .toList();
        return new Cue(type, elements, form);
    }
}
