package org.amnok.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amnok.incident.Group;
import org.amnok.incident.People;
import org.amnok.people.Draft.Form;
import org.amnok.people.Lexicon.Noun;
import org.amnok.people.Lexicon.Role;
import org.amnok.people.Lexicon.Sex;
import org.amnok.people.Quantities.Found;
import org.amnok.people.Quantity.Kind;

/**
 * Finds mentions built on a people noun: the noun, the modifiers and quantifier in front of it, and the ages or
 * collective count after it. Stateless and thread-safe.
 */
final class NounPhrases {
    /** Nouns that are also verbs or adjectives ("guards the border", "a minor offence"): heads only as nouns. */
    private static final Set<String> AMBIGUOUS = Set.of("guide", "guides", "guard", "guards", "man", "crew", "staff",
            "minor", "minors", "national", "nationals", "individual", "adult", "resident", "civilian", "relative",
            "suspect", "suspects", "pilot", "couple", "pair", "group", "family", "parent", "captain", "member",
            "others", "rest", "remainder", "youth", "teen", "trader", "victim");
    private static final Set<String> NOT_NAMES = Set.of("north", "south", "korean", "the", "a");
    private static final Set<String> ORGANIZED = Set.of("activist", "rights", "civic", "advocacy", "aid", "support",
            "research", "religious", "church", "civil", "lobby", "pressure", "militant", "protest", "defector",
            "defectors", "refugee", "campaign", "ngo", "human", "humanitarian", "rescue", "christian", "business");

    private NounPhrases() {
    }

    /** The noun mentions among {@code words}, in order; marks their words in {@code used}. */
    static List<Draft> find(List<Word> words, boolean[] used) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Optional<Noun> noun = used[i] ? Optional.empty() : head(words, i);
            if (noun.isPresent()) {
                Draft draft = phrase(words, used, i, noun.get());
                Marks.use(used, draft);
                out.add(draft);
                i = draft.end() - 1;
            }
        }
        return out;
    }

    /** The people noun heading a phrase at word {@code i}, or empty when the word is none or only a modifier. */
    static Optional<Noun> head(List<Word> words, int i) {
        Word w = words.get(i);
        if (w.possessive()) {
            return Optional.empty();
        }
        boolean nounFollows = compounded(words, i);
        if (Lexicon.age(w.lower()).isPresent()) {
            boolean plural = Lexicon.agePlural(w.lower());
            return nounFollows && !plural ? Optional.empty()
                    : Optional.of(new Noun(plural, false, null, null, false, null, Role.PERSON));
        }
        return Lexicon.noun(w.lower()).filter(noun -> heads(words, i, noun, nounFollows));
    }

    /**
     * True when a noun follows that the word at {@code i} only modifies ("women smugglers", "refugee camp"). A
     * gerund the tagger took for a noun does not count when a preposition or the like follows it ("five people
     * wading across").
     */
    private static boolean compounded(List<Word> words, int i) {
        if (i + 1 >= words.size() || !words.get(i + 1).is("NOUN")) {
            return false;
        }
        boolean gerund = words.get(i + 1).lower().endsWith("ing");
        Word after = i + 2 < words.size() ? words.get(i + 2) : null;
        return !gerund || after != null && (after.nominal() || after.is("ADJ"));
    }

    private static boolean heads(List<Word> words, int i, Noun noun, boolean nounFollows) {
        Word w = words.get(i);
        String before = i > 0 ? words.get(i - 1).lower() : "";
        switch (noun.role()) {
            case KOREAN:
                return Set.of("north", "south").contains(before) && !nextIsNounLike(words, i);
            case REST:
                return before.equals("the") && !nounFollows;
            default:
                boolean tagged = w.nominal() || !AMBIGUOUS.contains(w.lower()) || w.lower().equals("others")
                        || adjectiveAsNoun(words, i);
                return tagged && !nounFollows && !inName(words, i) && !organization(words, i);
        }
    }

    /** "a minor who", "two nationals were": a word the tagger made an adjective stands alone after a determiner. */
    private static boolean adjectiveAsNoun(List<Word> words, int i) {
        boolean determined = i > 0 && (words.get(i - 1).is("DET") || words.get(i - 1).is("NUM"));
        return words.get(i).is("ADJ") && determined && !nextIsNounLike(words, i);
    }

    private static boolean nextIsNounLike(List<Word> words, int i) {
        if (i + 1 >= words.size()) {
            return false;
        }
        Word next = words.get(i + 1);
        return next.nominal() || next.is("ADJ") || next.possessive() || Lexicon.noun(next.lower()).isPresent();
    }

    /** "Lang Son", "Son Jong-nam": a people noun inside a proper name is none. */
    private static boolean inName(List<Word> words, int i) {
        if (!words.get(i).capitalized() || i == 0) {
            return false;
        }
        Word before = words.get(i - 1);
        boolean nameBefore = before.is("PROPN") && before.capitalized() && !NOT_NAMES.contains(before.lower())
                && Lexicon.nationality(before.lower()).isEmpty() && Numerals.word(before.lower()).isEmpty();
        boolean nameAfter = i + 1 < words.size() && words.get(i + 1).is("PROPN") && words.get(i + 1).capitalized();
        return nameBefore || nameAfter;
    }

    /** "an activist group", "a defectors' group", "the rights group": an organization, not people taken. */
    private static boolean organization(List<Word> words, int i) {
        if (!words.get(i).lower().equals("group") || i == 0) {
            return false;
        }
        Word before = words.get(i - 1);
        return before.possessive() || ORGANIZED.contains(before.lower());
    }

    private static Draft phrase(List<Word> words, boolean[] used, int head, Noun noun) {
        Modifiers mods = Modifiers.before(words, head);
        Optional<Found> found = Quantities.endingAt(words, used, mods.start());
        Quantity q = found.map(Found::quantity).orElse(null);
        boolean single = !noun.plural() && !noun.collective();
        Trailers post = Trailers.after(words, used, head, noun.collective(), single);
        People people = people(words.get(head), noun, mods, q, post);
        Group group = group(noun, mods, post);
        Nationality nationality = mods.nationality() == Nationality.UNKNOWN && noun.role() == Role.DEFECTOR
                ? Nationality.NORTH_KOREAN : mods.nationality();
        int start = found.map(Found::start).orElse(mods.start());
        Form form = noun.collective() ? Form.COLLECTIVE : Form.NOUN;
        Draft container = q == null || q.container() == null ? null
                : container(start + q.container().offset(), post.end(), head, q.container(), noun, mods)
                        .withLabels(group, nationality);
        return new Draft(start, post.end(), head, people, group, nationality, q != null && q.definite(), form,
                q == null ? null : q.possessive(), q != null && q.article(), container);
    }

    /** "the nine young North Koreans" inside "Two of the nine young North Koreans": a mention of its own. */
    private static Draft container(int start, int end, int head, Quantity.Container c, Noun noun, Modifiers mods) {
        Sex sex = noun.sex() != null ? noun.sex() : mods.sex();
        People people = Tally.of(c.min(), c.max(), c.approx(), sex, noun.minor() || mods.minor(), List.of());
        return new Draft(start, end, head, people, null, Nationality.UNKNOWN, true, Form.NOUN, null, false);
    }

    private static People people(Word head, Noun noun, Modifiers mods, Quantity q, Trailers post) {
        Quantity count = noun.collective() && post.count() == null && mods.size() != null ? exactly(mods.size())
                : count(noun, q, post);
        Integer min = count == null ? null : count.min();
        Integer max = count == null ? null : count.max();
        boolean approx = count != null ? count.approx() : q != null && q.approx();
        Integer point = min != null && min.equals(max) ? min : null;
        List<Integer> ages = new ArrayList<>();
        mods.ages().forEach(age -> ages.addAll(Tally.repeat(age, point)));
        Lexicon.age(head.lower()).ifPresent(age -> ages.addAll(Tally.repeat(age, point)));
        ages.addAll(post.ages());
        Sex sex = noun.sex() != null ? noun.sex() : mods.sex();
        return Tally.of(min, max, approx, sex, noun.minor() || mods.minor(), ages);
    }

    /** The quantity that counts the people: the quantifier, a collective's size, or one for a singular noun. */
    private static Quantity count(Noun noun, Quantity q, Trailers post) {
        if (noun.collective()) {
            if (post.count() != null) {
                return post.count();
            }
            return noun.size() == null ? null : exactly(noun.size());
        }
        if (q != null && q.counted()) {
            return q;
        }
        boolean determinerOnly = q == null || q.kind() == Kind.DETERMINER;
        return !noun.plural() && determinerOnly ? exactly(1) : null;
    }

    private static Quantity exactly(int n) {
        return new Quantity(n, n, false, Kind.COUNT, false, null, false, false, null);
    }

    private static Group group(Noun noun, Modifiers mods, Trailers post) {
        if (noun.role() == Role.WORKER) {
            return mods.abroad() || post.abroad() ? Group.WORKERS : mods.group();
        }
        return noun.group() != null ? noun.group() : mods.group();
    }
}
