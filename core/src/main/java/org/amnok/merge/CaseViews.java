package org.amnok.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.amnok.incident.Incident;
import org.amnok.incident.Location;
import org.amnok.incident.Precision;
import org.amnok.incident.Status;

/**
 * What a case's members say together: the merged view and the fields they disagree on.
 *
 * <p>Stateless and thread-safe. Every method takes the members in {@link #REPORT_ORDER}.
 */
final class CaseViews {

    /** Publication date (unknown last), then member id: the order in which the story was told. */
    static final Comparator<SourcedIncident> REPORT_ORDER = Comparator
            .comparing(SourcedIncident::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(SourcedIncident::id);

    /** Most precise first; a named place beats any unnamed one. */
    private static final List<Precision> PRECISE_FIRST = List.of(Precision.FACILITY, Precision.CITY,
            Precision.COUNTY, Precision.BORDER, Precision.PROVINCE, Precision.COUNTRY);

    private CaseViews() {
    }

    /** The merged view of {@code members}, which are in report order and not empty. */
    static MergedView view(List<SourcedIncident> members) {
        List<Incident> all = members.stream().map(SourcedIncident::incident).toList();
        Window dates = dates(all);
        return new MergedView(mostCommon(all, Incident::type), status(members), mostCommon(all, Incident::scope),
                extreme(all, i -> i.people().min(), false), extreme(all, i -> i.people().min(), true),
                extreme(all, i -> i.people().max(), true),
                dates == null ? null : dates.first().toString(), dates == null ? null : dates.last().toString(),
                location(all), mostCommon(all, Incident::group), mostCommon(all, Incident::agent));
    }

    /** OCCURRED when any member says so (a later report that it happened wins), else the latest report's. */
    static Status status(List<SourcedIncident> members) {
        boolean occurred = members.stream().anyMatch(m -> m.incident().status() == Status.OCCURRED);
        return occurred ? Status.OCCURRED : latest(members).incident().status();
    }

    /** The latest report: the last dated one, or the last of all when none is dated. */
    static SourcedIncident latest(List<SourcedIncident> members) {
        for (int i = members.size() - 1; i >= 0; i--) {
            if (members.get(i).published() != null) {
                return members.get(i);
            }
        }
        return members.get(members.size() - 1);
    }

    /** The latest publication date, or {@code null}. */
    static LocalDate lastReport(List<SourcedIncident> members) {
        return members.stream().map(SourcedIncident::published).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** The fields the members disagree on: people.min, people.max, date, place, status, in that order. */
    static List<Conflict> conflicts(List<SourcedIncident> members) {
        if (members.size() < 2) {
            return List.of(); // most cases: one report cannot disagree with itself
        }
        List<Conflict> out = new ArrayList<>();
        conflict("people.min", members, i -> text(i.people().min()), Function.identity()).ifPresent(out::add);
        conflict("people.max", members, i -> text(i.people().max()), Function.identity()).ifPresent(out::add);
        conflict("date", members, CaseViews::date, Function.identity()).ifPresent(out::add);
        conflict("place", members, i -> i.location().place(), Place::canonical).ifPresent(out::add);
        conflict("status", members, i -> i.status().name(), Function.identity()).ifPresent(out::add);
        return out;
    }

    private static Optional<Conflict> conflict(String field, List<SourcedIncident> members,
                                               Function<Incident, String> value, Function<String, String> key) {
        Map<String, List<SourcedIncident>> byKey = new LinkedHashMap<>();
        Map<String, String> written = new HashMap<>();
        for (SourcedIncident m : members) {
            String v = value.apply(m.incident());
            if (v != null) {
                written.putIfAbsent(key.apply(v), v);
                byKey.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(m);
            }
        }
        if (byKey.size() < 2) {
            return Optional.empty();
        }
        List<Claim> claims = new ArrayList<>();
        byKey.forEach((k, who) -> claims.add(new Claim(written.get(k),
                who.stream().map(SourcedIncident::id).toList(),
                who.stream().map(SourcedIncident::sourceLabel).distinct().toList())));
        return Optional.of(new Conflict(field, claims));
    }

    private static String text(Integer n) {
        return n == null ? null : n.toString();
    }

    private static String date(Incident i) {
        if (i.date().value() == null) {
            return null;
        }
        return i.date().part() == null ? i.date().value()
                : i.date().value() + " " + i.date().part().name().toLowerCase(Locale.ROOT);
    }

    /** The union of the narrowest stated dates: "May 24" and "May 25" give May 24 to 25. */
    private static Window dates(List<Incident> all) {
        List<Window> stated = all.stream().map(i -> DateWindows.stated(i.date().value()))
                .flatMap(Optional::stream).toList();
        long narrowest = stated.stream().mapToLong(Window::days).min().orElse(0);
        List<Window> best = stated.stream().filter(w -> w.days() == narrowest).toList();
        if (best.isEmpty()) {
            return null;
        }
        long lo = best.stream().mapToLong(Window::lo).min().orElseThrow();
        long hi = best.stream().mapToLong(Window::hi).max().orElseThrow();
        return new Window(lo, hi, Window.Kind.RANGE);
    }

    private static Location location(List<Incident> all) {
        return all.stream().map(Incident::location)
                .min(Comparator.comparingInt(CaseViews::rank).thenComparingInt(l -> -filled(l)))
                .filter(l -> !l.isUnknown()).orElse(Location.UNKNOWN);
    }

    private static int rank(Location l) {
        int precision = l.precision() == null ? PRECISE_FIRST.size() : PRECISE_FIRST.indexOf(l.precision());
        return (l.place() == null ? 100 : 0) + precision;
    }

    private static int filled(Location l) {
        return (l.place() == null ? 0 : 1) + (l.admin1() == null ? 0 : 1) + (l.country() == null ? 0 : 1)
                + (l.facility() == null ? 0 : 1) + (l.lat() == null ? 0 : 1);
    }

    /** The smallest or largest of the stated values, or {@code null} when none is stated. */
    private static Integer extreme(List<Incident> all, Function<Incident, Integer> field, boolean largest) {
        Comparator<Integer> order = largest ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return all.stream().map(field).filter(Objects::nonNull).max(order).orElse(null);
    }

    /** The most common stated value (ties: the first in declaration order), or {@code null}. */
    private static <E extends Enum<E>> E mostCommon(List<Incident> all, Function<Incident, E> field) {
        Map<E, Integer> counts = new HashMap<>();
        all.stream().map(field).filter(Objects::nonNull).forEach(e -> counts.merge(e, 1, Integer::sum));
        return counts.entrySet().stream()
                .min(Comparator.comparingInt((Map.Entry<E, Integer> e) -> -e.getValue())
                        .thenComparingInt(e -> e.getKey().ordinal()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
