package org.amnok.people;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.amnok.incident.People;
import org.amnok.people.Numerals.Numeral;

/**
 * The count normalizer on its own: a quantity phrase in, the spec's {@code people} bounds out.
 *
 * <p>Stateless and thread-safe. Rules (from {@code shared/spec/incidents.md}): "two" 2/2; "about 20" 20/20 approx;
 * "more than 30" 31/open; "at least 41" 41/open; "as many as 2,000" open/2000; "five or six" 5/6; "600 to 2,000"
 * and "(somewhere) between 600 and 2,000" 600/2000; "several" 3/open approx; "dozens" 24/open approx; "hundreds"
 * 200/open approx; "tens of thousands" 20000/open approx; "many" open/open; "19 of the 24" 19/19.
 */
public final class Counts {
    private Counts() {
    }

    /**
     * The count a quantity phrase states, with nothing known about sex, minors or ages.
     *
     * @param quantity the phrase alone, without its noun ("more than 30", "about 20", "the other five"); case and
     *     surrounding white space are ignored; {@code null} reads as empty
     * @return bounds when the phrase is a quantity, {@code People} with both bounds {@code null} for a plural
     *     without number ("many"); empty when it is not a quantity phrase or is a bare determiner ("the", "a")
     */
    public static Optional<People> parse(String quantity) {
        return QuantityGrammar.parse(words(quantity))
                .filter(q -> q.kind() == Quantity.Kind.COUNT || q.kind() == Quantity.Kind.VAGUE)
                .map(q -> new People(q.min(), q.max(), q.approx(), null, null, null, List.of()));
    }

    /**
     * The value of one numeral: digits ("2,000" 2000), words in any case ("Twenty-four" 24, "two hundred" 200),
     * "a dozen" 12, and the pair words "a pair", "the couple" 2.
     *
     * @param word the numeral alone; {@code null} reads as empty
     * @return its value, or empty when the text is not exactly one numeral
     */
    public static OptionalInt number(String word) {
        List<String> words = words(word);
        if (words.size() == 2 && List.of("a", "the").contains(words.get(0))
                && List.of("pair", "couple").contains(words.get(1))) {
            return OptionalInt.of(2);
        }
        Optional<Numeral> n = Numerals.read(words, 0);
        return n.isPresent() && n.get().length() == words.size() ? OptionalInt.of(n.get().value())
                : OptionalInt.empty();
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.asList(text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
