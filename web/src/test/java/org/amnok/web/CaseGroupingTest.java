package org.amnok.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.store.AnalystDecision;
import org.amnok.store.DecisionKind;
import org.amnok.store.IncidentState;
import org.amnok.store.StoredIncident;
import org.junit.jupiter.api.Test;

/** Cases from analysts' decisions: merges join, splits keep apart, the newest decision on a pair wins. */
class CaseGroupingTest {
    private static StoredIncident member(String id, IncidentType type) {
        return new StoredIncident(id, id.substring(0, id.indexOf('#')), 0, "Outlet " + id, LocalDate.of(2019, 6, 1),
                Fixtures.incident(Fixtures.ARREST_TEXT, Fixtures.ARREST_SENTENCE, type, 4, Location.UNKNOWN,
                        "2019-05-25"), IncidentState.EXTRACTED, "test");
    }

    private static AnalystDecision decision(long id, DecisionKind kind, String a, String b) {
        return new AnalystDecision(id, kind, a, b, "ana", Instant.EPOCH.plusSeconds(id));
    }

    private static List<List<String>> groups(List<AnalystDecision> decisions) {
        List<StoredIncident> all = List.of(member("a#0", IncidentType.ARREST), member("b#0", IncidentType.ARREST),
                member("c#0", IncidentType.DETENTION));
        return CaseGrouping.group(all, decisions).stream().map(g -> g.stream().map(StoredIncident::id).toList())
                .sorted((x, y) -> x.get(0).compareTo(y.get(0))).toList();
    }

    @Test
    void keepsEveryIncidentAloneWithoutDecisions() {
        assertThat(groups(List.of())).containsExactly(List.of("a#0"), List.of("b#0"), List.of("c#0"));
    }

    @Test
    void joinsMergedIncidentsTransitively() {
        assertThat(groups(List.of(decision(1, DecisionKind.MERGE, "a#0", "b#0"),
                decision(2, DecisionKind.MERGE, "c#0", "b#0")))).containsExactly(List.of("a#0", "b#0", "c#0"));
    }

    @Test
    void letsTheNewestDecisionOnAPairWin() {
        assertThat(groups(List.of(decision(1, DecisionKind.MERGE, "a#0", "b#0"),
                decision(2, DecisionKind.SPLIT, "b#0", "a#0")))).containsExactly(List.of("a#0"), List.of("b#0"),
                List.of("c#0"));
    }

    @Test
    void refusesAMergeThatWouldJoinASplitPairThroughAThird() {
        assertThat(groups(List.of(decision(1, DecisionKind.SPLIT, "a#0", "b#0"),
                decision(2, DecisionKind.MERGE, "a#0", "c#0"), decision(3, DecisionKind.MERGE, "c#0", "b#0"))))
                .containsExactly(List.of("a#0", "c#0"), List.of("b#0"));
    }

    @Test
    void ignoresDecisionsNamingAbsentIncidents() {
        assertThat(groups(List.of(decision(1, DecisionKind.MERGE, "a#0", "gone#3")))).hasSize(3);
    }

    @Test
    void summarisesAMergedCaseWithItsConflictsAndRisk() {
        CaseFile c = CaseSummary.of(List.of(member("a#0", IncidentType.ARREST), new StoredIncident("b#0", "b", 0,
                "Other Outlet", LocalDate.of(2019, 6, 2), Fixtures.incident(Fixtures.ARREST_TEXT,
                Fixtures.ARREST_SENTENCE, IncidentType.ARREST, 6, Location.UNKNOWN, "2019-05"), IncidentState.EXTRACTED,
                "test")));
        assertThat(c.id()).isEqualTo("case-a#0");
        assertThat(c.peopleLow()).isEqualTo(4);
        assertThat(c.peopleHigh()).isEqualTo(6);
        assertThat(c.date()).isEqualTo("2019-05-25");
        assertThat(c.conflicts()).extracting(CaseFile.Conflict::field).containsExactly("people.min", "people.max",
                "date");
        assertThat(c.atRisk()).isTrue();
    }
}
