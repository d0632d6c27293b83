package org.amnok.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amnok.incident.Span;

/**
 * Undoes the sentence model's splits after abbreviations ("on Aug. 29", "The Rev. Kim") and before trailing
 * source tags ("(Yonhap)"), which news text is full of. Stateless.
 */
final class Abbreviations {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mr", "mrs", "ms", "dr", "rev", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "st", "no",
            "u.s", "u.n", "u.k", "inc", "corp", "co", "jr", "vs", "approx");

    private Abbreviations() {
    }

    /** {@code spans} (one block's sentences, in order) with wrong splits joined again. */
    static List<Span> rejoin(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            int last = out.size() - 1;
            if (last >= 0 && wrongSplit(text, out.get(last), span)) {
                out.set(last, new Span(out.get(last).start(), span.end()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    private static boolean wrongSplit(String text, Span before, Span after) {
        char first = text.charAt(after.start());
        return endsWithAbbreviation(text, before) || Character.isLowerCase(first) || Character.isDigit(first)
                || isSourceTag(after.slice(text));
    }

    private static boolean endsWithAbbreviation(String text, Span span) {
        String s = span.slice(text);
        if (!s.endsWith(".")) {
            return false;
        }
        int start = s.length() - 1;
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1)) && s.charAt(start - 1) != '(') {
            start--;
        }
        String word = s.substring(start, s.length() - 1).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word);
    }

    private static boolean isSourceTag(String s) {
        return s.startsWith("(") && s.endsWith(")") && s.length() < 40;
    }
}
