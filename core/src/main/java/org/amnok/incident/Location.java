package org.amnok.incident;

/**
 * Where an incident happened.
 *
 * <p>Immutable; every field is {@code null} when unknown.
 *
 * @param place canonical name of the most precise named place ("Shenyang", "Yalu River")
 * @param admin1 province ("Liaoning", "Ryanggang")
 * @param country ISO 3166-1 alpha-2 code ("CN", "KP")
 * @param precision how precise {@code place} (or, without a place, the country) is
 * @param facility the facility named in the text ("detention center", "motel"), as written
 * @param lat latitude in degrees, WGS84
 * @param lon longitude in degrees, WGS84
 */
public record Location(String place, String admin1, String country, Precision precision, String facility,
                       Double lat, Double lon) {

    /** Nothing known. */
    public static final Location UNKNOWN = new Location(null, null, null, null, null, null, null);

    /** True when no field is known. */
    public boolean isUnknown() {
        return equals(UNKNOWN);
    }

    /** This location with {@code facility} replaced. */
    public Location withFacility(String newFacility) {
        return new Location(place, admin1, country, precision, newFacility, lat, lon);
    }
}
