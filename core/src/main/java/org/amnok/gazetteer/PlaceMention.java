package org.amnok.gazetteer;

import java.util.Objects;
import org.amnok.incident.Span;

/**
 * A place named in a text. Immutable.
 *
 * @param span document offsets of the name as written, including a "Province" or "City" that follows it
 * @param place the place the name is resolved to in its context; never null
 * @param adjective true when the text uses a demonym ("Chinese", "North Korean") rather than the name
 */
public record PlaceMention(Span span, Place place, boolean adjective) {

    /** Rejects a mention without span or place: a programmer error. */
    public PlaceMention {
        Objects.requireNonNull(span, "a mention needs a span");
        Objects.requireNonNull(place, "a mention needs a place");
    }
}
