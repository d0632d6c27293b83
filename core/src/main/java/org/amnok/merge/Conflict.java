package org.amnok.merge;

import java.util.List;
import java.util.Objects;

/**
 * A field on which the members of a case disagree, e.g. {@code people.min: [13 (AFP), 15 (Daily NK)]}.
 *
 * <p>Immutable and thread-safe. Members that leave the field unstated take no side.
 *
 * @param field one of {@code people.min}, {@code people.max}, {@code date}, {@code place}, {@code status}
 * @param claims two or more distinct values, ordered by their first report
 */
public record Conflict(String field, List<Claim> claims) {

    public Conflict {
        Objects.requireNonNull(field, "field");
        claims = List.copyOf(claims);
    }
}
