package org.amnok.people;

import org.amnok.incident.Group;
import org.amnok.incident.People;

/**
 * A mention while the finder still works on it, in word indices of the sentence.
 *
 * @param start first word
 * @param end word after the last
 * @param head the head word
 * @param people what it states; never {@code null}
 * @param group suggested group, or {@code null}
 * @param nationality never {@code null}
 * @param definite points back to people named before
 * @param form what kind of phrase it is
 * @param possessive "her"/"his" in front, lower case, or {@code null}
 * @param article opens with "a" or "an"
 * @param container the counted set a partitive picks from, itself a mention nested in this one ("the nine young
 *     North Koreans" in "Two of the nine young North Koreans"), or {@code null}
 */
record Draft(int start, int end, int head, People people, Group group, Nationality nationality, boolean definite,
             Form form, String possessive, boolean article, Draft container) {

    /** A draft with no nested container. */
    Draft(int start, int end, int head, People people, Group group, Nationality nationality, boolean definite,
          Form form, String possessive, boolean article) {
        this(start, end, head, people, group, nationality, definite, form, possessive, article, null);
    }

    /** The kinds of phrase that name people. */
    enum Form {
        /** A people noun with its quantifier and modifiers: "two female defectors". */
        NOUN,
        /** A noun for several: "the group", "a family of five", "the pair". */
        COLLECTIVE,
        /** A count with no noun: "the other five", "19 of the 24". */
        NUMBER,
        /** "they", "them", "her". */
        PRONOUN,
        /** A name with an age: "Ri, 39". */
        NAME
    }

    Draft withSpan(int newStart, int newEnd) {
        return new Draft(newStart, newEnd, head, people, group, nationality, definite, form, possessive, article,
                container);
    }

    Draft withPeople(People newPeople) {
        return new Draft(start, end, head, newPeople, group, nationality, definite, form, possessive, article,
                container);
    }

    Draft withLabels(Group newGroup, Nationality newNationality) {
        return new Draft(start, end, head, people, newGroup, newNationality, definite, form, possessive, article,
                container);
    }

    /** True when a bound is stated. */
    boolean counted() {
        return !people.isUnknown();
    }

    /** True when exactly one person. */
    boolean single() {
        return Integer.valueOf(1).equals(people.min()) && Integer.valueOf(1).equals(people.max());
    }
}
