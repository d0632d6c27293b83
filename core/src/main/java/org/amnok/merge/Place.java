package org.amnok.merge;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.Precision;

/**
 * A location reduced to what place comparison needs: lower-case canonical names.
 *
 * <p>Immutable.
 *
 * @param name the place, lower case, aliases resolved ("amnok river" is "yalu river"); {@code null} when unnamed
 * @param admin1 the province, lower case, or {@code null}
 * @param country the ISO code, upper case, or {@code null}
 * @param border true when the location is a stretch of frontier or river ("near the border")
 */
record Place(String name, String admin1, String country, boolean border) {

    /** Other spellings of the frontier and its rivers, as the spec names them. */
    private static final Map<String, String> ALIASES = Map.of(
            "amnok river", "yalu river", "amrok river", "yalu river", "duman river", "tumen river",
            "sino-north korean border", "china-north korea border",
            "china-dprk border", "china-north korea border", "sino-dprk border", "china-north korea border",
            "north korea-china border", "china-north korea border");

    /** The comparable form of {@code location}. */
    static Place of(Location location) {
        return new Place(interned(canonical(location.place())), interned(lower(location.admin1())),
                location.country() == null ? null : location.country().trim().toUpperCase(Locale.ROOT).intern(),
                location.precision() == Precision.BORDER);
    }

    /** Names are few and compared often: one instance per name makes equal names equal by reference. */
    private static String interned(String s) {
        return s == null ? null : s.intern();
    }

    /** Lower-case name with dashes unified and aliases resolved; {@code null} for {@code null} or blank. */
    static String canonical(String name) {
        String s = lower(name);
        return s == null ? null : ALIASES.getOrDefault(s, s);
    }

    private static String lower(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.trim().toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-');
    }

    /** True when nothing is known. */
    boolean unknown() {
        return name == null && admin1 == null && country == null && !border;
    }

    /**
     * How two places relate, as an agreement rule, or {@link Rule#PLACES_DIFFER}.
     *
     * <p>Same name: PLACE_SAME. A name that is the other's province, or a named place in the province the other
     * gives alone: PLACE_INSIDE. A border stretch against anything that is not a differently named border
     * stretch: PLACE_NEAR_BORDER. One named place against a bare country: PLACE_SAME_COUNTRY. For a
     * REPATRIATION or CROSSING, which spans the frontier, places in two countries: PLACE_CROSS_BORDER. Named
     * places in one country, or two provinces, that differ: PLACES_DIFFER.
     */
    Rule compare(Place other, IncidentType type) {
        boolean anyBorder = border || other.border;
        if (country != null && other.country != null && !country.equals(other.country)) {
            if (anyBorder && !(border && other.border && differentNames(other))) {
                return Rule.PLACE_NEAR_BORDER;
            }
            return crossesBorder(type) ? Rule.PLACE_CROSS_BORDER : Rule.PLACES_DIFFER;
        }
        if (name != null && other.name != null) {
            return bothNamed(other, anyBorder);
        }
        if (name != null || other.name != null) {
            return name != null ? oneNamed(this, other, anyBorder) : oneNamed(other, this, anyBorder);
        }
        if (admin1 != null && other.admin1 != null) {
            return admin1.equals(other.admin1) ? Rule.PLACE_INSIDE : Rule.PLACES_DIFFER;
        }
        return unknown() || other.unknown() ? Rule.PLACE_UNKNOWN : Rule.PLACE_SAME_COUNTRY;
    }

    private Rule bothNamed(Place other, boolean anyBorder) {
        if (name.equals(other.name)) {
            return Rule.PLACE_SAME;
        }
        if (name.equals(other.admin1) || other.name.equals(admin1)) {
            return Rule.PLACE_INSIDE;
        }
        if (border && other.border) {
            return Rule.PLACES_DIFFER; // the Yalu is not the Tumen
        }
        return anyBorder ? Rule.PLACE_NEAR_BORDER : Rule.PLACES_DIFFER;
    }

    private static Rule oneNamed(Place named, Place bare, boolean anyBorder) {
        if (bare.admin1 != null) {
            if (bare.admin1.equals(named.admin1) || bare.admin1.equals(named.name)) {
                return Rule.PLACE_INSIDE;
            }
            return anyBorder ? Rule.PLACE_NEAR_BORDER : Rule.PLACES_DIFFER;
        }
        if (bare.border) {
            return Rule.PLACE_NEAR_BORDER;
        }
        return bare.country != null ? Rule.PLACE_SAME_COUNTRY : Rule.PLACE_UNKNOWN;
    }

    /**
     * True when two places that {@link #compare} finds different may still be one event's place told with
     * noise: they lie in different countries (one is often where the report was written, not where the event
     * happened), or one names no more than a province (often where the people came from or were taken to). Two
     * different named places of one country never are.
     */
    boolean disputable(Place other) {
        if (country != null && other.country != null && !country.equals(other.country)) {
            return true;
        }
        return !local() || !other.local();
    }

    /** True when the name is finer than a province. */
    private boolean local() {
        return name != null && !name.equals(admin1);
    }

    private boolean differentNames(Place other) {
        return name != null && other.name != null && !Objects.equals(name, other.name);
    }

    private static boolean crossesBorder(IncidentType type) {
        return type == IncidentType.REPATRIATION || type == IncidentType.CROSSING;
    }
}
