package org.amnok.score;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.amnok.incident.Incident;
import org.amnok.incident.Span;

/**
 * A gold incident with the annotations only gold files carry: whether extracting it is optional, other sentences
 * that state it too, and several acceptable place names.
 *
 * <p>Immutable.
 *
 * @param incident the incident; when {@code places} is not empty its place is the first of them
 * @param optional true when extracting it or not are both right (never counted as found or missed)
 * @param also other evidence spans that state the same incident; a prediction overlapping any of them matches
 * @param places the acceptable place names when the gold gives a list, in gold order; empty when it gives one
 *     name or none (then {@code incident.location().place()} is the only answer)
 */
public record GoldIncident(Incident incident, boolean optional, List<Span> also, List<String> places) {

    public GoldIncident {
        Objects.requireNonNull(incident, "incident");
        also = List.copyOf(also);
        places = List.copyOf(places);
    }

    /** A plain gold incident: required, one evidence span, one place or none. */
    public static GoldIncident of(Incident incident) {
        return new GoldIncident(incident, false, List.of(), List.of());
    }

    /** The place names a prediction may give; a single {@code null} when the gold names no place. */
    public List<String> acceptedPlaces() {
        return places.isEmpty() ? Collections.singletonList(incident.location().place()) : places;
    }

    /** The evidence span followed by the {@code also} spans. */
    public List<Span> evidenceSpans() {
        return Stream.concat(Stream.of(incident.evidence().span()), also.stream()).toList();
    }
}
