package org.amnok.extract;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Base forms of a regularly inflected English word by suffix rules ("repatriated" gives "repatriate",
 * "nabbed" gives "nab", "bribing" gives "bribe"). The statistical lemmatizer misses rare verbs, and the
 * cues are rare verbs; irregular forms ("caught", "held") are left to the lemmatizer. Stateless.
 */
final class Morph {
    private Morph() {
    }

    /** The word itself (lower-cased) and every base form the suffix rules allow. */
    static Set<String> forms(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        strip(out, w, "ied", "y");
        strip(out, w, "ies", "y");
        for (String suffix : new String[] {"ed", "ing", "es", "s"}) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                String stem = w.substring(0, w.length() - suffix.length());
                out.add(stem);
                out.add(stem + "e");
                if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    out.add(stem.substring(0, stem.length() - 1));
                }
            }
        }
        return out;
    }

    private static void strip(Set<String> out, String w, String suffix, String replacement) {
        if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
            out.add(w.substring(0, w.length() - suffix.length()) + replacement);
        }
    }
}
