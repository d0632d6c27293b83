package org.amnok.web;

import java.util.List;
import java.util.Map;
import org.amnok.store.AnalystDecision;
import org.amnok.store.DecisionKind;
import org.amnok.store.IncidentState;
import org.amnok.store.IncidentStore;
import org.amnok.store.StoredIncident;

/**
 * Analysts' changes, for pages and API alike: confirm, edit or reject an incident; merge or split cases. Each goes
 * through the store, which logs who, when, before and after, and keeps the analyst's word over re-extraction.
 * Thread-safe.
 */
final class Review {
    private final IncidentStore store;
    private final CaseBook cases;

    Review(IncidentStore store, CaseBook cases) {
        this.store = store;
        this.cases = cases;
    }

    StoredIncident confirm(String id, Principal who) {
        return changed(store.setState(id, IncidentState.CONFIRMED, who.name()));
    }

    StoredIncident reject(String id, Principal who) {
        return changed(store.setState(id, IncidentState.REJECTED, who.name()));
    }

    /** Applies {@code values} (see {@link IncidentEdit}) to the incident and marks it edited. */
    StoredIncident edit(String id, Map<String, String> values, Principal who) {
        StoredIncident before = store.incident(id);
        return changed(store.edit(id, IncidentEdit.apply(before.incident(), values), who.name()));
    }

    /** Joins the cases of incidents {@code a} and {@code b}. */
    AnalystDecision merge(String a, String b, Principal who) {
        AnalystDecision d = store.decide(DecisionKind.MERGE, a, b, who.name());
        cases.invalidate();
        return d;
    }

    /** Takes incident {@code member} out of its case: a SPLIT against every other member. */
    List<AnalystDecision> split(String member, Principal who) {
        CaseFile c = cases.snapshot().findCaseOf(member)
                .orElseThrow(() -> WebProblem.notFound("a live incident with id " + member));
        List<AnalystDecision> out = c.members().stream().map(StoredIncident::id).filter(id -> !id.equals(member))
                .map(other -> store.decide(DecisionKind.SPLIT, member, other, who.name())).toList();
        if (out.isEmpty()) {
            throw WebProblem.badRequest("alone", "incident " + member + " is alone in its case; nothing to split");
        }
        cases.invalidate();
        return out;
    }

    private StoredIncident changed(StoredIncident s) {
        cases.invalidate();
        return s;
    }
}
