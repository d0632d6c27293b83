package org.amnok.score;

import java.util.Objects;
import java.util.function.Function;
import org.amnok.incident.Incident;

/**
 * The fields score.py compares, in its order ({@code FIELDS}), with the value each one reads from an incident.
 *
 * <p>Values are what score.py would see in the JSON: enum names as strings, counts as integers, {@code null} when
 * absent. Immutable.
 */
enum Field {
    STATUS("status", i -> i.status().name()),
    SCOPE("scope", i -> i.scope().name()),
    PEOPLE_MIN("people.min", i -> i.people().min()),
    PEOPLE_MAX("people.max", i -> i.people().max()),
    PLACE("location.place", i -> i.location().place()),
    DATE("date.value", i -> i.date().value()),
    GROUP("group", i -> i.group() == null ? null : i.group().name()),
    AGENT("agent", i -> i.agent() == null ? null : i.agent().name());

    private final String json;
    private final Function<Incident, Object> reader;

    Field(String json, Function<Incident, Object> reader) {
        this.json = json;
        this.reader = reader;
    }

    /** The field's dotted JSON path, as score.py names it ("people.min"). */
    String json() {
        return json;
    }

    /** True for the fields a strict match needs right ({@code STRICT} in score.py). */
    boolean strict() {
        return this == STATUS || this == PEOPLE_MIN || this == PEOPLE_MAX || this == PLACE || this == DATE;
    }

    /** The predicted incident's value, {@code null} when absent. */
    Object value(Incident incident) {
        return reader.apply(incident);
    }

    /** The gold value: the list of names where the gold lists several places. */
    Object value(GoldIncident gold) {
        return this == PLACE && !gold.places().isEmpty() ? gold.places() : value(gold.incident());
    }

    /** True when either side fills the field, so it counts towards the field's accuracy. */
    boolean filled(GoldIncident gold, Incident predicted) {
        return value(gold) != null || value(predicted) != null;
    }

    /** score.py's {@code agree}: places by their accepted names, dates by the days they cover, the rest equal. */
    boolean agree(GoldIncident gold, Incident predicted) {
        return switch (this) {
            case PLACE -> Places.agree(gold.acceptedPlaces(), predicted.location().place());
            case DATE -> DateBounds.agree(gold.incident().date().value(), predicted.date().value());
            default -> Objects.equals(value(gold.incident()), value(predicted));
        };
    }
}
