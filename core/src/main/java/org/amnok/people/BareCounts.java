package org.amnok.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amnok.incident.People;
import org.amnok.people.Draft.Form;
import org.amnok.people.Quantities.Found;

/**
 * Finds counts that stand for people without a noun: "Seven were taken into custody", "the other five", "nabbed
 * five more", "19 of the 24", "nine of them", "somewhere between 600 and 2,000". Stateless and thread-safe.
 *
 * <p>A number is a count of people only where nothing else can own it: not before a noun ("three days", "400
 * kilometers", "four safehouses"), not after a month, a currency sign, a preposition or "aged", not a year.
 */
final class BareCounts {
    private static final Set<String> TRIGGERS = Set.of("both", "several", "dozens", "hundreds", "thousands",
            "scores");
    /** Quantifiers that stand for people only with "of": "most of them", "some of the detainees". */
    private static final Set<String> PARTITIVE_TRIGGERS = Set.of("most", "some", "many", "all", "few", "several");
    /** Openers that make the count point back, so it may follow any word: "connected to the 41". */
    private static final Set<String> ANAPHORIC = Set.of("the", "all", "another", "these", "those", "only", "just",
            "both", "an", "additional");
    private static final Set<String> BAD_BEFORE = Set.of("aged", "age", "ages", "minus", "plus", "no.", "number",
            "to", "$", "#", "(", "\u20ac", "\u00a3", "\u00a5", "us$", "page", "article");
    private static final Set<String> OK_BEFORE = Set.of("with", "among", "including", "than");
    private static final Set<String> PARTICLES = Set.of("up", "out", "off", "down", "back", "away");
    private static final Set<String> BAD_AFTER_POS = Set.of("NOUN", "PROPN", "ADJ", "NUM", "SYM");
    private static final Set<String> UNITS = Set.of("%", "percent", "per", "times", "won", "yuan", "rmb", "dollars",
            "a.m.", "p.m.", "am", "pm", "o'clock", "-", "degrees", "'s");
    /** Openers of a bounded count, which may follow "at" or "to": "put the number at over 2,000". */
    private static final Set<String> BOUNDED = Set.of("about", "around", "roughly", "approximately", "nearly",
            "almost", "some", "over", "more", "at", "no", "between", "somewhere", "up", "as", "well");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> EVENTS = Set.of("arrests", "returns", "repatriations", "deportations",
            "detentions", "executions", "arrest", "return", "repatriation", "deportation", "handovers");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private BareCounts() {
    }

    /** The bare counts among the unused {@code words}, in order; marks their words in {@code used}. */
    static List<Draft> find(List<Word> words, boolean[] used) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!used[i] && trigger(words.get(i))) {
                Optional<Found> found = best(words, used, i);
                if (found.isPresent()) {
                    Draft d = draft(found.get(), i);
                    Marks.use(used, d);
                    out.add(d);
                }
            }
        }
        return out;
    }

    private static boolean trigger(Word w) {
        return Numerals.word(w.lower()).isPresent() || TRIGGERS.contains(w.lower())
                || PARTITIVE_TRIGGERS.contains(w.lower()) || w.lower().matches("\\d+[-\u2013]\\d+");
    }

    private static Optional<Found> best(List<Word> words, boolean[] used, int i) {
        return Quantities.covering(words, used, i).stream().filter(f -> fits(words, f, i)).findFirst();
    }

    private static boolean fits(List<Word> words, Found f, int trigger) {
        Quantity q = f.quantity();
        boolean vagueTrigger = PARTITIVE_TRIGGERS.contains(words.get(trigger).lower());
        if (vagueTrigger ? !q.partitive() : !q.counted()) {
            return false;
        }
        return !loneOne(words, f) && !year(words, f) && after(words, f) && before(words, f);
    }

    /** "one" alone is a pronoun or an article ("one day"); it counts a person only as "one of" or "only one". */
    private static boolean loneOne(List<Word> words, Found f) {
        Quantity q = f.quantity();
        boolean one = Integer.valueOf(1).equals(q.min()) && Integer.valueOf(1).equals(q.max());
        String first = words.get(f.start()).lower();
        return one && !q.partitive() && !first.equals("only") && !first.equals("just");
    }

    private static boolean year(List<Word> words, Found f) {
        for (int k = f.start(); k < f.end(); k++) {
            String w = words.get(k).lower();
            if (w.matches("\\d{4}") && Integer.parseInt(w) >= FIRST_YEAR && Integer.parseInt(w) <= LAST_YEAR) {
                return true;
            }
        }
        return false;
    }

    /** Nothing after the count may be what it counts: a noun, an adjective, a unit. */
    private static boolean after(List<Word> words, Found f) {
        if (f.end() >= words.size()) {
            return true;
        }
        String last = words.get(f.end() - 1).lower();
        if (f.quantity().partitive() && (last.equals("them") || last.equals("whom"))) {
            return true;
        }
        Word next = words.get(f.end());
        if (eventOf(words, f.end())) {
            return true;
        }
        return !BAD_AFTER_POS.contains(next.pos()) && !UNITS.contains(next.lower()) && !next.possessive();
    }

    /**
     * True when an event noun and "of" follow ("41 arrests of North Koreans", "670 forced returns of"): the count
     * is of people taken, and {@link Attachments} folds it into the people named after "of".
     */
    static boolean eventOf(List<Word> words, int at) {
        int k = at;
        if (k < words.size() && !EVENTS.contains(words.get(k).lower()) && !words.get(k).nominal()) {
            k++;
        }
        return k + 1 < words.size() && EVENTS.contains(words.get(k).lower()) && words.get(k + 1).lower().equals("of");
    }

    /** The word before the count must leave it free: not a month ("May 29"), a sign ("$600") or a preposition. */
    private static boolean before(List<Word> words, Found f) {
        if (f.start() == 0) {
            // Style guides spell out a number that opens a sentence; digits there mean the sentence detector split
            // a date after "Aug." and the number is a day.
            return !Character.isDigit(words.get(0).text().charAt(0)) || f.quantity().partitive();
        }
        Word prev = words.get(f.start() - 1);
        String first = words.get(f.start()).lower();
        // "April 26 and 27" pairs days, but "April 26 and another 40" counts people anew.
        if (calendar(words, f.start()) || secondOfPair(words, f.start()) && !first.equals("another")) {
            return false;
        }
        if (BOUNDED.contains(first) && Set.of("at", "to").contains(prev.lower())) {
            return true;
        }
        if (BAD_BEFORE.contains(prev.lower())) {
            return false;
        }
        if (ANAPHORIC.contains(first) || first.equals("between") || first.equals("somewhere")) {
            return !prev.is("NUM");
        }
        if (OK_BEFORE.contains(prev.lower()) || particle(words, f.start() - 1)) {
            return true;
        }
        if (f.quantity().partitive() && (prev.is("NOUN") || prev.is("VERB"))) {
            return true;
        }
        return !Set.of("NOUN", "PROPN", "NUM", "SYM", "ADJ", "DET", "ADP").contains(prev.pos());
    }

    /** "aged between 20 and 35": the number closes a pair whose first half was no count of people. */
    private static boolean secondOfPair(List<Word> words, int k) {
        return k >= 2 && Set.of("and", "to", "or").contains(words.get(k - 1).lower())
                && Numerals.word(words.get(k - 2).lower()).isPresent();
    }

    /** "picked up two more", "singled out three": a verb's particle, not a preposition. */
    private static boolean particle(List<Word> words, int k) {
        return PARTICLES.contains(words.get(k).lower()) && k > 0 && words.get(k - 1).is("VERB");
    }

    /** True when a month name stands before word {@code k}, with or without its abbreviation's full stop. */
    private static boolean calendar(List<Word> words, int k) {
        int before = k - 1;
        if (before > 0 && words.get(before).lower().equals(".")) {
            before--;
        }
        String w = words.get(before).lower();
        return MONTHS.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    private static Draft draft(Found f, int trigger) {
        Quantity q = f.quantity();
        People people = new People(q.min(), q.max(), q.approx(), null, null, null, List.of());
        Draft container = null;
        if (q.container() != null) {
            Quantity.Container c = q.container();
            People pool = new People(c.min(), c.max(), c.approx(), null, null, null, List.of());
            container = new Draft(f.start() + c.offset(), f.end(), f.end() - 1, pool, null, Nationality.UNKNOWN, true,
                    Form.NUMBER, null, false);
        }
        return new Draft(f.start(), f.end(), trigger, people, null, Nationality.UNKNOWN, q.definite(), Form.NUMBER,
                null, false, container);
    }
}
