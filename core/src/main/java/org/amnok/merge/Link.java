package org.amnok.merge;

import java.util.Objects;

/**
 * Why two members share a case: one edge of the tree that joined the case.
 *
 * <p>Immutable and thread-safe.
 *
 * @param a the smaller member id of the two
 * @param b the larger member id
 * @param rule the named rules that matched, joined by {@code "+"}, e.g.
 *             {@code "date-same-day+place-same+people-close"}, or {@code "analyst-merge"}
 * @param explanation the same in a sentence for an analyst
 */
public record Link(String a, String b, String rule, String explanation) {

    public Link {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(explanation, "explanation");
    }
}
