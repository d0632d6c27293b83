package org.amnok.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amnok.incident.Incident;
import org.amnok.merge.AtRisk;
import org.amnok.merge.Case;
import org.amnok.merge.CaseMerger;
import org.amnok.merge.Decision;
import org.amnok.merge.MergedView;
import org.amnok.merge.SourcedIncident;
import org.amnok.store.AnalystDecision;
import org.amnok.store.DecisionKind;
import org.amnok.store.StoredIncident;

/**
 * Cases of stored incidents by the core's {@link CaseMerger} (its rules, honouring analysts' merges and splits) and
 * {@link AtRisk}, as the web's {@link CaseFile}s. Stateless and thread-safe.
 */
final class CaseFiles {
    private static final CaseMerger MERGER = CaseMerger.create();

    private CaseFiles() {
    }

    /** Every incident in exactly one case; cases in no particular order. */
    static List<CaseFile> of(List<StoredIncident> incidents, List<AnalystDecision> decisions) {
        List<SourcedIncident> in = incidents.stream().map(s -> new SourcedIncident(s.id(), s.documentId(),
                s.source(), s.published(), s.incident())).toList();
        List<Decision> ds = decisions.stream().map(d -> d.kind() == DecisionKind.MERGE
                ? Decision.merge(d.a(), d.b(), d.analyst(), d.at())
                : Decision.split(d.a(), d.b(), d.analyst(), d.at())).toList();
        List<Case> cases = MERGER.merge(in, ds);
        Set<String> atRisk = AtRisk.list(cases).stream().map(e -> e.c().id()).collect(Collectors.toSet());
        Map<String, StoredIncident> byId = new HashMap<>();
        incidents.forEach(s -> byId.put(s.id(), s));
        return cases.stream().map(c -> file(c, byId, atRisk.contains(c.id()))).toList();
    }

    private static CaseFile file(Case c, Map<String, StoredIncident> byId, boolean atRisk) {
        MergedView v = c.view();
        List<StoredIncident> members = c.members().stream().map(m -> byId.get(m.id())).toList();
        LocalDate first = v.dateFrom() == null ? null : LocalDate.parse(v.dateFrom());
        return new CaseFile(c.id(), members, v.type(), v.status(), v.scope(), v.minLow(),
                v.maxHigh() != null ? v.maxHigh() : v.minHigh(), mostPrecise(members), first, v.location(), v.group(),
                v.agent(), c.conflicts().stream().map(x -> new CaseFile.Conflict(x.field(), x.claims().stream()
                        .map(cl -> cl.value() + " (" + String.join(", ", cl.sources()) + ")").toList())).toList(),
                c.links().stream().map(l -> l.a() + " + " + l.b() + ": " + l.rule() + " (" + l.explanation() + ")")
                        .toList(), atRisk);
    }

    /** The most precise date a member states ("2019-05-25" before "2019-05" before "2019"), or {@code null}. */
    private static String mostPrecise(List<StoredIncident> members) {
        Function<String, Integer> precision = value -> value.contains("/") ? 0 : value.length();
        return members.stream().map(StoredIncident::incident).map(Incident::date).map(d -> d.value())
                .filter(Objects::nonNull).max(Comparator.comparing(precision)).orElse(null);
    }
}
