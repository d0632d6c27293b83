package org.amnok.people;

/**
 * What the words in front of a people noun (or standing for one) say about how many there are.
 *
 * @param min lower bound, {@code null} when open or not stated
 * @param max upper bound, {@code null} when open or not stated
 * @param approx "about", "some", "several", "dozens"
 * @param kind whether a count is stated, only hinted, or the words are a bare determiner
 * @param definite the words point back to people already named: "the five", "all 12", "the other two"
 * @param possessive the possessive pronoun in front ("her", "his"), lower case, or {@code null}
 * @param partitive the phrase picks some out of a larger set: "19 of the 24", "nine of them"
 * @param article the phrase opens with "a" or "an"
 * @param container the counted set a partitive picks from ("the 24" in "19 of the 24"), or {@code null}
 */
record Quantity(Integer min, Integer max, boolean approx, Kind kind, boolean definite, String possessive,
                boolean partitive, boolean article, Container container) {

    /**
     * The set a partitive picks from, when it is counted.
     *
     * @param offset index of its first word ("the") among the phrase's words
     * @param min lower bound
     * @param max upper bound
     * @param approx "about"
     */
    record Container(int offset, Integer min, Integer max, boolean approx) {
    }

    /** How much a quantity phrase states. */
    enum Kind {
        /** At least one bound is stated: "two", "more than 30", "several". */
        COUNT,
        /** Plural with no number: "many", "some", "most", "a number of". */
        VAGUE,
        /** A determiner alone ("a", "the", "his"): the noun's number decides. */
        DETERMINER,
        /** "every", "any", "no": no one in particular, so no count. */
        GENERIC
    }

    /** True when a bound is stated. */
    boolean counted() {
        return kind == Kind.COUNT;
    }
}
