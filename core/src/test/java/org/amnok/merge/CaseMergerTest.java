package org.amnok.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.amnok.incident.Precision;
import org.amnok.incident.Status;
import org.junit.jupiter.api.Test;

class CaseMergerTest {
    private static final Instant MONDAY = Instant.parse("2024-06-03T09:00:00Z");
    private final CaseMerger merger = CaseMerger.create();

    /** Four outlets on one Kunming bus arrest, and a look-alike: two guides caught with them. */
    private static List<SourcedIncident> kunming() {
        return List.of(
                Told.arrest().of(13, null).in("Kunming", "Yunnan").on("2013-11-15").by("afp#0", "2013-11-18", "AFP"),
                Told.arrest().of(15).in("Kunming", "Yunnan").on("2013-11-15").by("dnk#0", "2013-11-18", "Daily NK"),
                Told.arrest().of(2).group(org.amnok.incident.Group.HELPERS).in("Kunming", "Yunnan")
                        .on("2013-11-15").by("dnk#1", "2013-11-18", "Daily NK"),
                Told.arrest().of(15).nearTheBorder().on("2013-11-15")
                        .by("kh#0", "2013-11-19", "Korea Herald (Yonhap, citing RFA)"),
                Told.arrest().of(13).in("Kunming", "Yunnan").on("2013-W46")
                        .by("scmp#3", "2013-11-21", "South China Morning Post"));
    }

    private static List<String> ids(Case c) {
        return c.members().stream().map(SourcedIncident::id).toList();
    }

    private static Case caseOf(List<Case> cases, String memberId) {
        return cases.stream().filter(c -> ids(c).contains(memberId)).findFirst().orElseThrow();
    }

    @Test
    void joinsReportsOfOneEventAndKeepsTheLookAlikeApart() {
        List<Case> cases = merger.merge(kunming(), List.of());
        assertThat(cases).extracting(CaseMergerTest::ids).containsExactly(
                List.of("afp#0", "dnk#0", "kh#0", "scmp#3"), List.of("dnk#1"));
    }

    @Test
    void aCaseShowsTheRangeTheMostPrecisePlaceAndWhoSaysWhat() {
        Case c = merger.merge(kunming(), List.of()).get(0);
        MergedView v = c.view();
        assertThat(List.of(v.minLow(), v.minHigh(), v.maxHigh())).containsExactly(13, 15, 15);
        assertThat(v.dateFrom()).isEqualTo("2013-11-15");
        assertThat(v.dateTo()).isEqualTo("2013-11-15");
        assertThat(v.location().place()).isEqualTo("Kunming");
        assertThat(v.location().precision()).isEqualTo(Precision.CITY);
        assertThat(c.conflicts()).extracting(Conflict::field).containsExactly("people.min", "people.max", "date",
                "place");
        Conflict min = c.conflicts().get(0);
        assertThat(min.claims()).extracting(Claim::value).containsExactly("13", "15");
        assertThat(min.claims().get(0).sources()).containsExactly("AFP", "South China Morning Post");
        assertThat(min.claims().get(1).memberIds()).containsExactly("dnk#0", "kh#0");
    }

    @Test
    void everyJoinIsExplainedByNamedRules() {
        Case c = merger.merge(kunming(), List.of()).get(0);
        assertThat(c.links()).hasSize(c.members().size() - 1);
        assertThat(c.links()).allSatisfy(l -> {
            assertThat(l.a()).isLessThan(l.b());
            assertThat(l.rule()).matches("date-[a-z-]+\\+place-[a-z-]+\\+people-[a-z-]+\\+status-[a-z-]+");
            assertThat(l.explanation()).startsWith("Both ARREST.");
        });
    }

    @Test
    void countsOutletsThatCiteAnotherAsTheOneTheyCite() {
        List<SourcedIncident> reports = List.of(
                Told.arrest().of(30).in("Dandong", "Liaoning").on("2018-04-10").by("rfa#0", "2018-04-12",
                        "Radio Free Asia"),
                Told.arrest().of(30).in("Dandong", "Liaoning").on("2018-04-10").by("kh#0", "2018-04-17",
                        "Korea Herald (Yonhap, citing RFA)"),
                Told.arrest().of(30).in("Dandong", "Liaoning").on("2018-04-10").by("dnk#0", "2018-04-13",
                        "Daily NK"));
        Case c = merger.merge(reports, List.of()).get(0);
        assertThat(c.members()).hasSize(3);
        assertThat(c.independentSources()).isEqualTo(2);
    }

    @Test
    void twoIncidentsOfOneReportNeverShareACaseNotEvenThroughAnother() {
        // One outlet tells of arrests in Shenyang in May (a month) and on May 24; another of May 24 only.
        List<SourcedIncident> reports = List.of(
                Told.arrest().of(4).in("Shenyang", "Liaoning").on("2019-05").by("x#0", "2019-06-03", "X"),
                Told.arrest().of(4).in("Shenyang", "Liaoning").on("2019-05-24").by("x#1", "2019-06-03", "X"),
                Told.arrest().of(4).in("Shenyang", "Liaoning").on("2019-05-24").by("y#0", "2019-06-04", "Y"));
        List<Case> cases = merger.merge(reports, List.of());
        assertThat(cases).extracting(CaseMergerTest::ids).containsExactly(List.of("x#0"), List.of("x#1", "y#0"));
    }

    @Test
    void aCoarseReportCannotChainTwoDifferentEventsTogether() {
        List<SourcedIncident> reports = List.of(
                Told.arrest().of(10).in("Shenyang", "Liaoning").on("2017-11-04").by("a#0", "2017-11-06", "A"),
                Told.arrest().of(10).in("Shenyang", "Liaoning").on("2017-11-25").by("b#0", "2017-11-27", "B"),
                Told.arrest().of(10).in("Shenyang", "Liaoning").on("2017-11").by("c#0", "2017-12-01", "C"));
        List<Case> cases = merger.merge(reports, List.of());
        assertThat(cases).hasSize(2);
        assertThat(ids(caseOf(cases, "a#0"))).doesNotContain("b#0");
    }

    @Test
    void refusesAggregatesDisjointDatesOtherProvincesAndFarCounts() {
        List<SourcedIncident> reports = List.of(
                Told.arrest().of(7).in("Tumen", "Jilin").on("2012-02-08").by("a#0", "2012-02-17", "A"),
                Told.arrest().aggregate().of(7).in("Tumen", "Jilin").on("2012-02-08").by("b#0", "2012-02-18", "B"),
                Told.arrest().of(7).in("Tumen", "Jilin").on("2012-03-08").by("c#0", "2012-03-17", "C"),
                Told.arrest().of(7).inProvince("Liaoning").on("2012-02-08").by("d#0", "2012-02-17", "D"),
                Told.arrest().of(40).in("Tumen", "Jilin").on("2012-02-08").by("e#0", "2012-02-17", "E"));
        assertThat(merger.merge(reports, List.of())).hasSize(5);
    }

    @Test
    void anAnalystsMergeJoinsWhatTheRulesKeepApart() {
        List<SourcedIncident> reports = List.of(
                Told.arrest().of(7).in("Tumen", "Jilin").on("2012-02-08").by("a#0", "2012-02-17", "A"),
                Told.arrest().of(40).in("Tumen", "Jilin").on("2012-02-08").by("e#0", "2012-02-17", "E"));
        List<Case> cases = merger.merge(reports, List.of(Decision.merge("e#0", "a#0", "kim", MONDAY)));
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).links()).singleElement().satisfies(l -> {
            assertThat(l.rule()).isEqualTo("analyst-merge");
            assertThat(l.a()).isEqualTo("a#0");
            assertThat(l.explanation()).contains("kim");
        });
    }

    @Test
    void anAnalystsSplitKeepsApartWhatTheRulesWouldJoin() {
        List<Case> cases = merger.merge(kunming(), List.of(Decision.split("afp#0", "scmp#3", "lee", MONDAY)));
        assertThat(ids(caseOf(cases, "afp#0"))).doesNotContain("scmp#3");
        assertThat(cases).hasSize(3);
    }

    @Test
    void decisionsSurviveReExtractionBecauseTheyNameMembers() {
        List<Decision> decisions = List.of(Decision.split("afp#0", "dnk#0", "lee", MONDAY),
                Decision.merge("afp#0", "gone#0", "lee", MONDAY));
        List<SourcedIncident> again = new ArrayList<>(kunming());
        again.add(Told.arrest().of(15).in("Kunming", "Yunnan").on("2013-11-15").by("jad#0", "2013-11-19", "JAD"));
        List<Case> cases = merger.merge(again, decisions);
        assertThat(ids(caseOf(cases, "afp#0"))).doesNotContain("dnk#0");
        assertThat(cases.stream().mapToInt(c -> c.members().size()).sum()).isEqualTo(again.size());
    }

    @Test
    void theNewestDecisionOnAPairWins() {
        List<Decision> decisions = List.of(Decision.split("afp#0", "dnk#0", "lee", MONDAY),
                Decision.merge("afp#0", "dnk#0", "kim", MONDAY.plusSeconds(60)),
                Decision.split("dnk#1", "afp#0", "kim", MONDAY.minusSeconds(60)),
                Decision.merge("dnk#1", "afp#0", "lee", MONDAY));
        List<Case> cases = merger.merge(kunming(), decisions);
        assertThat(ids(caseOf(cases, "afp#0"))).contains("dnk#0", "dnk#1");
    }

    @Test
    void aMergeThatWouldBreakANewerSplitIsIgnored() {
        List<Decision> decisions = List.of(Decision.split("afp#0", "dnk#1", "lee", MONDAY.plusSeconds(60)),
                Decision.merge("afp#0", "dnk#0", "kim", MONDAY),
                Decision.merge("dnk#0", "dnk#1", "kim", MONDAY.minusSeconds(60)));
        List<Case> cases = merger.merge(kunming(), decisions);
        assertThat(ids(caseOf(cases, "afp#0"))).contains("dnk#0").doesNotContain("dnk#1");
    }

    @Test
    void caseIdsAndOrderDependOnlyOnTheInput() {
        List<SourcedIncident> shuffled = new ArrayList<>(kunming());
        Collections.shuffle(shuffled, new Random(42));
        List<Case> once = merger.merge(kunming(), List.of());
        List<Case> again = merger.merge(shuffled, List.of());
        assertThat(again).isEqualTo(once);
        assertThat(once).extracting(Case::id).containsExactly("case-afp#0", "case-dnk#1");
    }

    @Test
    void membersAreInReportOrder() {
        Case c = merger.merge(kunming(), List.of()).get(0);
        assertThat(c.members()).extracting(SourcedIncident::published).isSorted();
    }

    @Test
    void plannedAndDoneMergeAndTheViewSaysItOccurred() {
        List<SourcedIncident> reports = List.of(
                Told.repatriation().planned().of(10).inCountry("CN").by("a#1", "2017-11-06", "A"),
                Told.repatriation().of(10).in("Dandong", "Liaoning").on("2017-11-20").by("b#0", "2017-11-22", "B"));
        Case c = merger.merge(reports, List.of()).get(0);
        assertThat(c.members()).hasSize(2);
        assertThat(c.view().status()).isEqualTo(Status.OCCURRED);
        assertThat(c.conflicts()).extracting(Conflict::field).containsExactly("status");
    }

    @Test
    void rejectsTwoIncidentsWithOneMemberId() {
        SourcedIncident one = Told.arrest().of(1).by("a#0", "2020-01-01", "A");
        assertThatThrownBy(() -> merger.merge(List.of(one, one), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a#0");
    }

    @Test
    void everyIncidentIsInACaseEvenWithNothingToJoin() {
        SourcedIncident undated = Told.arrest().of(1).by("a#0", null, null);
        List<Case> cases = merger.merge(List.of(undated), List.of());
        assertThat(cases).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("case-a#0");
            assertThat(c.links()).isEmpty();
            assertThat(c.conflicts()).isEmpty();
            assertThat(c.independentSources()).isEqualTo(1);
        });
    }
}
