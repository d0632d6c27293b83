package org.amnok.merge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amnok.incident.IncidentType;
import org.amnok.incident.People;
import org.amnok.incident.Scope;
import org.amnok.incident.Status;

/**
 * The front door of the at-risk list: people last reported in Chinese hands with no later report that they were
 * returned, released or got away.
 *
 * <p>Stateless and thread-safe. Pure: no I/O.
 *
 * <p>A case is at risk when it is an INCIDENT (never an AGGREGATE) and is an ARREST or DETENTION that was not
 * BLOCKED, or a REPATRIATION that has not occurred (PLANNED: they face return; BLOCKED: the North refused them,
 * so they are still held). It leaves the list when an outcome (an OCCURRED REPATRIATION, RELEASE or ESCAPE
 * incident) concerns the same people:
 * <ul>
 *   <li>in the same case (an analyst merged it in);</li>
 *   <li>in the same report, not dated before the risk, with a count at least as large, or none when the risk
 *       has none or one sentence tells both;</li>
 *   <li>in a later report, dated from the risk's first day to {@value #HORIZON_DAYS} days after its last, at
 *       the same place or one inside the other, with known counts that agree (or a larger group up to four
 *       times the size: "all 41 were sent back" ends a detention of 24), and no contradicting group.</li>
 * </ul>
 * When in doubt a case stays on the list: a wrongly listed case costs a check, a wrongly dropped one a life.
 * One group can appear more than once (its arrest and its detention are different cases).
 *
 * <p>Cost: outcomes are indexed by report, and by month and place or province, so each risk is compared only
 * with the outcomes of its own reports and those at its place in the months after it.
 */
public final class AtRisk {
    /** How long after a risk an outcome reported elsewhere may still be its end, in days. */
    static final int HORIZON_DAYS = 180;

    private static final Set<IncidentType> OUTCOMES = Set.of(IncidentType.REPATRIATION, IncidentType.RELEASE,
            IncidentType.ESCAPE);

    /** Latest report first; unknown dates last; ties by case id. */
    private static final Comparator<AtRiskEntry> MOST_RECENT_FIRST = Comparator
            .comparing(AtRiskEntry::lastReport, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(e -> e.c().id());

    private AtRisk() {
    }

    /**
     * The cases whose people are at risk, most recently reported first.
     *
     * @param cases the output of {@link CaseMerger#merge}, or any cases; never {@code null}
     * @return one entry per case at risk
     */
    public static List<AtRiskEntry> list(List<Case> cases) {
        Outcomes outcomes = new Outcomes();
        cases.forEach(c -> c.members().stream().filter(AtRisk::isOutcome).forEach(m -> outcomes.add(c, m)));
        List<AtRiskEntry> out = new ArrayList<>();
        for (Case c : cases) {
            if (atRisk(c) && c.members().stream().noneMatch(m -> outcomes.resolves(c, m))) {
                out.add(entry(c));
            }
        }
        out.sort(MOST_RECENT_FIRST);
        return out;
    }

    /** True for a case that, by itself, leaves people in custody or facing return. */
    static boolean atRisk(Case c) {
        MergedView v = c.view();
        if (v.scope() != Scope.INCIDENT || c.members().stream().anyMatch(AtRisk::isOutcome)) {
            return false;
        }
        return switch (v.type()) {
            case ARREST, DETENTION -> v.status() != Status.BLOCKED;
            case REPATRIATION -> v.status() != Status.OCCURRED;
            default -> false;
        };
    }

    /** An occurred return, release or escape of identifiable people. */
    static boolean isOutcome(SourcedIncident m) {
        return OUTCOMES.contains(m.incident().type()) && m.incident().status() == Status.OCCURRED
                && m.incident().scope() == Scope.INCIDENT;
    }

    private static AtRiskEntry entry(Case c) {
        List<SourcedIncident> latestFirst = new ArrayList<>(c.members());
        latestFirst.sort(CaseViews.REPORT_ORDER.reversed());
        People people = latestFirst.stream().map(m -> m.incident().people()).filter(p -> !p.isUnknown())
                .findFirst().orElse(People.UNKNOWN);
        String facility = latestFirst.stream().map(m -> m.incident().location().facility())
                .filter(f -> f != null && !f.isBlank()).findFirst().orElse(null);
        List<String> sources = c.members().stream().map(SourcedIncident::sourceLabel).distinct().toList();
        return new AtRiskEntry(c, CaseViews.latest(c.members()).incident().status(), people,
                c.view().location(), facility, CaseViews.lastReport(c.members()), sources);
    }

    /** The outcomes of all cases, indexed by report and by month and region; one instance serves one call. */
    private static final class Outcomes {
        /** An outcome wider than this is only matched within its own report: a year-long return is no anchor. */
        private static final int MAX_INDEXED_DAYS = 400;

        private final Map<String, List<Outcome>> byDocument = new HashMap<>();
        private final Map<Region, List<Outcome>> byRegion = new HashMap<>();

        /** One outcome member and the case it belongs to. */
        private record Outcome(Case c, Profile profile) {
        }

        /**
         * A month and a place or province name: a later report must name the risk's place or province (see
         * {@link Endings#laterReport}), so it shares one of these keys with the risk.
         */
        private record Region(YearMonth month, String name) {
        }

        void add(Case c, SourcedIncident m) {
            Outcome o = new Outcome(c, Profile.of(0, 0, m));
            byDocument.computeIfAbsent(m.documentId(), k -> new ArrayList<>()).add(o);
            Window w = o.profile().window();
            if (w == null || w.days() > MAX_INDEXED_DAYS || o.profile().count() == null) {
                return; // a later report without a date or count never ends a risk
            }
            for (YearMonth ym = month(w.lo()); !ym.isAfter(month(w.hi())); ym = ym.plusMonths(1)) {
                for (String name : names(o.profile().place())) {
                    byRegion.computeIfAbsent(new Region(ym, name), k -> new ArrayList<>()).add(o);
                }
            }
        }

        /** True when some outcome outside {@code c} ends the risk of member {@code m}. */
        boolean resolves(Case c, SourcedIncident m) {
            Profile risk = Profile.of(0, 0, m);
            for (Outcome o : byDocument.getOrDefault(m.documentId(), List.of())) {
                if (o.c() != c && Endings.sameReport(risk, o.profile())) {
                    return true;
                }
            }
            return risk.window() != null && risk.count() != null && laterReports(c, risk);
        }

        private boolean laterReports(Case c, Profile risk) {
            YearMonth last = month(risk.window().hi() + HORIZON_DAYS);
            for (YearMonth ym = month(risk.window().lo()); !ym.isAfter(last); ym = ym.plusMonths(1)) {
                for (String name : names(risk.place())) {
                    for (Outcome o : byRegion.getOrDefault(new Region(ym, name), List.of())) {
                        if (o.c() != c && Endings.laterReport(risk, o.profile())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private static List<String> names(Place p) {
            if (p.name() == null || p.name().equals(p.admin1())) {
                return p.admin1() == null ? List.of() : List.of(p.admin1());
            }
            return p.admin1() == null ? List.of(p.name()) : List.of(p.name(), p.admin1());
        }

        private static YearMonth month(long epochDay) {
            return YearMonth.from(LocalDate.ofEpochDay(epochDay));
        }
    }
}
