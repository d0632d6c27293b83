package org.amnok.text;

import org.amnok.incident.Span;

/**
 * One token of a sentence.
 *
 * @param span offsets into the document's text
 * @param word the token as written
 * @param pos its Universal Dependencies part-of-speech tag ("NOUN", "VERB", "PROPN", "NUM")
 * @param lemma its dictionary form in lower case ("arrest" for "arrested"); the lower-cased word when unknown
 */
public record Token(Span span, String word, String pos, String lemma) {
}
