package org.amnok.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.amnok.incident.Agent;
import org.amnok.incident.DateValue;
import org.amnok.incident.Evidence;
import org.amnok.incident.Group;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.People;
import org.amnok.incident.Precision;
import org.amnok.incident.Scope;
import org.amnok.incident.Span;
import org.amnok.incident.Status;

/**
 * A reproducible stream of invented reports for volume tests: events told by one to four outlets, with the
 * date precisions of real reports (days, months, some years and intervals, a quarter undated).
 */
final class Synthetic {
    private static final String[][] PLACES = {
        {"Shenyang", "Liaoning"}, {"Dandong", "Liaoning"}, {"Dalian", "Liaoning"}, {"Tumen", "Jilin"},
        {"Yanji", "Jilin"}, {"Changbai", "Jilin"}, {"Helong", "Jilin"}, {"Kunming", "Yunnan"},
        {"Nanning", "Guangxi"}, {"Qingdao", "Shandong"}, {"Beijing", "Beijing"}, {"Harbin", "Heilongjiang"},
    };
    private static final IncidentType[] TYPES = IncidentType.values();
    private static final Evidence EVIDENCE = new Evidence(new Span(0, 4), "Text");

    private Synthetic() {
    }

    /** About {@code n} incidents spread over {@code years} years from 2005, reproducibly from {@code seed}. */
    static List<SourcedIncident> reports(int n, int years, long seed) {
        Random random = new Random(seed);
        List<SourcedIncident> out = new ArrayList<>(n + 4);
        long start = LocalDate.of(2005, 1, 1).toEpochDay();
        int event = 0;
        while (out.size() < n) {
            LocalDate day = LocalDate.ofEpochDay(start + random.nextInt(years * 365));
            IncidentType type = TYPES[random.nextInt(TYPES.length)];
            String[] place = PLACES[random.nextInt(PLACES.length)];
            int count = 1 + (int) Math.exp(random.nextDouble() * 5);
            int tellers = 1 + random.nextInt(4);
            for (int t = 0; t < tellers; t++) {
                String doc = "doc-" + event + "-" + t;
                LocalDate published = day.plusDays(1 + random.nextInt(20));
                out.add(new SourcedIncident(doc + "#0", doc, "Outlet " + random.nextInt(30), published,
                        incident(random, type, day, place, count)));
            }
            event++;
        }
        return out;
    }

    private static Incident incident(Random random, IncidentType type, LocalDate day, String[] place, int count) {
        Scope scope = random.nextInt(10) == 0 ? Scope.AGGREGATE : Scope.INCIDENT;
        Status status = random.nextInt(8) == 0 ? Status.PLANNED : Status.OCCURRED;
        int told = random.nextInt(5) == 0 ? count + random.nextInt(count / 4 + 1) : count;
        People people = random.nextInt(5) == 0 ? People.UNKNOWN : People.exactly(told);
        Location location = random.nextInt(3) == 0
                ? new Location(null, null, "CN", Precision.COUNTRY, null, null, null)
                : new Location(place[0], place[1], "CN", Precision.CITY, null, null, null);
        return new Incident(type, status, scope, people, Group.DEFECTORS, Agent.CN_AUTHORITIES, location,
                date(random, day), null, EVIDENCE);
    }

    private static DateValue date(Random random, LocalDate day) {
        int r = random.nextInt(100);
        if (r < 40) {
            return DateValue.of(day.toString());
        }
        if (r < 70) {
            return DateValue.of(day.toString().substring(0, 7));
        }
        if (r < 74) {
            return DateValue.of(day.toString().substring(0, 4));
        }
        if (r < 77) {
            return DateValue.of(day.minusMonths(2).toString().substring(0, 7) + "/" + day);
        }
        return DateValue.UNKNOWN;
    }
}
