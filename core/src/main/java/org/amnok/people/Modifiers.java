package org.amnok.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amnok.incident.Group;
import org.amnok.people.Lexicon.Sex;

/**
 * What the words between a quantifier and a people noun say: "two armed North Korean border guards".
 *
 * @param start first modifier word, or the head's index when there is none
 * @param sex stated by a modifier ("female"), or {@code null}
 * @param minor a modifier says they are children ("teenage")
 * @param group suggested by a modifier ("army", "crew"), or {@code null}
 * @param nationality stated by a modifier or the head ("North Koreans"), {@code UNKNOWN} when none
 * @param ages from age words ("a nine-year-old girl"), once each
 * @param abroad a modifier says they work abroad for the state ("restaurant workers")
 * @param size how many a collective has ("a five-member family"), or {@code null}
 */
record Modifiers(int start, Sex sex, boolean minor, Group group, Nationality nationality, List<Integer> ages,
                 boolean abroad, Integer size) {
    /** Most modifiers walked over in front of a noun. */
    private static final int MAX_MODIFIERS = 6;
    private static final Set<String> VERB_CONTEXT = Set.of("DET", "NUM");

    Modifiers {
        ages = List.copyOf(ages);
    }

    /** The modifiers in front of the head at {@code head}. */
    static Modifiers before(List<Word> words, int head) {
        int start = head;
        while (start > 0 && head - start < MAX_MODIFIERS && modifier(words, start - 1)) {
            start--;
        }
        return read(words, trimClause(words, start, head), head);
    }

    private static boolean modifier(List<Word> words, int k) {
        Word w = words.get(k);
        if (Lexicon.size(w.lower()).isPresent()) {
            return true;
        }
        if (Lexicon.quantityWord(w.lower()) || Numerals.word(w.lower()).isPresent() || w.possessive()) {
            return false;
        }
        boolean korean = k + 1 < words.size() && words.get(k + 1).lower().startsWith("korean");
        if (korean && Set.of("north", "south").contains(w.lower())) {
            return true;
        }
        return w.nominal() || w.is("ADJ") || verbal(w) || adverb(w);
    }

    /** A verb, or an adjective the tagger made of a past participle ("had robbed villagers"). */
    private static boolean verbal(Word w) {
        return w.is("VERB") || w.is("ADJ") && w.lower().endsWith("ed");
    }

    private static boolean adverb(Word w) {
        return w.is("ADV") && w.lower().endsWith("ly");
    }

    /**
     * Drops the words of a clause the walk took for modifiers. A verb after a noun ends a clause ("Police arrested
     * defectors"); a leading verb or adverb needs a determiner, number or possessive in front to be a modifier
     * ("two armed guards", "dozens of trafficked women", not "had forcibly sent North Korean escapees").
     */
    private static int trimClause(List<Word> words, int start, int head) {
        int from = start;
        for (int k = start + 1; k < head; k++) {
            if (verbal(words.get(k)) && words.get(k - 1).nominal()) {
                from = k + 1;
            }
        }
        while (from < head && (verbal(words.get(from)) || adverb(words.get(from))) && !determined(words, from)) {
            from++;
        }
        return from;
    }

    private static boolean determined(List<Word> words, int k) {
        if (k == 0) {
            return false;
        }
        Word before = words.get(k - 1);
        return VERB_CONTEXT.contains(before.pos()) || before.lower().equals("of") || before.possessive()
                || Lexicon.quantityWord(before.lower()) || Set.of("his", "her", "their").contains(before.lower());
    }

    private static Modifiers read(List<Word> words, int start, int head) {
        Sex sex = null;
        boolean minor = false;
        Group group = null;
        boolean abroad = false;
        List<Integer> ages = new ArrayList<>();
        Integer size = null;
        for (int k = start; k < head; k++) {
            String w = words.get(k).lower();
            size = size != null ? size : Lexicon.size(w).orElse(null);
            sex = sex != null ? sex : Lexicon.sexModifier(w).orElse(null);
            minor |= Lexicon.minorModifier(w);
            group = group != null ? group : Lexicon.groupModifier(w).orElse(null);
            abroad |= Lexicon.abroadModifier(w);
            Lexicon.age(w).ifPresent(ages::add);
        }
        return new Modifiers(start, sex, minor, group, nationality(words, start, head), ages, abroad, size);
    }

    /** The first nationality the modifiers and head state: "North Korean", "South Korean", "Chinese". */
    static Nationality nationality(List<Word> words, int start, int head) {
        for (int k = start; k <= head; k++) {
            Optional<Nationality> n = nationalityAt(words, k, head);
            if (n.isPresent()) {
                return n.get();
            }
        }
        return Nationality.UNKNOWN;
    }

    private static Optional<Nationality> nationalityAt(List<Word> words, int k, int head) {
        String w = words.get(k).lower();
        if (k < head && words.get(k + 1).lower().startsWith("korean")) {
            if (w.equals("north")) {
                return Optional.of(Nationality.NORTH_KOREAN);
            }
            if (w.equals("south")) {
                return Optional.of(Nationality.SOUTH_KOREAN);
            }
        }
        return Lexicon.nationality(w);
    }
}
