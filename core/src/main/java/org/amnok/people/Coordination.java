package org.amnok.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.amnok.incident.Group;
import org.amnok.incident.People;
import org.amnok.people.Draft.Form;
import org.amnok.people.Lexicon.Sex;

/**
 * Adds up conjoined groups into one mention: "two men and two women" 4 (2 female, 2 male), "a father and his
 * daughter, a mother with two children, and three grown women" 8, "Ri, 39, and Kang, 43" 2.
 *
 * <p>Groups join with "and", "with", "together with" or "as well as", and a list may separate them with commas;
 * every part must state a count, and bare counts ("the other five") never join.
 * They do not join across "along with" (a second group: "along with two more in Tonghua"), nor when their
 * nationality or group differs ("a female North Korean defector and two Chinese men"), except with "together
 * with", which says they were taken as one. Stateless and thread-safe.
 */
final class Coordination {
    private static final List<List<String>> JOINS = List.of(List.of("and"), List.of(",", "and"), List.of("with"),
            List.of("as", "well", "as"), List.of(",", "as", "well", "as"));
    private static final List<List<String>> TOGETHER = List.of(List.of("together", "with"),
            List.of(",", "together", "with"));
    private static final Set<String> RELATIVES = Set.of("who", "whom", "that", "which");
    private static final Set<String> RELATIVES_AFTER_AMONG = Set.of("them", "whom");
    /** Longest relative clause skipped to reach "together with". */
    private static final int MAX_CLAUSE = 16;

    private Coordination() {
    }

    /** How two mentions are linked. */
    private enum Link { JOIN, TOGETHER, COMMA, NONE }

    /** {@code drafts} (in text order) with each conjoined chain replaced by one mention. */
    static List<Draft> apply(List<Word> words, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        int i = 0;
        while (i < drafts.size()) {
            List<Integer> chain = chain(words, drafts, i);
            if (chain.size() > 1) {
                out.add(merge(chain.stream().map(drafts::get).toList()));
                i = chain.get(chain.size() - 1) + 1;
            } else {
                out.add(drafts.get(i));
                i++;
            }
        }
        return out;
    }

    /** Indices of the drafts conjoined with draft {@code first}; just {@code first} when none is. */
    private static List<Integer> chain(List<Word> words, List<Draft> drafts, int first) {
        List<Integer> chain = new ArrayList<>(List.of(first));
        int lastJoined = 1;
        int at = first;
        while (true) {
            int next = next(words, drafts, at);
            if (next < 0 || !compatible(drafts, chain, next, link(words, drafts.get(at), drafts.get(next)))) {
                break;
            }
            chain.add(next);
            at = next;
            if (link(words, drafts.get(chain.get(chain.size() - 2)), drafts.get(next)) != Link.COMMA) {
                lastJoined = chain.size();
            }
        }
        // A chain held by commas alone is a list of appositions, not a sum: only what "and" closes is joined.
        List<Integer> joined = chain.subList(0, lastJoined);
        return List.copyOf(inclusionAfter(words, drafts, joined) ? beforeFirstComma(words, drafts, joined) : joined);
    }

    /** "ten North Koreans, a boy and his mother among them": what follows the comma is part of the first. */
    private static boolean inclusionAfter(List<Word> words, List<Draft> drafts, List<Integer> chain) {
        Draft last = drafts.get(chain.get(chain.size() - 1));
        return last.end() + 1 < words.size() && words.get(last.end()).lower().equals("among")
                && RELATIVES_AFTER_AMONG.contains(words.get(last.end() + 1).lower());
    }

    private static List<Integer> beforeFirstComma(List<Word> words, List<Draft> drafts, List<Integer> chain) {
        for (int k = 1; k < chain.size(); k++) {
            if (link(words, drafts.get(chain.get(k - 1)), drafts.get(chain.get(k))) == Link.COMMA) {
                return chain.subList(0, k);
            }
        }
        return chain;
    }

    /** The draft linked to draft {@code at}: the next one, or the one after "who ..., together with". */
    private static int next(List<Word> words, List<Draft> drafts, int at) {
        if (at + 1 >= drafts.size()) {
            return -1;
        }
        if (link(words, drafts.get(at), drafts.get(at + 1)) != Link.NONE) {
            return at + 1;
        }
        for (int k = at + 1; k < drafts.size(); k++) {
            if (link(words, drafts.get(at), drafts.get(k)) == Link.TOGETHER) {
                return k;
            }
        }
        return -1;
    }

    private static Link link(List<Word> words, Draft a, Draft b) {
        List<String> between = new ArrayList<>();
        for (int k = a.end(); k < b.start(); k++) {
            between.add(words.get(k).lower());
        }
        if (JOINS.contains(between)) {
            return Link.JOIN;
        }
        if (TOGETHER.contains(between) || relativeThenTogether(between)) {
            return Link.TOGETHER;
        }
        return between.equals(List.of(",")) ? Link.COMMA : Link.NONE;
    }

    /** "who were assisting them, together with": a relative clause, then "together with". */
    private static boolean relativeThenTogether(List<String> between) {
        int n = between.size();
        return n > 3 && n <= MAX_CLAUSE && RELATIVES.contains(between.get(0))
                && between.subList(n - 3, n).equals(List.of(",", "together", "with"));
    }

    private static boolean compatible(List<Draft> drafts, List<Integer> chain, int next, Link link) {
        Draft b = drafts.get(next);
        Draft first = drafts.get(chain.get(0));
        // Only stated counts add up; a bare count ("19 of the 24 and the other five") is its own group.
        if (link == Link.NONE || !summable(b) || !summable(first)) {
            return false;
        }
        if (link == Link.TOGETHER) {
            return true;
        }
        List<Draft> members = chain.stream().map(drafts::get).toList();
        return agrees(members.stream().map(Draft::nationality).filter(n -> n != Nationality.UNKNOWN).toList(),
                b.nationality() == Nationality.UNKNOWN ? null : b.nationality())
                && agrees(members.stream().map(Draft::group).filter(Objects::nonNull).toList(), b.group());
    }

    private static boolean summable(Draft d) {
        return d.counted() && d.form() != Form.PRONOUN && d.form() != Form.NUMBER;
    }

    private static <T> boolean agrees(List<T> known, T value) {
        return value == null || known.stream().allMatch(value::equals);
    }

    private static Draft merge(List<Draft> parts) {
        List<People> people = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            Draft part = parts.get(k);
            String nextPossessive = k + 1 < parts.size() ? parts.get(k + 1).possessive() : null;
            people.add(part.single() && nextPossessive != null ? sexFrom(part.people(), nextPossessive)
                    : part.people());
        }
        Draft first = parts.get(0);
        Draft last = parts.get(parts.size() - 1);
        Group group = parts.stream().map(Draft::group).filter(Objects::nonNull).findFirst().orElse(null);
        return new Draft(first.start(), last.end(), first.head(), Tally.sum(people), group, nationality(parts),
                first.definite(), Form.NOUN, first.possessive(), first.article());
    }

    /** "the broker and her husband": "her" says the broker is a woman. */
    private static People sexFrom(People person, String possessive) {
        if (possessive.equals("her")) {
            return Tally.withSex(person, Sex.FEMALE);
        }
        return possessive.equals("his") ? Tally.withSex(person, Sex.MALE) : person;
    }

    private static Nationality nationality(List<Draft> parts) {
        List<Nationality> known = parts.stream().map(Draft::nationality).filter(n -> n != Nationality.UNKNOWN)
                .distinct().toList();
        return known.size() == 1 ? known.get(0) : Nationality.UNKNOWN;
    }
}
