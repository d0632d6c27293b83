package org.amnok.gazetteer;

import java.util.Objects;
import org.amnok.incident.Precision;

/**
 * A named place of the gazetteer. Immutable; equal when every field is equal.
 *
 * <p>A place shared by several countries or provinces (the Yalu and Tumen rivers, the China-North Korea border,
 * a dam across the Yalu) has a {@code null} country or admin1; {@link Gazetteer#contains} still knows where it
 * lies.
 *
 * @param name canonical name in the spec's gold style ("Sinuiju", "Yalu River"); never null
 * @param kind what sort of place; never null
 * @param admin1 province name as the spec writes it ("Liaoning", "Ryanggang"); null for a country or when shared
 * @param country ISO 3166-1 alpha-2 code ("CN"); null when shared by several countries
 * @param lat latitude in WGS84 degrees, or null when unknown
 * @param lon longitude in WGS84 degrees, or null when unknown
 * @param population inhabitants according to GeoNames; 0 when unknown or not a settlement
 */
public record Place(String name, PlaceKind kind, String admin1, String country, Double lat, Double lon,
                    long population) {

    /** Rejects a nameless or kindless place and a negative population: those are programmer errors. */
    public Place {
        Objects.requireNonNull(name, "a place needs a name");
        Objects.requireNonNull(kind, "a place needs a kind");
        if (population < 0) {
            throw new IllegalArgumentException("population of " + name + " is " + population + "; pass 0 when"
                    + " unknown");
        }
    }

    /** How precise an incident located here is: see {@link PlaceKind#precision()}. */
    public Precision precision() {
        return kind.precision();
    }
}
