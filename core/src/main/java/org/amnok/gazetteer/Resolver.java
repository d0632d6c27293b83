package org.amnok.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.amnok.incident.Span;

/**
 * Picks the sense of each name found in a sentence: first by the words around it ({@link ContextHint}), then by
 * the provinces and countries the sentence names elsewhere ("Tonghua, Jilin Province"), then by the catalog's
 * ranking. Stateless and thread-safe.
 */
final class Resolver {
    private final Catalog catalog;
    private final Comparator<Alias> ranking;

    Resolver(Catalog catalog) {
        this.catalog = catalog;
        this.ranking = Comparator.comparing(Alias::place, catalog.ranking());
    }

    /** A name as read in its sentence: its extent and the senses its context allows. */
    private record Reading(Span span, List<Alias> senses) {
    }

    /** Mentions for the chosen candidates, in their order. */
    List<PlaceMention> resolve(String text, Span within, List<Candidate> chosen) {
        List<Reading> readings = chosen.stream().map(c -> read(text, within, c)).toList();
        List<Place> first = readings.stream().map(r -> best(r.senses()).place()).toList();
        List<PlaceMention> out = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            Alias sense = r.senses().size() == 1 ? r.senses().get(0) : confirmed(r.senses(), first, i);
            out.add(new PlaceMention(r.span(), sense.place(), sense.adjective()));
        }
        return out;
    }

    private Reading read(String text, Span within, Candidate c) {
        List<Alias> senses = distinct(c.aliases());
        Optional<ContextHint> hint = ContextHint.read(text, within, c.start(), c.end());
        if (hint.isPresent()) {
            List<Alias> fitting = senses.stream().filter(a -> a.place().kind() == hint.get().kind()).toList();
            if (!fitting.isEmpty()) {
                return new Reading(new Span(c.start(), hint.get().end()), fitting);
            }
        }
        return new Reading(new Span(c.start(), c.end()), senses);
    }

    /**
     * The best sense inside a province that the rest of the sentence names or places its other names in
     * ("Nanping" among Tumen, Hunchun and Changbai is Jilin's), else inside a country it names.
     */
    private Alias confirmed(List<Alias> senses, List<Place> first, int self) {
        List<Place> provinces = new ArrayList<>();
        List<Place> countries = new ArrayList<>();
        for (int j = 0; j < first.size(); j++) {
            if (j != self) {
                catalog.province(first.get(j)).ifPresent(provinces::add);
                catalog.country(first.get(j)).ifPresent(countries::add);
            }
        }
        List<Alias> inProvince = inside(senses, provinces);
        return best(inProvince.size() < senses.size() ? inProvince : inside(senses, countries));
    }

    /** The senses inside one of {@code regions}, or all senses when none is. */
    private List<Alias> inside(List<Alias> senses, List<Place> regions) {
        List<Alias> inside = senses.stream()
                .filter(a -> regions.stream().anyMatch(r -> catalog.contains(r, a.place())))
                .toList();
        return inside.isEmpty() ? senses : inside;
    }

    private Alias best(List<Alias> senses) {
        return senses.stream().min(ranking).orElseThrow();
    }

    /** One spelling per place, blockers left out. */
    private static List<Alias> distinct(List<Alias> aliases) {
        List<Alias> out = new ArrayList<>(aliases.size());
        for (Alias a : aliases) {
            if (!a.blocker() && out.stream().noneMatch(o -> o.place().equals(a.place()))) {
                out.add(a);
            }
        }
        return out;
    }
}
