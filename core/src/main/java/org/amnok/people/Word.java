package org.amnok.people;

import java.util.Locale;
import org.amnok.incident.Span;

/**
 * One word of a sentence as this package reads it: tokens joined by a hyphen ("twenty-four", "nine-year-old")
 * are one word.
 *
 * @param index position among the sentence's words, from 0
 * @param text as written
 * @param lower {@code text} lower-cased with {@link Locale#ROOT}
 * @param pos the Universal Dependencies tag of the word (of its last token when joined; "NUM" for joined numerals)
 * @param span document offsets
 */
record Word(int index, String text, String lower, String pos, Span span) {

    static Word of(int index, String text, String pos, Span span) {
        return new Word(index, text, text.toLowerCase(Locale.ROOT), pos, span);
    }

    /** True for "man's", "defectors'", "Kim’s": a possessor, never a head. */
    boolean possessive() {
        return lower.length() > 2 && (lower.endsWith("'s") || lower.endsWith("\u2019s") || lower.endsWith("s'")
                || lower.endsWith("s\u2019"));
    }

    boolean is(String pos) {
        return this.pos.equals(pos);
    }

    /** True for nouns and proper nouns. */
    boolean nominal() {
        return is("NOUN") || is("PROPN");
    }

    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
