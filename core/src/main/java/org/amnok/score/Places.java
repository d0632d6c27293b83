package org.amnok.score;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Place names as {@code norm_place} of {@code shared/tools/score.py} compares them: trimmed, lower-cased, dashes
 * folded, and the other names of the two rivers and of the frontier mapped to the spec's canonical ones.
 *
 * <p>Stateless and thread-safe.
 */
final class Places {
    private static final Map<String, String> ALIASES = Map.of(
            "amnok river", "yalu river", "amrok river", "yalu river", "duman river", "tumen river",
            "sino-north korean border", "china-north korea border",
            "china-dprk border", "china-north korea border", "sino-dprk border", "china-north korea border",
            "north korea-china border", "china-north korea border");

    private Places() {
    }

    /** True when {@code predicted} (may be {@code null}) is one of the {@code accepted} names (may hold null). */
    static boolean agree(Collection<String> accepted, String predicted) {
        String p = normalize(predicted);
        return accepted.stream().anyMatch(a -> Objects.equals(normalize(a), p));
    }

    /** The comparable form of a place name, {@code null} for {@code null}. */
    static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String s = strip(name).toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-');
        return ALIASES.getOrDefault(s, s);
    }

    /** Python's {@code str.strip()}: its notion of white space includes the no-break spaces Java's excludes. */
    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPythonSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPythonSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
