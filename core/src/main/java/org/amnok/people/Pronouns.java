package org.amnok.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amnok.incident.People;
import org.amnok.people.Draft.Form;

/**
 * Finds pronouns that stand for people named before: "they", "them", "those" (as in "those returned"), and "he",
 * "him", "she", "her" as one person. All are definite. A subject that only reports ("he said") is left out: it names
 * a source, not someone an incident happened to; so is "them" in "among them", a cue for what a group includes.
 * Stateless and thread-safe.
 */
final class Pronouns {
    private static final Set<String> PLURAL = Set.of("they", "them");
    private static final Set<String> SUBJECTS = Set.of("they", "he", "she");
    private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "explained", "noted", "claimed", "reported", "described", "recalled", "confirmed", "insisted",
            "believed", "believes", "think", "thinks", "thought", "warned", "asked", "wrote", "writes", "spoke",
            "testified", "stressed", "argued", "continued", "emphasized", "explains", "notes", "claims");
    private static final Set<String> POSSESSED = Set.of("NOUN", "PROPN", "ADJ", "NUM");

    private Pronouns() {
    }

    /** The pronoun mentions among the unused {@code words}, in order; marks them in {@code used}. */
    static List<Draft> find(List<Word> words, boolean[] used) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            People people = used[i] ? null : people(words, i);
            if (people != null) {
                Draft d = new Draft(i, i + 1, i, people, null, Nationality.UNKNOWN, true, Form.PRONOUN, null, false);
                Marks.use(used, d);
                out.add(d);
            }
        }
        return out;
    }

    /** Who the pronoun at {@code i} stands for, or null when it is no pronoun for people or only reports. */
    private static People people(List<Word> words, int i) {
        String w = words.get(i).lower();
        Word next = i + 1 < words.size() ? words.get(i + 1) : null;
        boolean afterAmong = i > 0 && words.get(i - 1).lower().equals("among");
        if (afterAmong || SUBJECTS.contains(w) && next != null && SPEECH.contains(next.lower())) {
            return null;
        }
        if (PLURAL.contains(w) || w.equals("those") && next != null && standsAlone(next)) {
            return People.UNKNOWN;
        }
        if (w.equals("he") || w.equals("him")) {
            return new People(1, 1, false, null, 1, null, List.of());
        }
        boolean object = w.equals("her") && (next == null || !POSSESSED.contains(next.pos()));
        return w.equals("she") || object ? new People(1, 1, false, 1, null, null, List.of()) : null;
    }

    /** "those returned", "those who", "those in custody": "those" is a pronoun, not a determiner. */
    private static boolean standsAlone(Word next) {
        return next.is("VERB") || next.is("ADP") || next.is("AUX") || next.lower().equals("who");
    }
}
