package org.amnok.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.Precision;

/**
 * What the public may see: aggregates only. Places no finer than a city (a facility becomes its province, and
 * facility names and coordinates of facilities are dropped); any count from 1 to {@value #THRESHOLD} minus one is
 * shown as "fewer than 3"; no evidence, no document text, no document ids, titles or links. Stateless.
 */
final class PublicView {
    /** Counts below this (and above zero) are suppressed. */
    static final int THRESHOLD = 3;
    /** How a suppressed count reads. */
    static final String FEWER = "fewer than 3";
    private static final Set<Precision> SHOWN = EnumSet.of(Precision.CITY, Precision.COUNTY, Precision.BORDER,
            Precision.PROVINCE, Precision.COUNTRY);

    private PublicView() {
    }

    /** A count as the public sees it: the number, or {@link #FEWER} from 1 to 2. */
    static Object count(int n) {
        return n > 0 && n < THRESHOLD ? FEWER : n;
    }

    /** The location coarsened for the public: never a facility, never finer than a city. */
    static Location coarsen(Location l) {
        if (l.precision() != null && SHOWN.contains(l.precision())) {
            return new Location(l.place(), l.admin1(), l.country(), l.precision(), null, l.lat(), l.lon());
        }
        if (l.admin1() != null) {
            return new Location(l.admin1(), null, l.country(), Precision.PROVINCE, null, null, null);
        }
        return new Location(l.country(), null, null, l.country() == null ? null : Precision.COUNTRY, null, null,
                null);
    }

    /** Cases by year and type, counts suppressed: {@code {"labels": [...], "series": {"ARREST": [5, ...]}}}. */
    static Map<String, Object> byYear(List<CaseFile> cases) {
        Stats.Series s = Stats.byYear(cases);
        Map<String, Object> series = new LinkedHashMap<>();
        for (IncidentType t : IncidentType.values()) {
            if (s.counts().containsKey(t)) {
                series.put(t.name(), s.counts().get(t).stream().map(PublicView::count).toList());
            }
        }
        return Json.object("labels", s.labels(), "series", series);
    }

    /** Cases by coarsened place, counts suppressed. */
    static List<Map<String, Object>> byPlace(List<CaseFile> cases) {
        return Stats.byPlace(cases, PublicView::coarsen).stream().map(p -> Json.object("place", p.place(),
                "admin1", p.admin1(), "country", p.country(), "precision", p.precision() == null ? null
                        : p.precision().json(), "lat", p.lat(), "lon", p.lon(), "cases", count(p.cases()))).toList();
    }

    /** Totals by type, counts suppressed. */
    static Map<String, Object> totals(List<CaseFile> cases) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (IncidentType t : IncidentType.values()) {
            int n = (int) cases.stream().filter(c -> c.type() == t && c.scope() == org.amnok.incident.Scope.INCIDENT)
                    .count();
            out.put(t.name(), count(n));
        }
        return out;
    }
}
