package org.amnok.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amnok.incident.AmnokException;

/**
 * Assembles the {@link Catalog} from the three layers: GeoNames cities, admin1 provinces, and the curated places
 * that overlay or extend them. Single-use and confined to one thread; the catalog it builds is immutable.
 */
final class CatalogBuilder {
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Map<String, List<Alias>> aliases = new LinkedHashMap<>();
    private final Stoplist stoplist;

    private CatalogBuilder(Stoplist stoplist) {
        this.stoplist = stoplist;
    }

    /** The catalog of the data files on the class path. */
    static Catalog load() {
        return build(Tables.cities(), Tables.admin1(), Tables.places(), Stoplist.read());
    }

    static Catalog build(List<Tables.CityRow> cities, List<Tables.Admin1Row> admin1, List<Tables.CuratedRow> places,
                         Stoplist stoplist) {
        CatalogBuilder b = new CatalogBuilder(stoplist);
        b.addCities(cities, admin1);
        admin1.forEach(row -> b.add(Entry.province(row)));
        places.forEach(b::addCurated);
        b.entries.forEach(b::resolveParents);
        b.entries.forEach(Entry::inheritCoordinates);
        b.entries.forEach(Entry::freeze);
        b.entries.forEach(b::register);
        stoplist.phrases().forEach(b::block);
        return b.catalog();
    }

    private void addCities(List<Tables.CityRow> cities, List<Tables.Admin1Row> admin1) {
        Map<String, Tables.Admin1Row> codes = new HashMap<>();
        admin1.forEach(row -> codes.put(row.country() + "." + row.code(), row));
        for (Tables.CityRow row : cities) {
            Tables.Admin1Row province = codes.get(row.country() + "." + row.admin1Code());
            Entry e = Entry.city(row, province == null ? null : province.name());
            if (province != null && province.seat().equals(row.name())) {
                e.seatOf = province.name();
            }
            add(e);
        }
    }

    private void add(Entry e) {
        entries.add(e);
        index(e);
    }

    private void index(Entry e) {
        for (String name : e.names) {
            List<Entry> list = byKey.computeIfAbsent(Folding.key(name), k -> new ArrayList<>());
            if (!list.contains(e)) {
                list.add(e);
            }
        }
    }

    private void addCurated(Tables.CuratedRow row) {
        Optional<Entry> target = overlaid(row);
        if (target.isPresent()) {
            target.get().overlay(row);
            index(target.get());
        } else {
            add(Entry.curated(row));
        }
    }

    /** The GeoNames city or admin1 province that a curated row of the same country and spelling takes over. */
    private Optional<Entry> overlaid(Tables.CuratedRow row) {
        boolean province = row.kind() == PlaceKind.PROVINCE;
        if (!province && row.kind() != PlaceKind.CITY && row.kind() != PlaceKind.COUNTY) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(row.aliases());
        names.add(0, row.name());
        return names.stream()
                .flatMap(n -> byKey.getOrDefault(Folding.key(n), List.of()).stream())
                .filter(e -> !e.curated && (e.kind == PlaceKind.PROVINCE) == province)
                .filter(e -> e.countries.equals(row.countries()))
                .filter(e -> row.admin1().isEmpty() || e.admin1.equals(row.admin1()))
                .max(Comparator.comparingLong(e -> e.population));
    }

    private void resolveParents(Entry e) {
        for (String name : e.within) {
            e.parents.add(byKey.getOrDefault(Folding.key(name), List.of()).stream()
                    .filter(p -> p != e)
                    .max(Comparator.<Entry>comparingInt(p -> overlap(p.countries, e.countries))
                            .thenComparingInt(p -> overlap(p.admin1, e.admin1))
                            .thenComparing(p -> p.curated)
                            .thenComparingLong(p -> p.population))
                    .orElseThrow(() -> new AmnokException("places.tsv: " + e.name + " lies within '" + name
                            + "', which names no place; fix the spelling or add that place")));
        }
    }

    private static int overlap(List<String> a, List<String> b) {
        return (int) a.stream().filter(b::contains).count();
    }

    private void register(Entry e) {
        for (String name : e.names) {
            if (e.curated && !Folding.isPlain(name)) {
                throw new AmnokException("places.tsv: spelling '" + name + "' of " + e.name + " has a character"
                        + " a text match can never cross; use letters, digits, spaces, hyphens and apostrophes");
            }
            put(Folding.name(name), new Alias(e.place, 0, false), e.curated);
        }
        for (String adjective : e.adjectives) {
            put(Folding.name(adjective), new Alias(e.place, 0, true), true);
        }
    }

    private void block(String phrase) {
        put(Folding.name(phrase), new Alias(null, 0, false), true);
    }

    /** Files the spelling under its key, with that spelling's capitals, unless the stop list forbids it. */
    private void put(FoldedName folded, Alias alias, boolean curated) {
        if (folded.key().isEmpty() || !curated && stoplist.stops(folded.key())) {
            return;
        }
        List<Alias> list = aliases.computeIfAbsent(folded.key(), k -> new ArrayList<>());
        boolean known = list.stream().anyMatch(a -> a.place() == null ? alias.place() == null
                : a.place().equals(alias.place()) && a.adjective() == alias.adjective());
        if (!known) {
            list.add(new Alias(alias.place(), folded.upperMask(), alias.adjective()));
        }
    }

    private Catalog catalog() {
        Map<Place, Integer> order = new HashMap<>();
        Set<Place> curated = new HashSet<>();
        Set<Place> seats = new HashSet<>();
        for (Entry e : entries) {
            order.putIfAbsent(e.place, order.size());
            if (e.curated) {
                curated.add(e.place);
            }
            if (e.seatOf != null && e.names.stream().map(Folding::key).anyMatch(Folding.key(e.seatOf)::equals)) {
                seats.add(e.place);
            }
        }
        Map<String, Entry> regions = regions();
        Map<String, Place> regionPlaces = new HashMap<>();
        regions.forEach((key, e) -> regionPlaces.put(key, e.place));
        return new Catalog(NameTrie.of(aliases), stoplist.surnames(), order, curated, seats, ancestors(regions),
                regionPlaces);
    }

    /** Countries and provinces by {@link #region} key. */
    private Map<String, Entry> regions() {
        Map<String, Entry> regions = new HashMap<>();
        for (Entry e : entries) {
            if (e.kind == PlaceKind.COUNTRY || e.kind == PlaceKind.PROVINCE) {
                regions.putIfAbsent(region(e.countries.get(0), e.kind == PlaceKind.COUNTRY ? null : e.name), e);
            }
        }
        return regions;
    }

    private Map<Place, Set<Place>> ancestors(Map<String, Entry> regions) {
        Map<Place, Set<Place>> out = new HashMap<>();
        for (Entry e : entries) {
            Set<Place> set = new LinkedHashSet<>();
            collect(e, regions, set, 0);
            set.remove(e.place);
            out.put(e.place, Set.copyOf(set));
        }
        return out;
    }

    /** Key of a country (province null) or of one of its provinces. */
    static String region(String country, String province) {
        return province == null ? country : country + "/" + province;
    }

    /** Adds the countries, provinces and parents of {@code e}, and theirs, to {@code into}. */
    private static void collect(Entry e, Map<String, Entry> regions, Set<Place> into, int depth) {
        if (depth > 8) {
            throw new AmnokException("places.tsv: " + e.name + " lies within a loop of places; break the loop");
        }
        for (String country : e.countries) {
            Optional.ofNullable(regions.get(region(country, null))).ifPresent(r -> into.add(r.place));
            for (String province : e.admin1) {
                Optional.ofNullable(regions.get(region(country, province))).ifPresent(r -> into.add(r.place));
            }
        }
        for (Entry parent : e.parents) {
            into.add(parent.place);
            collect(parent, regions, into, depth + 1);
        }
    }
}
