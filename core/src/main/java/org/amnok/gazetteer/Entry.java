package org.amnok.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amnok.incident.Precision;

/**
 * A place while the catalog is being assembled: GeoNames rows, admin1 provinces and curated rows meet here
 * before they freeze into {@link Place}s. Mutable; confined to {@link CatalogBuilder}.
 */
final class Entry {
    PlaceKind kind;
    String name;
    final Set<String> names = new LinkedHashSet<>();
    List<String> admin1 = List.of();
    List<String> countries;
    Double lat;
    Double lon;
    long population;
    boolean curated;
    /** The province whose seat this city is, or null. */
    String seatOf;
    List<String> within = List.of();
    List<String> adjectives = List.of();
    final List<Entry> parents = new ArrayList<>();
    Place place;

    Entry(PlaceKind kind, String name, List<String> countries) {
        this.kind = kind;
        this.name = name;
        this.countries = List.copyOf(countries);
        names.add(name);
    }

    static Entry city(Tables.CityRow row, String admin1) {
        Entry e = new Entry(PlaceKind.CITY, row.name(), List.of(row.country()));
        e.names.addAll(row.alternates());
        e.admin1 = admin1 == null ? List.of() : List.of(admin1);
        e.lat = row.lat();
        e.lon = row.lon();
        e.population = row.population();
        return e;
    }

    static Entry province(Tables.Admin1Row row) {
        Entry e = new Entry(PlaceKind.PROVINCE, row.name(), List.of(row.country()));
        e.admin1 = List.of(row.name());
        return e;
    }

    static Entry curated(Tables.CuratedRow row) {
        Entry e = new Entry(row.kind(), row.name(), row.countries());
        e.overlay(row);
        return e;
    }

    /** Lets a curated row take over this entry: its kind, name and spellings win; its blanks keep ours. */
    void overlay(Tables.CuratedRow row) {
        kind = row.kind();
        name = row.name();
        names.add(row.name());
        names.addAll(row.aliases());
        admin1 = row.admin1().isEmpty() ? admin1 : row.admin1();
        lat = row.lat() == null ? lat : row.lat();
        lon = row.lon() == null ? lon : row.lon();
        population = row.population() == null ? population : row.population();
        within = row.within();
        adjectives = row.adjectives();
        curated = true;
    }

    /** Freezes this entry; a place shared by several provinces or countries gets null there. */
    Place freeze() {
        place = new Place(name, kind, admin1.size() == 1 ? admin1.get(0) : null,
                countries.size() == 1 ? countries.get(0) : null, lat, lon, population);
        return place;
    }

    /**
     * Takes the coordinates of the first parent that has them, for a bridge, port, dam, customs post or detention
     * site the data gives none: near enough for a facility, too far for a town, which stays without.
     */
    void inheritCoordinates() {
        if (lat != null || lon != null || kind.precision() != Precision.FACILITY) {
            return;
        }
        for (Entry parent : parents) {
            if (parent.lat != null && parent.lon != null) {
                lat = parent.lat;
                lon = parent.lon;
                return;
            }
        }
    }
}
