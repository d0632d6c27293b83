package org.amnok.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.amnok.incident.Span;

/**
 * The place gazetteer: finds place names in reports and resolves them to {@link Place}s.
 *
 * <p>Three layers, loaded once from the class path on the first call of {@link #shared()}: GeoNames cities of
 * China, the Koreas, Russia, Mongolia and South-East Asia (cities.tsv, CC BY 4.0), their provinces (admin1.tsv),
 * and a curated list of border places, rivers, crossings, detention sites and countries (places.tsv). Spellings
 * are folded (case, diacritics, apostrophes, hyphens: "Sinŭiju", "Ch'ongjin", "Kimhyong-jik"), but a name must
 * keep its capitals in the text, and surnames, months and outlets ("Kim", "May", "Radio Free Asia") are never
 * places. Immutable and thread-safe.
 */
public final class Gazetteer {
    private static final List<String> SUFFIXES = List.of(" province", " city", " county", " river");

    private final Catalog catalog;
    private final NameScanner scanner;
    private final Resolver resolver;

    private Gazetteer(Catalog catalog) {
        this.catalog = catalog;
        this.scanner = new NameScanner(catalog.trie(), catalog.surnames());
        this.resolver = new Resolver(catalog);
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer(CatalogBuilder.load());
    }

    /** The one gazetteer of this JVM; its data load on the first call (about a second). */
    public static Gazetteer shared() {
        return Holder.INSTANCE;
    }

    /**
     * Place names inside {@code within} of {@code text}: the longest names first, never overlapping, each resolved
     * by its context ("Jilin city" is the city, a bare "Jilin" the province, "Tonghua, Jilin Province" the
     * Tonghua of Jilin); ordered by offset.
     *
     * @param text the document text; {@code within} and the returned spans are offsets into it
     * @param within the stretch to search, usually one sentence; words outside it are not read
     * @return the mentions, possibly empty
     * @throws IllegalArgumentException when {@code within} reaches past the end of {@code text}
     */
    public List<PlaceMention> find(String text, Span within) {
        Objects.requireNonNull(text, "text");
        if (within.end() > text.length()) {
            throw new IllegalArgumentException("span " + within + " reaches past the text's end at "
                    + text.length() + "; pass a span of this text");
        }
        return resolver.resolve(text, within, choose(scanner.scan(text, within)));
    }

    /**
     * The best-ranked place spelled {@code name}, in any spelling the gazetteer knows ("Sinŭiju", "Amnok",
     * "Jilin Province"), case-insensitively and without context: see {@link #findAll(String)}.
     */
    public Optional<Place> find(String name) {
        return findAll(name).stream().findFirst();
    }

    /**
     * Every place spelled {@code name}, best first: Chinese and North Korean places before others, a province
     * before a city of the same name unless the city is its seat ("Jilin" the province, "Beijing" the city),
     * curated places before GeoNames-only ones, then larger population. A trailing "Province", "City", "County"
     * or "River" keeps only places of that kind; a leading "the" is ignored.
     *
     * @return the places, possibly empty
     */
    public List<Place> findAll(String name) {
        String key = Folding.key(Objects.requireNonNull(name, "name"));
        List<Place> direct = senses(key, null);
        if (!direct.isEmpty() || !key.startsWith("the ")) {
            return direct.isEmpty() ? bySuffix(key) : direct;
        }
        return findAll(key.substring("the ".length()));
    }

    /**
     * True when {@code inner} is {@code outer} or lies inside it: a country holds its provinces and places, a
     * province its cities, counties and facilities, a city or county the facilities placed in it. A place shared
     * by two countries lies in both: the Yalu and Tumen rivers and the China-North Korea border belong to China
     * and North Korea, a bridge to the cities at both its ends.
     */
    public boolean contains(Place outer, Place inner) {
        return catalog.contains(Objects.requireNonNull(outer, "outer"), Objects.requireNonNull(inner, "inner"));
    }

    private List<Place> bySuffix(String key) {
        for (String suffix : SUFFIXES) {
            if (key.endsWith(suffix)) {
                PlaceKind kind = PlaceKind.valueOf(suffix.strip().toUpperCase(Locale.ROOT));
                return senses(key.substring(0, key.length() - suffix.length()), kind);
            }
        }
        return List.of();
    }

    private List<Place> senses(String key, PlaceKind kind) {
        return catalog.trie().lookup(key).stream()
                .filter(a -> !a.blocker() && (kind == null || a.place().kind() == kind))
                .map(Alias::place)
                .distinct()
                .sorted(catalog.ranking())
                .toList();
    }

    /** Longest candidates first, then leftmost; no two overlap; blockers are dropped once they have blocked. */
    static List<Candidate> choose(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : sorted) {
            if (chosen.stream().noneMatch(c::overlaps)) {
                chosen.add(c);
            }
        }
        chosen.removeIf(Candidate::blocks);
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }
}
