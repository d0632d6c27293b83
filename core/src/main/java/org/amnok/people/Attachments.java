package org.amnok.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amnok.incident.People;
import org.amnok.people.Draft.Form;

/**
 * Folds a mention into the one it belongs to, where the sentence says so:
 * <ul>
 *   <li>"a group of eight women and three men", "a group of North Korean defectors": the collective takes what it
 *       is made of;</li>
 *   <li>"One member of the group", "five of the defectors": the part keeps its count and points back;</li>
 *   <li>"Seven defectors, including a nine-year-old": the whole gains the part's sex, minors and ages;</li>
 *   <li>"One member of the group, a minor who ...", "defector Kim Ji-hye, 28": an apposition describes the same
 *       person.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class Attachments {
    private static final List<List<String>> INCLUDING = List.of(List.of("including"), List.of("among", "them"),
            List.of("among", "whom"));
    private static final Set<String> LIST_GOES_ON = Set.of("and", "or");

    private Attachments() {
    }

    /** {@code drafts} (in text order) with "of" phrases, inclusions and appositions folded in. */
    static List<Draft> apply(List<Word> words, List<Draft> drafts) {
        return appositions(words, inclusions(words, ofPhrases(words, drafts)));
    }

    private static List<Draft> ofPhrases(List<Word> words, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft a = drafts.get(i);
            Draft b = i + 1 < drafts.size() ? drafts.get(i + 1) : null;
            Draft folded = b == null ? null : between(words, a, b).equals(List.of("of")) ? ofPhrase(a, b)
                    : eventOf(words, a, b);
            out.add(folded != null ? folded : a);
            i += folded != null ? 1 : 0;
        }
        return out;
    }

    /** "a group of [defectors]" or "[five] of [them]" as one mention, or null when the two do not fold. */
    private static Draft ofPhrase(Draft a, Draft b) {
        if (a.form() == Form.COLLECTIVE && b.form() != Form.PRONOUN) {
            People people = b.counted() ? b.people() : a.people();
            int head = b.form() == Form.NOUN ? b.head() : a.head();
            return new Draft(a.start(), b.end(), head, people, b.group() != null ? b.group() : a.group(),
                    known(b.nationality(), a.nationality()), a.definite(), a.form(), a.possessive(), a.article());
        }
        if (a.counted() && b.definite()) {
            return new Draft(a.start(), b.end(), a.head(), a.people(), a.group() != null ? a.group() : b.group(),
                    known(a.nationality(), b.nationality()), true, a.form(), a.possessive(), a.article(),
                    a.container());
        }
        return null;
    }

    /** "41 arrests of North Koreans": the count is of the people named after "of". */
    private static Draft eventOf(List<Word> words, Draft a, Draft b) {
        List<String> gap = between(words, a, b);
        if (a.form() != Form.NUMBER || b.counted() || !BareCounts.eventOf(words, a.end())
                || !gap.get(gap.size() - 1).equals("of")) {
            return null;
        }
        return new Draft(a.start(), b.end(), b.head(), a.people(), b.group(), b.nationality(), a.definite(),
                Form.NOUN, null, false);
    }

    private static Nationality known(Nationality first, Nationality second) {
        return first != Nationality.UNKNOWN ? first : second;
    }

    private static List<Draft> inclusions(List<Word> words, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            int cue = cue(words, d);
            int parent = cue < 0 ? -1 : parent(out, cue);
            if (parent >= 0) {
                out.set(parent, include(words, out.get(parent), d, cue));
            } else if (!out.isEmpty() && trailingCue(words, out.get(out.size() - 1), d)) {
                Draft whole = out.get(out.size() - 1);
                out.set(out.size() - 1, whole.withSpan(whole.start(), d.end() + 2)
                        .withPeople(Tally.include(whole.people(), d.people())));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    /** "ten North Koreans, a three-year-old boy and his mother among them": the cue after the part. */
    static boolean trailingCue(List<Word> words, Draft whole, Draft part) {
        boolean cued = part.end() + 1 < words.size() && words.get(part.end()).lower().equals("among")
                && Set.of("them", "whom").contains(words.get(part.end() + 1).lower());
        return cued && between(words, whole, part).equals(List.of(",")) && !whole.single();
    }

    /** Index of the first word of "including" or "among them" right before {@code d}, or -1. */
    private static int cue(List<Word> words, Draft d) {
        for (List<String> cue : INCLUDING) {
            int at = d.start() - cue.size();
            if (at >= 0 && lower(words, at, d.start()).equals(cue)) {
                return at;
            }
        }
        return -1;
    }

    /** The nearest mention before {@code cue} that can hold others: anything but exactly one person. */
    private static int parent(List<Draft> before, int cue) {
        for (int k = before.size() - 1; k >= 0; k--) {
            if (before.get(k).end() <= cue && !before.get(k).single()) {
                return k;
            }
        }
        return -1;
    }

    private static Draft include(List<Word> words, Draft whole, Draft part, int cue) {
        List<String> gap = lower(words, whole.end(), cue);
        boolean adjacent = gap.isEmpty() || gap.equals(List.of(","));
        Draft grown = adjacent ? whole.withSpan(whole.start(), part.end()) : whole;
        return grown.withPeople(Tally.include(whole.people(), part.people()));
    }

    private static List<Draft> appositions(List<Word> words, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft a = drafts.get(i);
            Draft b = i + 1 < drafts.size() ? drafts.get(i + 1) : null;
            boolean fold = b != null && apposition(words, a, b);
            out.add(fold ? appose(a, b) : a);
            i += fold ? 1 : 0;
        }
        return out;
    }

    /** "A defector, a woman in her 40s," and "Kim, a broker,": one person described twice. */
    private static boolean apposition(List<Word> words, Draft a, Draft b) {
        boolean shapes = a.single() && (a.form() == Form.NOUN || a.form() == Form.NAME) && b.single()
                && b.form() == Form.NOUN && b.article() && !b.definite();
        boolean listGoesOn = b.end() < words.size() && LIST_GOES_ON.contains(words.get(b.end()).lower());
        boolean named = a.single() && a.form() == Form.NOUN && b.form() == Form.NAME;
        return named && between(words, a, b).isEmpty()
                || shapes && !listGoesOn && between(words, a, b).equals(List.of(","));
    }

    private static Draft appose(Draft a, Draft b) {
        return new Draft(a.start(), b.end(), a.head(), Tally.include(a.people(), b.people()),
                a.group() != null ? a.group() : b.group(), known(a.nationality(), b.nationality()), a.definite(),
                a.form(), a.possessive(), a.article());
    }

    private static List<String> between(List<Word> words, Draft a, Draft b) {
        return lower(words, a.end(), b.start());
    }

    private static List<String> lower(List<Word> words, int start, int end) {
        List<String> out = new ArrayList<>();
        for (int k = start; k < end; k++) {
            out.add(words.get(k).lower());
        }
        return out;
    }
}
