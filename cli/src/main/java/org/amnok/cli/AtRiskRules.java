package org.amnok.cli;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amnok.cli.CaseEngine.AtRiskCase;
import org.amnok.cli.CaseEngine.MergedCase;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.Status;
import org.amnok.store.StoredIncident;

/**
 * The interim at-risk list (see {@link CaseEngine}): cases of arrest or detention, or of a return still planned,
 * with no repatriation, release or escape reported in the same report or, at the same place or province, in a
 * report published no earlier. Stateless.
 */
final class AtRiskRules {
    private AtRiskRules() {
    }

    static List<AtRiskCase> list(List<MergedCase> cases) {
        List<MergedCase> endings = cases.stream().filter(AtRiskRules::ends).toList();
        return cases.stream().filter(AtRiskRules::holds)
                .filter(c -> endings.stream().noneMatch(e -> endedBy(c, e)))
                .map(AtRiskRules::entry)
                .sorted(Comparator.comparing(AtRiskCase::lastReport, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(a -> a.of().id()))
                .toList();
    }

    private static boolean holds(MergedCase c) {
        Incident first = c.members().get(0).incident();
        if (first.type() == IncidentType.REPATRIATION) {
            return c.members().stream().allMatch(m -> m.incident().status() == Status.PLANNED);
        }
        return (first.type() == IncidentType.ARREST || first.type() == IncidentType.DETENTION)
                && c.members().stream().anyMatch(m -> m.incident().status() == Status.OCCURRED);
    }

    private static boolean ends(MergedCase c) {
        IncidentType t = c.members().get(0).incident().type();
        return t == IncidentType.RELEASE || t == IncidentType.ESCAPE
                || t == IncidentType.REPATRIATION && c.members().stream()
                .anyMatch(m -> m.incident().status() == Status.OCCURRED);
    }

    private static boolean endedBy(MergedCase held, MergedCase ending) {
        boolean sameReport = held.members().stream().anyMatch(h -> ending.members().stream()
                .anyMatch(e -> e.documentId().equals(h.documentId())));
        LocalDate heldLast = last(held);
        LocalDate endLast = last(ending);
        boolean later = heldLast == null || endLast != null && !endLast.isBefore(heldLast);
        return sameReport || later && samePlace(place(held), place(ending));
    }

    private static boolean samePlace(Location a, Location b) {
        return a.place() != null && a.place().equalsIgnoreCase(b.place())
                || a.admin1() != null && a.admin1().equalsIgnoreCase(b.admin1());
    }

    private static AtRiskCase entry(MergedCase c) {
        Incident first = c.members().get(0).incident();
        String state = first.type() == IncidentType.ARREST ? "arrested"
                : first.type() == IncidentType.DETENTION ? "detained" : "facing return";
        Integer min = c.members().stream().map(m -> m.incident().people().min()).filter(Objects::nonNull)
                .min(Integer::compare).orElse(null);
        boolean open = c.members().stream().anyMatch(m -> m.incident().people().max() == null);
        Integer max = open ? null : c.members().stream().map(m -> m.incident().people().max())
                .max(Integer::compare).orElse(null);
        Location where = place(c);
        String facility = c.members().stream().map(m -> m.incident().location().facility()).filter(Objects::nonNull)
                .findFirst().orElse(null);
        List<String> outlets = c.members().stream().map(StoredIncident::source).filter(Objects::nonNull)
                .distinct().toList();
        return new AtRiskCase(c, state, min, max, where.place(), facility, last(c), outlets);
    }

    /** The most precise location among the members. */
    static Location place(MergedCase c) {
        Optional<Location> best = c.members().stream().map(m -> m.incident().location())
                .filter(l -> l.place() != null)
                .min(Comparator.comparing(l -> l.precision() == null ? 99 : l.precision().ordinal()));
        return best.orElse(Location.UNKNOWN);
    }

    private static LocalDate last(MergedCase c) {
        return c.members().stream().map(StoredIncident::published).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
