package org.amnok.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amnok.cli.CaseEngine.AtRiskCase;
import org.amnok.cli.CaseEngine.MergedCase;
import org.amnok.store.IncidentQuery;
import org.amnok.store.IncidentStore;
import org.amnok.store.StoredIncident;

/** Cases as the store's incidents and decisions make them now: computed on read (see IncidentStore). Stateless. */
final class Cases {
    private Cases() {
    }

    /** Every case of the live (not rejected) incidents, honouring every analyst decision. */
    static List<MergedCase> load(IncidentStore store, CaseEngine engine) {
        return engine.merge(live(store), store.decisions());
    }

    /** The at-risk list of the live incidents, honouring every analyst decision. */
    static List<AtRiskCase> atRisk(IncidentStore store, CaseEngine engine) {
        return engine.atRisk(live(store), store.decisions());
    }

    private static List<StoredIncident> live(IncidentStore store) {
        List<StoredIncident> incidents = new ArrayList<>();
        store.forEach(IncidentQuery.all(), incidents::add);
        return incidents;
    }

    /** The case with this id, or the case that holds the incident with this member id. */
    static Optional<MergedCase> find(List<MergedCase> cases, String id) {
        return cases.stream().filter(c -> c.id().equals(id) || c.members().stream()
                .anyMatch(m -> m.id().equals(id))).findFirst();
    }
}
