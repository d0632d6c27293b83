package org.amnok.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.Precision;
import org.amnok.store.AnalystDecision;
import org.amnok.store.DecisionKind;
import org.amnok.store.StoredIncident;

/**
 * A stand-in for {@code org.amnok.merge} until it lands (see {@link CaseEngine}): incidents of different documents
 * merge when they share type and scope, their dates overlap (a day either side for days), their places are
 * compatible (equal, one inside the other's province, or one only a border or country) and their counts overlap
 * or are close (within half again, or 3); a far count is tolerated on the very same day; an undated incident only
 * joins one reported within a month at the same place or with the same count. Greedy, strongest pairs first; two
 * incidents of one document never share a case; analysts' merges force, splits forbid. Quadratic within a type:
 * fine for thousands of incidents, not for millions. Stateless.
 */
final class InterimCaseEngine implements CaseEngine {

    private record Pair(StoredIncident a, StoredIncident b, int strength, String rule) {
    }

    @Override
    public List<MergedCase> merge(List<StoredIncident> incidents, List<AnalystDecision> decisions) {
        Map<String, StoredIncident> byId = incidents.stream()
                .collect(Collectors.toMap(StoredIncident::id, Function.identity(), (x, y) -> x, TreeMap::new));
        Clusters clusters = new Clusters(byId.values(), splits(decisions));
        for (AnalystDecision d : decisions) {
            if (d.kind() == DecisionKind.MERGE && byId.containsKey(d.a()) && byId.containsKey(d.b())) {
                clusters.join(d.a(), d.b(), "analyst " + d.analyst() + " merged them on " + d.at(), true);
            }
        }
        for (Pair p : pairs(List.copyOf(byId.values()))) {
            clusters.join(p.a().id(), p.b().id(), p.rule(), false);
        }
        return clusters.cases(byId);
    }

    private static Set<String> splits(List<AnalystDecision> decisions) {
        Set<String> out = new HashSet<>();
        for (AnalystDecision d : decisions) {
            String key = Clusters.key(d.a(), d.b());
            if (d.kind() == DecisionKind.SPLIT) {
                out.add(key);
            } else {
                out.remove(key);
            }
        }
        return out;
    }

    private static List<Pair> pairs(List<StoredIncident> all) {
        Map<IncidentType, List<StoredIncident>> byType = all.stream()
                .collect(Collectors.groupingBy(s -> s.incident().type(), TreeMap::new, Collectors.toList()));
        List<Pair> out = new ArrayList<>();
        for (List<StoredIncident> group : byType.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    pair(group.get(i), group.get(j)).ifPresent(out::add);
                }
            }
        }
        out.sort(Comparator.comparingInt(Pair::strength).reversed()
                .thenComparing(p -> p.a().id()).thenComparing(p -> p.b().id()));
        return out;
    }

    private static Optional<Pair> pair(StoredIncident a, StoredIncident b) {
        Incident x = a.incident();
        Incident y = b.incident();
        if (a.documentId().equals(b.documentId()) || x.scope() != y.scope()) {
            return Optional.empty();
        }
        int dates = dates(x, y);
        int places = places(x.location(), y.location());
        int counts = counts(x, y);
        // Outlets disagree on counts more than on days: a far count is tolerated on the very same day. An undated
        // incident needs reports of the same month that agree on its place or its count.
        boolean undatedAgree = reportedTogether(a, b) && (places == 2 || counts == 2);
        if (dates < 0 || places < 0 || (counts < 0 && dates < 2) || (dates == 0 && !undatedAgree)) {
            return Optional.empty();
        }
        String rule = String.format(Locale.ROOT, "same type %s; %s; %s; %s", x.type(),
                dates == 0 ? "one undated" : "dates overlap (" + x.date().value() + " ~ " + y.date().value() + ")",
                places == 0 ? "a place unknown" : "places compatible (" + x.location().place() + " ~ "
                        + y.location().place() + ")",
                counts == 0 ? "a count unknown" : (counts < 0 ? "counts differ (" : "counts close (")
                        + x.people().min() + " ~ " + y.people().min() + ")");
        return Optional.of(new Pair(a, b, dates + places + counts, rule));
    }

    /** True when both reports are dated and published within a month of each other. */
    private static boolean reportedTogether(StoredIncident a, StoredIncident b) {
        return a.published() != null && b.published() != null
                && Math.abs(a.published().toEpochDay() - b.published().toEpochDay()) <= 31;
    }

    /** -1 apart, 0 unknown, 1 overlapping, 2 the same day. */
    private static int dates(Incident x, Incident y) {
        LocalDate[] a = bounds(x.date().value());
        LocalDate[] b = bounds(y.date().value());
        if (a == null || b == null) {
            return 0;
        }
        if (a[0].equals(a[1]) && b[0].equals(b[1])) {
            long gap = Math.abs(a[0].toEpochDay() - b[0].toEpochDay());
            return gap == 0 ? 2 : gap <= 1 ? 1 : -1;
        }
        return !a[0].isAfter(b[1]) && !b[0].isAfter(a[1]) ? 1 : -1;
    }

    /** First and last day of a date value ("2019", "2019-05", "2019-05-29", "A/B"), or {@code null}. */
    static LocalDate[] bounds(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split("/");
        LocalDate[] first = day(parts[0]);
        LocalDate[] last = day(parts[parts.length - 1]);
        return first == null || last == null ? null : new LocalDate[] {first[0], last[1]};
    }

    private static LocalDate[] day(String v) {
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(v);
                return new LocalDate[] {d, d};
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(v);
                return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** -1 incompatible, 0 unknown, 1 compatible, 2 the same place. */
    private static int places(Location a, Location b) {
        if (a.place() == null || b.place() == null) {
            return 0;
        }
        if (a.place().equalsIgnoreCase(b.place())) {
            return 2;
        }
        if (coarse(a) || coarse(b) || a.place().equalsIgnoreCase(Objects.toString(b.admin1(), ""))
                || b.place().equalsIgnoreCase(Objects.toString(a.admin1(), ""))) {
            return a.country() != null && b.country() != null && !a.country().equals(b.country()) ? -1 : 1;
        }
        return -1;
    }

    private static boolean coarse(Location l) {
        return l.precision() == Precision.BORDER || l.precision() == Precision.COUNTRY
                || l.precision() == Precision.PROVINCE;
    }

    /** -1 far apart, 0 unknown, 1 close, 2 the same. */
    private static int counts(Incident x, Incident y) {
        Integer a = x.people().min();
        Integer b = y.people().min();
        if (a == null || b == null) {
            return 0;
        }
        if (a.equals(b)) {
            return 2;
        }
        int maxA = x.people().max() == null ? Integer.MAX_VALUE : x.people().max();
        int maxB = y.people().max() == null ? Integer.MAX_VALUE : y.people().max();
        if (a <= maxB && b <= maxA) {
            return 1;
        }
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return hi - lo <= 3 || hi <= lo * 3 / 2 ? 1 : -1;
    }

    @Override
    public List<AtRiskCase> atRisk(List<StoredIncident> incidents, List<AnalystDecision> decisions) {
        return AtRiskRules.list(merge(incidents, decisions));
    }

    /** Union-find of member ids that keeps one document per case and the analysts' splits. */
    static final class Clusters {
        private final Map<String, String> parent = new HashMap<>();
        private final Map<String, Set<String>> documents = new HashMap<>();
        private final Map<String, List<Join>> joins = new HashMap<>();
        private final Map<String, StoredIncident> members = new HashMap<>();
        private final Set<String> splits;

        Clusters(Iterable<StoredIncident> all, Set<String> splits) {
            this.splits = splits;
            for (StoredIncident s : all) {
                parent.put(s.id(), s.id());
                documents.put(s.id(), new HashSet<>(Set.of(s.documentId())));
                joins.put(s.id(), new ArrayList<>());
                members.put(s.id(), s);
            }
        }

        static String key(String a, String b) {
            return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        }

        String root(String id) {
            String r = id;
            while (!parent.get(r).equals(r)) {
                r = parent.get(r);
            }
            parent.put(id, r);
            return r;
        }

        void join(String a, String b, String rule, boolean forced) {
            String ra = root(a);
            String rb = root(b);
            if (ra.equals(rb) || (!forced && (!disjoint(documents.get(ra), documents.get(rb)) || split(ra, rb)))) {
                return;
            }
            parent.put(rb, ra);
            documents.get(ra).addAll(documents.remove(rb));
            joins.get(ra).addAll(joins.remove(rb));
            joins.get(ra).add(new Join(b, a, rule));
        }

        private static boolean disjoint(Set<String> x, Set<String> y) {
            return x.stream().noneMatch(y::contains);
        }

        private boolean split(String ra, String rb) {
            List<String> left = parent.keySet().stream().filter(m -> root(m).equals(ra)).toList();
            List<String> right = parent.keySet().stream().filter(m -> root(m).equals(rb)).toList();
            return left.stream().anyMatch(l -> right.stream().anyMatch(r -> splits.contains(key(l, r))));
        }

        List<MergedCase> cases(Map<String, StoredIncident> byId) {
            Map<String, List<StoredIncident>> groups = new TreeMap<>();
            for (String id : byId.keySet()) {
                groups.computeIfAbsent(root(id), k -> new ArrayList<>()).add(byId.get(id));
            }
            List<MergedCase> out = new ArrayList<>();
            for (Map.Entry<String, List<StoredIncident>> g : groups.entrySet()) {
                List<StoredIncident> ms = g.getValue();
                out.add(new MergedCase("case-" + ms.get(0).id(), ms, joins.get(g.getKey()), conflicts(ms),
                        (int) ms.stream().map(m -> m.source() == null ? "#" + m.documentId() : m.source())
                                .distinct().count()));
            }
            out.sort(Comparator.comparingInt((MergedCase c) -> -c.members().size()).thenComparing(MergedCase::id));
            return out;
        }

        private static List<String> conflicts(List<StoredIncident> ms) {
            List<String> out = new ArrayList<>();
            conflict(out, "people.min", ms, m -> m.incident().people().min());
            conflict(out, "people.max", ms, m -> m.incident().people().max());
            conflict(out, "date", ms, m -> m.incident().date().value());
            conflict(out, "place", ms, m -> m.incident().location().place());
            conflict(out, "status", ms, m -> m.incident().status());
            return out;
        }

        private static void conflict(List<String> out, String field, List<StoredIncident> ms,
                                     Function<StoredIncident, Object> value) {
            Map<String, Set<String>> claims = new TreeMap<>();
            for (StoredIncident m : ms) {
                Object v = value.apply(m);
                if (v != null) {
                    claims.computeIfAbsent(v.toString(), k -> new LinkedHashSet<>())
                            .add(m.source() == null ? m.documentId() : m.source());
                }
            }
            if (claims.size() > 1) {
                out.add(field + ": " + claims.entrySet().stream().map(e -> e.getKey() + " ("
                        + String.join(", ", e.getValue()) + ")").collect(Collectors.joining(", ")));
            }
        }
    }
}
