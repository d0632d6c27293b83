package org.amnok.text;

import java.util.ArrayList;
import java.util.List;
import org.amnok.incident.Span;

/** Splits text into blocks that no sentence crosses: paragraphs, headlines and captions. Stateless. */
final class Blocks {
    private Blocks() {
    }

    /** Blocks of {@code text}, trimmed, in order; a line break ends a block unless the line ends in "," or "-". */
    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && endsBlock(text, start, i)) {
                add(out, text, start, i);
                start = i + 1;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    private static boolean endsBlock(String text, int start, int newline) {
        // Reports are not hard-wrapped: a line break ends a headline, a caption or a paragraph. A break inside a
        // sentence only survives where the line ends in a comma or hyphen, which no headline does.
        int last = newline - 1;
        while (last >= start && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        return last < start || !(text.charAt(last) == ',' || text.charAt(last) == '-');
    }

    private static void add(List<Span> out, String text, int start, int end) {
        Span span = trim(text, new Span(start, end));
        if (span.length() > 0) {
            out.add(span);
        }
    }

    /** {@code span} without leading and trailing white space. */
    static Span trim(String text, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
