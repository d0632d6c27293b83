package org.amnok.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.amnok.people.Quantities.Found;

/**
 * What follows a people noun and belongs to its mention: stated ages ("teenagers aged 13 and 18", "a woman, 39,"),
 * a collective's count ("a group of ten") and the words that place workers abroad ("workers dispatched to China").
 *
 * @param end the word after the mention's last word
 * @param ages stated exact ages, in text order
 * @param count a collective's count ("of ten"), or {@code null}
 * @param abroad the words say they work abroad for the state
 */
record Trailers(int end, List<Integer> ages, Quantity count, boolean abroad) {
    /** Oldest age read as an age: a larger number after a name is not one. */
    static final int MAX_AGE = 110;
    private static final Set<String> AGE_ENDS = Set.of(",", ".", ";", ")", ":");
    private static final Set<String> ABROAD = Set.of("dispatched", "abroad", "overseas");
    private static final Set<String> HOSTS = Set.of("china", "russia", "vietnam", "laos", "cambodia", "mongolia");

    Trailers {
        ages = List.copyOf(ages);
    }

    /** The trailers of the noun at {@code head}; {@code single} allows an appositive age ("Kim, 39,"). */
    static Trailers after(List<Word> words, boolean[] used, int head, boolean collective, boolean single) {
        int at = head + 1;
        Quantity count = null;
        if (collective) {
            Optional<Found> of = collectiveCount(words, used, at);
            if (of.isPresent()) {
                count = of.get().quantity();
                at = of.get().end();
            }
        }
        List<Integer> ages = new ArrayList<>();
        at = setOffAged(words, at, ages);
        if (ages.isEmpty() && single) {
            at = appositiveAge(words, used, at, ages);
        }
        return new Trailers(at, ages, count, abroad(words, at));
    }

    /** "a group of ten", "a family of five": a count with no noun of its own after "of". */
    private static Optional<Found> collectiveCount(List<Word> words, boolean[] used, int at) {
        if (at >= words.size() || !words.get(at).lower().equals("of")) {
            return Optional.empty();
        }
        return Quantities.startingAt(words, used, at + 1)
                .filter(found -> found.quantity().counted() && !found.quantity().partitive())
                .filter(found -> found.end() >= words.size() || !nounLike(words.get(found.end())));
    }

    private static boolean nounLike(Word w) {
        return w.nominal() || w.is("ADJ") || w.is("NUM");
    }

    /** "aged 23" or ", aged 23," after the noun; the comma is taken only when ages follow it. */
    private static int setOffAged(List<Word> words, int at, List<Integer> ages) {
        if (at < words.size() && words.get(at).lower().equals(",")) {
            int after = agedList(words, at + 1, ages);
            return after == at + 1 ? at : after;
        }
        return agedList(words, at, ages);
    }

    /** "aged 13 and 18", "aged 9": exact ages; "aged 13 to 18" is a range and gives none. */
    private static int agedList(List<Word> words, int at, List<Integer> ages) {
        if (at >= words.size() || !Set.of("aged", "ages", "age").contains(words.get(at).lower())) {
            return at;
        }
        int range = ageRange(words, at + 1);
        if (range > at + 1) {
            return range;
        }
        List<Integer> found = new ArrayList<>();
        int end = at + 1;
        int k = at + 1;
        while (age(words, k).isPresent()) {
            found.add(age(words, k).getAsInt());
            end = k + 1;
            k = skip(words, skip(words, end, ","), "and");
        }
        if (found.isEmpty() || end < words.size() && Set.of("to", "-").contains(words.get(end).lower())) {
            return at;
        }
        ages.addAll(found);
        return end;
    }

    /** The word after "between 20 and 35" or "20 to 35" at {@code k}: a span of ages, none exact; else {@code k}. */
    private static int ageRange(List<Word> words, int k) {
        boolean between = k < words.size() && words.get(k).lower().equals("between");
        int low = between ? k + 1 : k;
        boolean pair = low + 2 < words.size() && age(words, low).isPresent() && age(words, low + 2).isPresent();
        String joint = pair ? words.get(low + 1).lower() : "";
        // "aged 13 and 18" lists two exact ages; only "between ... and" or "to" spans a range.
        boolean range = joint.equals("to") || joint.equals("-") || between && joint.equals("and");
        return range ? low + 3 : k;
    }

    private static int skip(List<Word> words, int k, String word) {
        return k < words.size() && words.get(k).lower().equals(word) ? k + 1 : k;
    }

    /** "Kim, 39," or "Kim (39)": an age set off by commas or brackets after one person. */
    private static int appositiveAge(List<Word> words, boolean[] used, int at, List<Integer> ages) {
        if (at + 1 >= words.size() || used[at + 1] || !Set.of(",", "(").contains(words.get(at).lower())) {
            return at;
        }
        OptionalInt age = age(words, at + 1);
        boolean closed = at + 2 >= words.size() || AGE_ENDS.contains(words.get(at + 2).lower());
        if (age.isEmpty() || !closed || !words.get(at + 1).is("NUM")) {
            return at;
        }
        ages.add(age.getAsInt());
        return words.get(at).lower().equals("(") && at + 2 < words.size() ? at + 3 : at + 2;
    }

    static OptionalInt age(List<Word> words, int k) {
        if (k >= words.size()) {
            return OptionalInt.empty();
        }
        OptionalInt n = Numerals.word(words.get(k).lower());
        return n.isPresent() && n.getAsInt() > 0 && n.getAsInt() <= MAX_AGE ? n : OptionalInt.empty();
    }

    private static boolean abroad(List<Word> words, int at) {
        if (at >= words.size()) {
            return false;
        }
        String w = words.get(at).lower();
        boolean host = at + 1 < words.size() && HOSTS.contains(words.get(at + 1).lower());
        return ABROAD.contains(w) || w.equals("in") && host;
    }
}
