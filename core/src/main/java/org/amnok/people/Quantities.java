package org.amnok.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds quantity phrases among a sentence's words. Stateless and thread-safe. */
final class Quantities {
    /** Longest quantity phrase tried, in words: "somewhere between 600 and 2,000" is five. */
    static final int MAX_WORDS = 8;

    private Quantities() {
    }

    /**
     * A quantity phrase found at words {@code [start, end)}.
     *
     * @param start first word
     * @param end word after the last
     * @param quantity what it states
     */
    record Found(int start, int end, Quantity quantity) {
    }

    /** The longest quantity phrase of unused words that ends just before word {@code end}, or empty. */
    static Optional<Found> endingAt(List<Word> words, boolean[] used, int end) {
        for (int s = Math.max(0, end - MAX_WORDS); s < end; s++) {
            Optional<Quantity> q = free(used, s, end) ? QuantityGrammar.parse(lower(words, s, end)) : Optional.empty();
            if (q.isPresent()) {
                return Optional.of(new Found(s, end, q.get()));
            }
        }
        return Optional.empty();
    }

    /** The longest quantity phrase of unused words that starts at word {@code start}, or empty. */
    static Optional<Found> startingAt(List<Word> words, boolean[] used, int start) {
        for (int e = Math.min(words.size(), start + MAX_WORDS); e > start; e--) {
            Optional<Quantity> q = free(used, start, e) ? QuantityGrammar.parse(lower(words, start, e))
                    : Optional.empty();
            if (q.isPresent()) {
                return Optional.of(new Found(start, e, q.get()));
            }
        }
        return Optional.empty();
    }

    /** Every quantity phrase of unused words that covers word {@code index}, longest first. */
    static List<Found> covering(List<Word> words, boolean[] used, int index) {
        List<Found> out = new ArrayList<>();
        for (int length = MAX_WORDS; length > 0; length--) {
            for (int s = Math.max(0, index - length + 1); s <= index && s + length <= words.size(); s++) {
                int from = s;
                int to = s + length;
                if (free(used, from, to)) {
                    QuantityGrammar.parse(lower(words, from, to)).ifPresent(q -> out.add(new Found(from, to, q)));
                }
            }
        }
        return out;
    }

    static boolean free(boolean[] used, int start, int end) {
        for (int i = start; i < end; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<String> lower(List<Word> words, int start, int end) {
        List<String> out = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            out.add(words.get(i).lower());
        }
        return out;
    }
}
