package org.amnok.gazetteer;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the gazetteer knows, frozen: the name trie, how to rank the senses of a name, and where each place
 * lies. Immutable and thread-safe. Built by {@link CatalogBuilder}.
 */
final class Catalog {
    private static final Set<String> HOME = Set.of("CN", "KP");

    private final NameTrie trie;
    private final Set<String> surnames;
    private final Map<Place, Integer> order;
    private final Set<Place> curated;
    private final Set<Place> seats;
    private final Map<Place, Set<Place>> ancestors;
    private final Map<String, Place> regions;
    private final Comparator<Place> ranking;

    Catalog(NameTrie trie, Set<String> surnames, Map<Place, Integer> order, Set<Place> curated, Set<Place> seats,
            Map<Place, Set<Place>> ancestors, Map<String, Place> regions) {
        this.trie = trie;
        this.surnames = Set.copyOf(surnames);
        this.order = Map.copyOf(order);
        this.curated = Set.copyOf(curated);
        this.seats = Set.copyOf(seats);
        this.ancestors = Map.copyOf(ancestors);
        this.regions = Map.copyOf(regions);
        this.ranking = Comparator.comparingInt(this::countryTier).reversed()
                .thenComparing(Comparator.comparingInt(this::adminTier).reversed())
                .thenComparing(p -> !this.curated.contains(p))
                .thenComparing(Comparator.comparingLong(Place::population).reversed())
                .thenComparingInt(p -> this.order.getOrDefault(p, Integer.MAX_VALUE));
    }

    NameTrie trie() {
        return trie;
    }

    /** Keys of surnames, after which a name is a given name. */
    Set<String> surnames() {
        return surnames;
    }

    /**
     * Orders the senses of one name, best first: North Korean and Chinese places (and those they share) before
     * others; a country, then a city that is the seat of a same-named province ("Beijing"), then a province
     * ("Jilin" before Jilin city), then the rest; curated before GeoNames-only; then larger population.
     */
    Comparator<Place> ranking() {
        return ranking;
    }

    /** True when {@code inner} is {@code outer} or lies inside it: see {@link Gazetteer#contains}. */
    boolean contains(Place outer, Place inner) {
        return outer.equals(inner) || ancestors(inner).contains(outer);
    }

    /** Countries, provinces and containing places of {@code place}; for a foreign place, from its fields. */
    Set<Place> ancestors(Place place) {
        Set<Place> known = ancestors.get(place);
        if (known != null) {
            return known;
        }
        Set<Place> out = new HashSet<>();
        if (place.country() != null) {
            Optional.ofNullable(regions.get(CatalogBuilder.region(place.country(), null))).ifPresent(out::add);
            if (place.admin1() != null) {
                Optional.ofNullable(regions.get(CatalogBuilder.region(place.country(), place.admin1())))
                        .ifPresent(out::add);
            }
        }
        out.remove(place);
        return out;
    }

    /** The province {@code place} is, or lies in when it has one province; empty for countries and shared places. */
    Optional<Place> province(Place place) {
        if (place.kind() == PlaceKind.PROVINCE) {
            return Optional.of(place);
        }
        if (place.country() == null || place.admin1() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(regions.get(CatalogBuilder.region(place.country(), place.admin1())));
    }

    /** The country {@code place} is, or lies in when it lies in one country. */
    Optional<Place> country(Place place) {
        if (place.kind() == PlaceKind.COUNTRY) {
            return Optional.of(place);
        }
        return place.country() == null ? Optional.empty()
                : Optional.ofNullable(regions.get(CatalogBuilder.region(place.country(), null)));
    }

    private int countryTier(Place p) {
        if (p.country() != null) {
            return HOME.contains(p.country()) ? 2 : 0;
        }
        return ancestors(p).stream().anyMatch(a -> a.kind() == PlaceKind.COUNTRY && HOME.contains(a.country()))
                ? 2 : 0;
    }

    private int adminTier(Place p) {
        if (p.kind() == PlaceKind.COUNTRY) {
            return 3;
        }
        if (seats.contains(p)) {
            return 2;
        }
        return p.kind() == PlaceKind.PROVINCE ? 1 : 0;
    }
}
