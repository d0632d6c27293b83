package org.amnok.incident;

import java.util.List;

/**
 * How many people an incident concerns, and who, as far as the text states it.
 *
 * <p>Immutable. Every {@code Integer} is {@code null} when the text does not state it. {@code min == null} with
 * {@code max != null} means "as many as max".
 *
 * @param min lower bound of the count
 * @param max upper bound, {@code null} when open ("more than 30")
 * @param approx true for "about", "some", "several", "dozens"
 * @param female how many are women or girls
 * @param male how many are men or boys
 * @param minors how many are under 18
 * @param ages stated ages in years, in text order; never {@code null}
 */
public record People(Integer min, Integer max, boolean approx, Integer female, Integer male, Integer minors,
                     List<Integer> ages) {

    /** Nothing stated. */
    public static final People UNKNOWN = new People(null, null, false, null, null, null, List.of());

    public People {
        ages = ages == null ? List.of() : List.copyOf(ages);
    }

    /** Exactly {@code n} people, nothing else known. */
    public static People exactly(int n) {
        return new People(n, n, false, null, null, null, List.of());
    }

    /** True when neither bound is known. */
    public boolean isUnknown() {
        return min == null && max == null;
    }
}
