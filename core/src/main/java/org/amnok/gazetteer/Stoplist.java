package org.amnok.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The capitalised words and phrases that are not places (stoplist.txt), folded. Immutable.
 *
 * @param surnames keys of surnames: never a place, and a name right after one is a given name
 * @param words keys of other words that are never a place by themselves
 * @param phrases outlets and organisations, as written, whose words must not be read as places
 */
record Stoplist(Set<String> surnames, Set<String> words, List<String> phrases) {

    Stoplist {
        surnames = Set.copyOf(surnames);
        words = Set.copyOf(words);
        phrases = List.copyOf(phrases);
    }

    /** True when {@code key} may not stand alone as a place. */
    boolean stops(String key) {
        return surnames.contains(key) || words.contains(key);
    }

    static Stoplist read() {
        Set<String> surnames = new HashSet<>();
        Set<String> words = new HashSet<>();
        List<String> phrases = new ArrayList<>();
        String section = null;
        for (Tables.Line line : Tables.lines("stoplist.txt")) {
            String text = line.text().strip();
            if (text.startsWith("[")) {
                section = text;
                continue;
            }
            switch (section == null ? "" : section) {
                case "[surnames]" -> surnames.add(Folding.key(text));
                case "[words]" -> words.add(Folding.key(text));
                case "[phrases]" -> phrases.add(text);
                default -> throw line.error("lies outside the sections [surnames], [words] and [phrases]");
            }
        }
        return new Stoplist(surnames, words, phrases);
    }
}
