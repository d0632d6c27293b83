package org.amnok.text;

import java.util.List;
import org.amnok.incident.Span;

/**
 * One sentence of a document, with its tokens.
 *
 * @param index position among the document's sentences, from 0
 * @param span offsets into the document's text, trimmed of surrounding white space
 * @param text exactly the spanned text
 * @param tokens in text order; offsets are into the document's text, not the sentence's
 */
public record Sentence(int index, Span span, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Offset of this sentence in the document: add it to a sentence-relative offset. */
    public int offset() {
        return span.start();
    }
}
