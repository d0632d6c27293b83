package org.amnok.people;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads English cardinal numerals written in digits or words: "29", "2,000", "Twenty-nine", "two hundred",
 * "a dozen", "1.5 million".
 *
 * <p>Stateless and thread-safe. Values above {@value #LIMIT} are not read: no report counts people beyond it, and
 * a larger figure is money or a population.
 */
final class Numerals {
    static final int LIMIT = 100_000_000;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3}){1,3}|\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> SCALES = Map.of("dozen", 12, "hundred", 100, "thousand", 1000,
            "million", 1_000_000);

    private Numerals() {
    }

    /** A numeral's value and how many words it took. */
    record Numeral(int value, int length) {
    }

    /** Value of one numeral word ("29", "2,000", "Twenty-nine", "seven"), or empty; case is ignored. */
    static OptionalInt word(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (DIGITS.matcher(w).matches()) {
            return bounded(Long.parseLong(w.replace(",", "")));
        }
        Integer simple = UNITS.containsKey(w) ? UNITS.get(w) : TENS.get(w);
        if (simple != null) {
            return OptionalInt.of(simple);
        }
        return compound(w);
    }

    /** "twenty-nine": a tens word, a hyphen and a unit from one to nine. */
    private static OptionalInt compound(String w) {
        int dash = w.indexOf('-');
        if (dash < 0) {
            return OptionalInt.empty();
        }
        Integer tens = TENS.get(w.substring(0, dash));
        Integer unit = UNITS.get(w.substring(dash + 1));
        boolean valid = tens != null && unit != null && unit > 0 && unit < 10;
        return valid ? OptionalInt.of(tens + unit) : OptionalInt.empty();
    }

    /**
     * The longest numeral that starts at {@code words[from]}, the words already lower-cased: "two hundred",
     * "a dozen", "half a dozen", "twenty four", "1.5 million".
     */
    static Optional<Numeral> read(List<String> words, int from) {
        if (from >= words.size()) {
            return Optional.empty();
        }
        Optional<Numeral> lead = articled(words, from);
        if (lead.isPresent()) {
            return lead;
        }
        OptionalInt base = word(words.get(from));
        if (base.isEmpty()) {
            return decimal(words, from);
        }
        int length = 1;
        long value = base.getAsInt();
        if (TENS.containsKey(words.get(from)) && from + 1 < words.size()) {
            Integer unit = UNITS.get(words.get(from + 1));
            if (unit != null && unit > 0 && unit < 10) {
                value += unit;
                length++;
            }
        }
        return scaled(words, from + length, value, length);
    }

    /** "a dozen", "a hundred", "half a dozen". */
    private static Optional<Numeral> articled(List<String> words, int from) {
        boolean half = words.get(from).equals("half");
        int at = half ? from + 1 : from;
        if (at + 1 >= words.size() || !words.get(at).equals("a")) {
            return Optional.empty();
        }
        Integer scale = SCALES.get(words.get(at + 1));
        if (scale == null) {
            return Optional.empty();
        }
        return Optional.of(new Numeral(half ? scale / 2 : scale, at + 2 - from));
    }

    /** "1.5 million": a decimal is a numeral only when a scale word follows and the product is whole. */
    private static Optional<Numeral> decimal(List<String> words, int from) {
        if (!DECIMAL.matcher(words.get(from)).matches() || from + 1 >= words.size()) {
            return Optional.empty();
        }
        Integer scale = SCALES.get(words.get(from + 1));
        if (scale == null || scale < 1000) {
            return Optional.empty();
        }
        double value = Double.parseDouble(words.get(from)) * scale;
        return value == Math.rint(value) && value <= LIMIT
                ? Optional.of(new Numeral((int) value, 2)) : Optional.empty();
    }

    /** {@code value} times the scale words that follow it: "two hundred", "two dozen", "two hundred thousand". */
    private static Optional<Numeral> scaled(List<String> words, int next, long value, int length) {
        long v = value;
        int i = next;
        while (i < words.size() && SCALES.containsKey(words.get(i)) && v < SCALES.get(words.get(i))) {
            v *= SCALES.get(words.get(i));
            i++;
        }
        return v <= LIMIT ? Optional.of(new Numeral((int) v, length + i - next)) : Optional.empty();
    }

    private static OptionalInt bounded(long value) {
        return value <= LIMIT ? OptionalInt.of((int) value) : OptionalInt.empty();
    }
}
