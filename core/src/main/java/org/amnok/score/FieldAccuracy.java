package org.amnok.score;

import java.util.Optional;

/**
 * How often matched pairs agree on one field, counting only pairs where gold or prediction fills it.
 *
 * <p>Immutable.
 *
 * @param field the field's dotted JSON path ("people.min")
 * @param agreed pairs that agree
 * @param compared pairs where gold or prediction fills the field
 */
public record FieldAccuracy(String field, int agreed, int compared) {

    /** {@code agreed / compared} rounded to 3 decimals; empty when no pair filled the field. */
    public Optional<Double> findAccuracy() {
        return compared == 0 ? Optional.empty() : Optional.of(PyText.round3((double) agreed / compared));
    }

    FieldAccuracy plus(boolean agree) {
        return new FieldAccuracy(field, agreed + (agree ? 1 : 0), compared + 1);
    }
}
