package org.amnok.people;

import java.util.ArrayList;
import java.util.List;
import org.amnok.incident.Span;
import org.amnok.text.Sentence;
import org.amnok.text.Token;

/** Turns a sentence's tokens into {@link Word}s, joining hyphenated compounds. Stateless and thread-safe. */
final class Words {
    private Words() {
    }

    /** The words of {@code sentence}, in order; tokens that touch across a hyphen or dash become one word. */
    static List<Word> of(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Word> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int j = i + 1;
            while (j < tokens.size() && glued(tokens.get(j - 1), tokens.get(j))) {
                j++;
            }
            out.add(join(out.size(), sentence, tokens.subList(i, j)));
            i = j;
        }
        return List.copyOf(out);
    }

    private static boolean glued(Token left, Token right) {
        // The tokenizer splits "twenty-four" and "nine-year-old" into pieces that touch; a spaced dash is punctuation.
        return left.span().end() == right.span().start()
                && (dash(left.word().charAt(left.word().length() - 1)) || dash(right.word().charAt(0)));
    }

    private static boolean dash(char c) {
        return c == '-' || c == '\u2013';
    }

    private static Word join(int index, Sentence sentence, List<Token> parts) {
        Token first = parts.get(0);
        Token last = parts.get(parts.size() - 1);
        Span span = new Span(first.span().start(), last.span().end());
        String text = span.shift(-sentence.offset()).slice(sentence.text());
        if (parts.size() == 1) {
            return Word.of(index, text, first.pos(), span);
        }
        boolean numeral = Numerals.word(text).isPresent();
        String pos = numeral ? "NUM" : dash(last.word().charAt(0)) ? parts.get(parts.size() - 2).pos() : last.pos();
        return Word.of(index, text, pos, span);
    }
}
