package org.amnok.people;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.amnok.incident.People;
import org.amnok.people.Draft.Form;
import org.amnok.people.Lexicon.Sex;

/**
 * Finds named people with their age set off after the name: "Ri, 39," and "Kang (43)". Each is one person of that
 * age. Stateless and thread-safe.
 */
final class NamedAges {
    private static final int MAX_NAME_WORDS = 4;
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
            "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    private static final Set<String> PLACE_WORDS = Set.of("province", "city", "county", "district", "river",
            "prefecture", "town", "village", "camp", "center", "centre", "station", "article", "no.");
    /** Words before a proper noun that make it a place or a date, not a person. */
    private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "from", "near", "to", "on", "into", "of",
            "via", "across", "outside");
    private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", "and");

    private NamedAges() {
    }

    /** The named people among the unused {@code words}, in order; marks their words in {@code used}. */
    static List<Draft> find(List<Word> words, boolean[] used) {
        List<Draft> out = new ArrayList<>();
        for (int k = 1; k + 1 < words.size(); k++) {
            int end = ageEnd(words, used, k);
            int start = end < 0 ? -1 : nameStart(words, used, k);
            if (start >= 0) {
                Draft d = draft(words, start, k, end);
                Marks.use(used, d);
                out.add(d);
            }
        }
        return out;
    }

    /** The word after "(39)" or ", 39" that starts at {@code k}, or -1 when there is no set-off age there. */
    private static int ageEnd(List<Word> words, boolean[] used, int k) {
        String open = words.get(k).lower();
        if (used[k + 1] || !words.get(k + 1).is("NUM") || Trailers.age(words, k + 1).isEmpty()) {
            return -1;
        }
        String after = k + 2 < words.size() ? words.get(k + 2).lower() : ".";
        if (open.equals("(")) {
            return after.equals(")") ? k + 3 : -1;
        }
        return open.equals(",") && CLOSERS.contains(after) ? k + 2 : -1;
    }

    /** First word of the name that ends before word {@code k}, or -1 when what precedes is no person's name. */
    private static int nameStart(List<Word> words, boolean[] used, int k) {
        int j = k - 1;
        while (j >= 0 && k - 1 - j < MAX_NAME_WORDS && nameWord(words.get(j), used[j])) {
            j--;
        }
        int start = j + 1;
        if (start == k || j >= 0 && PLACE_BEFORE.contains(words.get(j).lower())) {
            return -1;
        }
        return start;
    }

    private static boolean nameWord(Word w, boolean used) {
        return !used && w.is("PROPN") && w.capitalized() && !CALENDAR.contains(w.lower())
                && !PLACE_WORDS.contains(w.lower());
    }

    private static Draft draft(List<Word> words, int start, int open, int end) {
        OptionalInt age = Trailers.age(words, open + 1);
        String title = words.get(start).lower();
        Sex sex = title.startsWith("mr") && !title.startsWith("mrs") ? Sex.MALE
                : Set.of("ms.", "ms", "mrs.", "mrs", "miss").contains(title) ? Sex.FEMALE : null;
        People people = Tally.of(1, 1, false, sex, false, List.of(age.getAsInt()));
        return new Draft(start, end, open - 1, people, null, Nationality.UNKNOWN, false, Form.NAME, null, false);
    }
}
