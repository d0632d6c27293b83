package org.amnok.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.Precision;
import org.amnok.incident.Scope;
import org.amnok.incident.Status;
import org.amnok.store.StoredIncident;

/** Sums up the members of a case into a {@link CaseFile}: merged view, conflicts, at-risk flag. Stateless. */
final class CaseSummary {
    /** Most precise first; a location without precision ranks last. */
    private static final List<Precision> PRECISION_ORDER = List.of(Precision.FACILITY, Precision.CITY,
            Precision.COUNTY, Precision.BORDER, Precision.PROVINCE, Precision.COUNTRY);
    private static final Comparator<StoredIncident> REPORT_ORDER = Comparator
            .comparing(StoredIncident::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoredIncident::id);

    private CaseSummary() {
    }

    /** The case of {@code members} (one or more incidents). */
    static CaseFile of(List<StoredIncident> members) {
        List<StoredIncident> ordered = members.stream().sorted(REPORT_ORDER).toList();
        List<Incident> all = ordered.stream().map(StoredIncident::incident).toList();
        String id = "case-" + members.stream().map(StoredIncident::id).min(String::compareTo).orElseThrow();
        String date = mostPrecise(all);
        LocalDate first = Dates.findFirstDay(date).orElse(null);
        CaseFile draft = new CaseFile(id, ordered, mostCommon(all, Incident::type), status(all),
                mostCommon(all, Incident::scope), low(all), high(all), date, first, location(all),
                mostCommon(all, Incident::group), mostCommon(all, Incident::agent), conflicts(ordered), false);
        return atRisk(draft) ? withRisk(draft) : draft;
    }

    private static CaseFile withRisk(CaseFile c) {
        return new CaseFile(c.id(), c.members(), c.type(), c.status(), c.scope(), c.peopleLow(), c.peopleHigh(),
                c.date(), c.firstDay(), c.location(), c.group(), c.agent(), c.conflicts(), true);
    }

    /**
     * People last reported arrested, held, or facing a return (or refused by the North, so still held), with no
     * member reporting their return, release or escape.
     */
    static boolean atRisk(CaseFile c) {
        boolean outcome = c.members().stream().map(StoredIncident::incident).anyMatch(i -> i.status()
                == Status.OCCURRED && List.of(IncidentType.REPATRIATION, IncidentType.RELEASE, IncidentType.ESCAPE)
                .contains(i.type()));
        if (c.scope() != Scope.INCIDENT || outcome) {
            return false;
        }
        return switch (c.type()) {
            case ARREST, DETENTION -> c.status() != Status.BLOCKED;
            case REPATRIATION -> c.status() != Status.OCCURRED;
            default -> false;
        };
    }

    private static Status status(List<Incident> all) {
        return all.stream().anyMatch(i -> i.status() == Status.OCCURRED) ? Status.OCCURRED
                : all.get(all.size() - 1).status();
    }

    private static <T> T mostCommon(List<Incident> all, Function<Incident, T> field) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        all.stream().map(field).filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static Integer low(List<Incident> all) {
        return all.stream().map(i -> i.people().min()).filter(Objects::nonNull).min(Integer::compare).orElse(null);
    }

    private static Integer high(List<Incident> all) {
        return all.stream().map(i -> i.people().max() != null ? i.people().max() : i.people().min())
                .filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }

    private static String mostPrecise(List<Incident> all) {
        return all.stream().map(i -> i.date().value()).filter(Objects::nonNull)
                .max(Comparator.comparingInt(CaseSummary::datePrecision)).orElse(null);
    }

    private static int datePrecision(String value) {
        return value.contains("/") ? 0 : value.length();
    }

    private static Location location(List<Incident> all) {
        return all.stream().map(Incident::location).filter(l -> l.place() != null)
                .min(Comparator.comparingInt(CaseSummary::rank)).orElse(Location.UNKNOWN);
    }

    private static int rank(Location l) {
        return l.precision() == null ? PRECISION_ORDER.size() : PRECISION_ORDER.indexOf(l.precision());
    }

    private static List<CaseFile.Conflict> conflicts(List<StoredIncident> ordered) {
        List<CaseFile.Conflict> out = new ArrayList<>();
        conflict(out, ordered, "people.min", i -> i.people().min());
        conflict(out, ordered, "people.max", i -> i.people().max());
        conflict(out, ordered, "date", i -> i.date().value());
        conflict(out, ordered, "place", i -> i.location().place());
        conflict(out, ordered, "status", Incident::status);
        return out;
    }

    private static void conflict(List<CaseFile.Conflict> out, List<StoredIncident> ordered, String name,
                                 Function<Incident, Object> field) {
        Map<Object, List<String>> claims = new LinkedHashMap<>();
        for (StoredIncident m : ordered) {
            Optional.ofNullable(field.apply(m.incident())).ifPresent(v -> claims.computeIfAbsent(v,
                    k -> new ArrayList<>()).add(m.source() == null ? m.documentId() : m.source()));
        }
        if (claims.size() > 1) {
            out.add(new CaseFile.Conflict(name, claims.entrySet().stream()
                    .map(e -> e.getKey() + " (" + String.join(", ", e.getValue().stream().distinct().toList()) + ")")
                    .toList()));
        }
    }
}
