package org.amnok.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Status;
import org.amnok.merge.AtRisk;
import org.amnok.merge.AtRiskEntry;
import org.amnok.merge.Case;
import org.amnok.merge.CaseMerger;
import org.amnok.merge.Claim;
import org.amnok.merge.Conflict;
import org.amnok.merge.Decision;
import org.amnok.merge.Link;
import org.amnok.merge.SourcedIncident;
import org.amnok.store.AnalystDecision;
import org.amnok.store.DecisionKind;
import org.amnok.store.StoredIncident;

/**
 * The case commands' engine: {@link CaseMerger} and {@link AtRisk} over the store's records, translated both
 * ways. Stateless and thread-safe.
 */
final class MergerCaseEngine implements CaseEngine {
    private final CaseMerger merger = CaseMerger.create();

    @Override
    public List<MergedCase> merge(List<StoredIncident> incidents, List<AnalystDecision> decisions) {
        Map<String, StoredIncident> byId = incidents.stream()
                .collect(Collectors.toMap(StoredIncident::id, Function.identity(), (a, b) -> a));
        List<SourcedIncident> sourced = incidents.stream()
                .map(i -> new SourcedIncident(i.id(), i.documentId(), i.source(), i.published(), i.incident()))
                .toList();
        List<Decision> rulings = decisions.stream().map(MergerCaseEngine::decision).toList();
        return merger.merge(sourced, rulings).stream().map(c -> mergedCase(c, byId))
                .sorted(Comparator.comparingInt((MergedCase c) -> -c.members().size()).thenComparing(MergedCase::id))
                .toList();
    }

    @Override
    public List<AtRiskCase> atRisk(List<MergedCase> cases) {
        Map<String, MergedCase> byId = cases.stream().collect(Collectors.toMap(MergedCase::id, Function.identity()));
        return AtRisk.list(cases.stream().map(MergerCaseEngine::back).toList()).stream()
                .map(e -> atRiskCase(e, byId.get(e.c().id()))).toList();
    }

    private static Decision decision(AnalystDecision d) {
        Decision.Kind kind = d.kind() == DecisionKind.MERGE ? Decision.Kind.MERGE : Decision.Kind.SPLIT;
        return new Decision(kind, d.a(), d.b(), d.analyst(), d.at());
    }

    private static MergedCase mergedCase(Case c, Map<String, StoredIncident> byId) {
        List<StoredIncident> members = c.members().stream().map(m -> byId.get(m.id())).toList();
        List<Join> joins = c.links().stream().map(MergerCaseEngine::join).toList();
        List<String> conflicts = c.conflicts().stream().map(MergerCaseEngine::line).toList();
        return new MergedCase(c.id(), members, joins, conflicts, c.independentSources());
    }

    private static Join join(Link l) {
        return new Join(l.b(), l.a(), l.rule() + ": " + l.explanation());
    }

    /** "people.min: 13 (AFP), 15 (Daily NK)". */
    private static String line(Conflict c) {
        return c.field() + ": " + c.claims().stream().map(MergerCaseEngine::claim).collect(Collectors.joining(", "));
    }

    private static String claim(Claim c) {
        return c.value() + " (" + String.join(", ", c.sources()) + ")";
    }

    /** Rebuilds the merge package's case from ours, for {@link AtRisk}, which reads members and view. */
    private static Case back(MergedCase c) {
        List<SourcedIncident> members = c.members().stream()
                .map(i -> new SourcedIncident(i.id(), i.documentId(), i.source(), i.published(), i.incident()))
                .toList();
        return CaseMerger.create().merge(members, c.members().size() < 2 ? List.of()
                : forceTogether(members)).get(0);
    }

    private static List<Decision> forceTogether(List<SourcedIncident> members) {
        String first = members.get(0).id();
        return members.stream().skip(1)
                .map(m -> new Decision(Decision.Kind.MERGE, first, m.id(), "amnok", java.time.Instant.EPOCH))
                .toList();
    }

    private static AtRiskCase atRiskCase(AtRiskEntry e, MergedCase c) {
        return new AtRiskCase(c, state(e), e.people().min(), e.people().max(), e.location().place(), e.facility(),
                e.lastReport(), e.sources());
    }

    private static String state(AtRiskEntry e) {
        if (e.state() == Status.PLANNED) {
            return "facing return";
        }
        IncidentType latest = e.c().view().type();
        return latest == IncidentType.ARREST ? "arrested" : latest == IncidentType.DETENTION ? "detained"
                : "facing return";
    }
}
