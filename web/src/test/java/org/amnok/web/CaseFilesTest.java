package org.amnok.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.Precision;
import org.amnok.store.AnalystDecision;
import org.amnok.store.DecisionKind;
import org.amnok.store.IncidentState;
import org.amnok.store.StoredIncident;
import org.junit.jupiter.api.Test;

/** The web's cases through the core's merger: rules join reports of one event, analysts' decisions win. */
class CaseFilesTest {
    private static final Location YANJI = new Location("Yanji", "Jilin", "CN", Precision.CITY, null, 42.9, 129.5);

    private static StoredIncident report(String doc, String outlet, LocalDate published, IncidentType type,
                                         int people, Location where, String date) {
        return new StoredIncident(doc + "#0", doc, 0, outlet, published, Fixtures.incident(Fixtures.ARREST_TEXT,
                Fixtures.ARREST_SENTENCE, type, people, where, date), IncidentState.EXTRACTED, "test");
    }

    private static final StoredIncident FIRST = report("a", "Outlet A", LocalDate.of(2021, 3, 5),
            IncidentType.ARREST, 5, YANJI, "2021-03-02");
    private static final StoredIncident SECOND = report("b", "Outlet B", LocalDate.of(2021, 3, 8),
            IncidentType.ARREST, 6, YANJI, "2021-03-02");
    private static final StoredIncident HELD = report("c", "Outlet C", LocalDate.of(2021, 3, 20),
            IncidentType.DETENTION, 5, YANJI, "2021-03");

    private static AnalystDecision decision(long id, DecisionKind kind, String a, String b) {
        return new AnalystDecision(id, kind, a, b, "ana", Instant.EPOCH.plusSeconds(id));
    }

    private static List<List<String>> groups(List<AnalystDecision> decisions) {
        return CaseFiles.of(List.of(FIRST, SECOND, HELD), decisions).stream()
                .map(c -> c.members().stream().map(StoredIncident::id).sorted().toList())
                .sorted((x, y) -> x.get(0).compareTo(y.get(0))).toList();
    }

    @Test
    void joinsTwoReportsOfOneArrestAndKeepsADetentionApart() {
        assertThat(groups(List.of())).containsExactly(List.of("a#0", "b#0"), List.of("c#0"));
    }

    @Test
    void explainsTheJoinAndListsWhatTheReportsDisagreeOn() {
        CaseFile joined = CaseFiles.of(List.of(FIRST, SECOND), List.of()).get(0);
        assertThat(joined.id()).isEqualTo("case-a#0");
        assertThat(joined.joins()).hasSize(1);
        assertThat(joined.conflicts()).extracting(CaseFile.Conflict::field).contains("people.min");
        assertThat(joined.conflicts().get(0).claims()).anyMatch(c -> c.contains("Outlet B"));
        assertThat(joined.peopleLow()).isEqualTo(5);
        assertThat(joined.peopleHigh()).isEqualTo(6);
        assertThat(joined.date()).isEqualTo("2021-03-02");
        assertThat(joined.firstDay()).isEqualTo(LocalDate.of(2021, 3, 2));
    }

    @Test
    void letsAnAnalystSplitWhatTheRulesWouldJoin() {
        assertThat(groups(List.of(decision(1, DecisionKind.SPLIT, "a#0", "b#0"))))
                .containsExactly(List.of("a#0"), List.of("b#0"), List.of("c#0"));
    }

    @Test
    void letsTheNewestDecisionOnAPairWin() {
        assertThat(groups(List.of(decision(1, DecisionKind.SPLIT, "a#0", "b#0"),
                decision(2, DecisionKind.MERGE, "b#0", "a#0")))).containsExactly(List.of("a#0", "b#0"),
                List.of("c#0"));
    }

    @Test
    void letsAnAnalystMergeWhatTheRulesKeepApartAndThenJoinsOnlyWhatFitsEveryMember() {
        // The merge comes first; the second arrest report cannot join a case holding a detention, so it stays out.
        assertThat(groups(List.of(decision(1, DecisionKind.MERGE, "a#0", "c#0"))))
                .containsExactly(List.of("a#0", "c#0"), List.of("b#0"));
    }

    @Test
    void marksPeopleStillHeldAtRiskUntilALaterReportReturnsThem() {
        assertThat(CaseFiles.of(List.of(HELD), List.of()).get(0).atRisk()).isTrue();
        StoredIncident returned = report("d", "Outlet D", LocalDate.of(2021, 4, 2), IncidentType.REPATRIATION, 5,
                YANJI, "2021-03-30");
        assertThat(CaseFiles.of(List.of(HELD, returned), List.of())).filteredOn(c -> c.id().equals("case-c#0"))
                .singleElement().extracting(CaseFile::atRisk).isEqualTo(false);
    }
}
