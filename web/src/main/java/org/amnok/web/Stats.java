package org.amnok.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.Precision;
import org.amnok.incident.Scope;

/**
 * Counts of cases (one real event each, however many reports tell it), for the dashboards and the map. Aggregate
 * cases (totals over a period) are left out: they sum other incidents. Stateless.
 */
final class Stats {
    /** At most this many months are charted: the latest ones. */
    static final int MAX_MONTHS = 240;

    private Stats() {
    }

    /** A chart: x labels and, per type, one count a label (0 where none). */
    record Series(List<String> labels, Map<IncidentType, List<Integer>> counts) {
        Series {
            labels = List.copyOf(labels);
            counts = Map.copyOf(counts);
        }

        /** As JSON for the page's script: {@code {"labels": [...], "series": {"ARREST": [...], ...}}}. */
        Map<String, Object> json() {
            Map<String, Object> series = new LinkedHashMap<>();
            counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> series.put(e.getKey().name(), e.getValue()));
            return Json.object("labels", labels, "series", series);
        }
    }

    /** A place on the map with how many cases happened there. */
    record PlaceCount(String place, String admin1, String country, Precision precision, double lat, double lon,
                      int cases) {
    }

    /** Cases by type and by the month they started, from the first dated month to the last (at most 240). */
    static Series byMonth(List<CaseFile> cases) {
        return series(cases, c -> Dates.findMonth(c.date()).map(YearMonth::toString).orElse(null), true);
    }

    /** Cases by type and year. */
    static Series byYear(List<CaseFile> cases) {
        return series(cases, c -> c.firstDay() == null ? null : Integer.toString(c.firstDay().getYear()), false);
    }

    private static Series series(List<CaseFile> cases, Function<CaseFile, String> bucket, boolean months) {
        Map<IncidentType, Map<String, Integer>> cells = new EnumMap<>(IncidentType.class);
        TreeMap<String, Boolean> seen = new TreeMap<>();
        for (CaseFile c : cases) {
            String b = c.scope() == Scope.INCIDENT ? bucket.apply(c) : null;
            if (b != null) {
                cells.computeIfAbsent(c.type(), t -> new TreeMap<>()).merge(b, 1, Integer::sum);
                seen.put(b, true);
            }
        }
        List<String> labels = seen.isEmpty() ? List.of() : range(seen.firstKey(), seen.lastKey(), months);
        Map<IncidentType, List<Integer>> counts = new EnumMap<>(IncidentType.class);
        cells.forEach((type, byBucket) -> counts.put(type, labels.stream()
                .map(l -> byBucket.getOrDefault(l, 0)).toList()));
        return new Series(labels, counts);
    }

    private static List<String> range(String first, String last, boolean months) {
        List<String> out = new ArrayList<>();
        if (months) {
            YearMonth end = YearMonth.parse(last);
            YearMonth start = YearMonth.parse(first);
            if (start.plusMonths(MAX_MONTHS).isBefore(end)) {
                start = end.minusMonths(MAX_MONTHS - 1);
            }
            for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
                out.add(m.toString());
            }
        } else {
            for (int y = Integer.parseInt(first); y <= Integer.parseInt(last); y++) {
                out.add(Integer.toString(y));
            }
        }
        return out;
    }

    /** Cases by place, for places with coordinates, most cases first; {@code coarsen} maps each location first. */
    static List<PlaceCount> byPlace(List<CaseFile> cases, Function<Location, Location> coarsen) {
        Map<String, PlaceCount> out = new LinkedHashMap<>();
        for (CaseFile c : cases) {
            Location l = coarsen.apply(c.location());
            if (l.place() == null || l.lat() == null || l.lon() == null) {
                continue;
            }
            String key = l.place() + "\n" + Objects.toString(l.admin1()) + "\n" + Objects.toString(l.country());
            out.merge(key, new PlaceCount(l.place(), l.admin1(), l.country(), l.precision(), l.lat(), l.lon(), 1),
                    (a, b) -> new PlaceCount(a.place(), a.admin1(), a.country(), a.precision(), a.lat(), a.lon(),
                            a.cases() + 1));
        }
        return out.values().stream().sorted((a, b) -> Integer.compare(b.cases(), a.cases())).toList();
    }
}
