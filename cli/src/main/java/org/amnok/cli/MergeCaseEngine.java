package org.amnok.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Status;
import org.amnok.merge.AtRisk;
import org.amnok.merge.AtRiskEntry;
import org.amnok.merge.Case;
import org.amnok.merge.CaseMerger;
import org.amnok.merge.Conflict;
import org.amnok.merge.Decision;
import org.amnok.merge.SourcedIncident;
import org.amnok.store.AnalystDecision;
import org.amnok.store.DecisionKind;
import org.amnok.store.StoredIncident;

/**
 * {@link CaseEngine} over {@code org.amnok.merge}: stored incidents and decisions in, its cases out. Stateless.
 */
final class MergeCaseEngine implements CaseEngine {
    private final CaseMerger merger = CaseMerger.create();

    @Override
    public List<MergedCase> merge(List<StoredIncident> incidents, List<AnalystDecision> decisions) {
        Map<String, StoredIncident> byId = byId(incidents);
        return cases(incidents, decisions).stream().map(c -> view(c, byId)).toList();
    }

    @Override
    public List<AtRiskCase> atRisk(List<StoredIncident> incidents, List<AnalystDecision> decisions) {
        Map<String, StoredIncident> byId = byId(incidents);
        return AtRisk.list(cases(incidents, decisions)).stream().map(e -> entry(e, byId)).toList();
    }

    private List<Case> cases(List<StoredIncident> incidents, List<AnalystDecision> decisions) {
        List<SourcedIncident> in = incidents.stream().map(s -> new SourcedIncident(s.id(), s.documentId(),
                s.source(), s.published(), s.incident())).toList();
        List<Decision> ds = decisions.stream().map(d -> d.kind() == DecisionKind.MERGE
                ? Decision.merge(d.a(), d.b(), d.analyst(), d.at())
                : Decision.split(d.a(), d.b(), d.analyst(), d.at())).toList();
        return merger.merge(in, ds);
    }

    private static Map<String, StoredIncident> byId(List<StoredIncident> incidents) {
        return incidents.stream().collect(Collectors.toMap(StoredIncident::id, Function.identity(), (a, b) -> a));
    }

    private static MergedCase view(Case c, Map<String, StoredIncident> byId) {
        return new MergedCase(c.id(), c.members().stream().map(m -> byId.get(m.id())).toList(),
                c.links().stream().map(l -> new Join(l.b(), l.a(), l.rule() + ": " + l.explanation())).toList(),
                c.conflicts().stream().map(MergeCaseEngine::line).toList(), c.independentSources());
    }

    private static String line(Conflict x) {
        return x.field() + ": " + x.claims().stream().map(cl -> cl.value() + " (" + String.join(", ", cl.sources())
                + ")").collect(Collectors.joining(", "));
    }

    private static AtRiskCase entry(AtRiskEntry e, Map<String, StoredIncident> byId) {
        IncidentType type = e.c().view().type();
        String state = e.state() == Status.PLANNED ? "facing return"
                : type == IncidentType.ARREST ? "arrested" : type == IncidentType.DETENTION ? "detained"
                : type.name().toLowerCase(Locale.ROOT);
        return new AtRiskCase(view(e.c(), byId), state, e.people().min(), e.people().max(), e.location().place(),
                e.facility(), e.lastReport(), e.sources());
    }
}
