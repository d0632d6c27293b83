package org.amnok.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.Precision;
import org.amnok.incident.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AtRiskTest {
    private final CaseMerger merger = CaseMerger.create();

    private List<AtRiskEntry> atRisk(SourcedIncident... reports) {
        return AtRisk.list(merger.merge(List.of(reports), List.of()));
    }

    private static List<String> caseIds(List<AtRiskEntry> entries) {
        return entries.stream().map(e -> e.c().id()).toList();
    }

    @ParameterizedTest(name = "{0} {1}: at risk {2}")
    @CsvSource({
        "ARREST, OCCURRED, true", "ARREST, BLOCKED, false", "DETENTION, OCCURRED, true",
        "DETENTION, PLANNED, true", "REPATRIATION, PLANNED, true", "REPATRIATION, BLOCKED, true",
        "REPATRIATION, OCCURRED, false", "RELEASE, OCCURRED, false", "PUNISHMENT, OCCURRED, false",
        "CROSSING, OCCURRED, false",
    })
    void arrestsDetentionsAndPendingReturnsAreAtRisk(IncidentType type, Status status, boolean expected) {
        SourcedIncident held = Told.of(type).status(status).of(6).in("Tumen", "Jilin").on("2012-02-08")
                .by("a#0", "2012-02-17", "Daily NK");
        assertThat(atRisk(held)).hasSize(expected ? 1 : 0);
    }

    @Test
    void anAggregateIsNoOnesRisk() {
        assertThat(atRisk(Told.arrest().aggregate().of(41).inCountry("CN").on("2017-07/2017-08")
                .by("a#0", "2017-09-06", "Daily NK"))).isEmpty();
    }

    @Test
    void aLaterReportOfTheirReturnEndsTheRisk() {
        SourcedIncident arrest = Told.arrest().of(10).in("Shenyang", "Liaoning").on("2017-11-04")
                .by("a#0", "2017-11-06", "A");
        SourcedIncident returned = Told.repatriation().of(10).in("Shenyang", "Liaoning").on("2017-12-02")
                .by("b#0", "2017-12-10", "B");
        assertThat(atRisk(arrest, returned)).isEmpty();
    }

    @Test
    void aReturnOfASimilarGroupElsewhereDoesNotEndTheRisk() {
        SourcedIncident arrest = Told.arrest().of(10).in("Shenyang", "Liaoning").on("2017-11-04")
                .by("a#0", "2017-11-06", "A");
        SourcedIncident elsewhere = Told.repatriation().of(10).inCountry("CN").on("2017-12-02")
                .by("b#0", "2017-12-10", "B");
        SourcedIncident smaller = Told.repatriation().of(3).in("Shenyang", "Liaoning").on("2017-12-02")
                .by("c#0", "2017-12-10", "C");
        SourcedIncident tooLate = Told.repatriation().of(10).in("Shenyang", "Liaoning").on("2018-09-02")
                .by("d#0", "2018-09-10", "D");
        SourcedIncident before = Told.release().of(10).in("Shenyang", "Liaoning").on("2017-10-02")
                .by("e#0", "2017-10-10", "E");
        assertThat(caseIds(atRisk(arrest, elsewhere, smaller, tooLate, before))).containsExactly("case-a#0");
    }

    @Test
    void theReturnOfALargerGroupThatHoldsThemEndsTheRisk() {
        SourcedIncident held = Told.detention().of(24).in("Tumen", "Jilin").on("2012-02")
                .by("a#0", "2012-02-17", "A");
        SourcedIncident all = Told.repatriation().of(41).in("Tumen", "Jilin").on("2012-03-05")
                .by("b#0", "2012-03-12", "B");
        assertThat(atRisk(held, all)).isEmpty();
    }

    @Test
    void anEscapeOrReleaseTheSameReportTellsEndsTheRiskOfThoseItConcerns() {
        SourcedIncident five = Told.arrest().of(5).in("Beijing", "Beijing").on("2013-11-07")
                .sentence(0, 80).by("a#0", "2013-11-21", "A");
        SourcedIncident seven = Told.arrest().of(7).in("Shenyang", "Liaoning").on("2013-11")
                .sentence(0, 80).by("a#1", "2013-11-21", "A");
        SourcedIncident fiveReturned = Told.repatriation().of(5).inCountry("CN").sentence(81, 150)
                .by("a#2", "2013-11-21", "A");
        assertThat(caseIds(atRisk(five, seven, fiveReturned))).containsExactly("case-a#1");
    }

    @Test
    void anUncountedOutcomeEndsACountedRiskOnlyInTheSameSentence() {
        SourcedIncident caught = Told.arrest().of(15).in("Kunming", "Yunnan").on("2013-11-15")
                .sentence(0, 90).by("a#0", "2013-11-21", "A");
        SourcedIncident some = Told.repatriation().inCountry("CN").sentence(400, 480).by("a#1", "2013-11-21", "A");
        assertThat(atRisk(caught, some)).hasSize(1);
        SourcedIncident them = Told.repatriation().inCountry("CN").sentence(0, 90).by("a#1", "2013-11-21", "A");
        assertThat(atRisk(caught, them)).isEmpty();
    }

    @Test
    void aPlannedReturnThatAnotherOutletReportsDoneIsNoLongerAtRisk() {
        SourcedIncident facing = Told.repatriation().planned().of(10).inCountry("CN")
                .by("a#1", "2017-11-06", "A");
        SourcedIncident done = Told.repatriation().of(10).in("Dandong", "Liaoning").on("2017-11-20")
                .by("b#0", "2017-11-22", "B");
        assertThat(atRisk(facing)).hasSize(1);
        assertThat(atRisk(facing, done)).isEmpty();
    }

    @Test
    void anAnalystsMergeOfAnEscapeIntoTheCaseEndsTheRisk() {
        SourcedIncident caught = Told.arrest().of(2).in("Changbai", "Jilin").on("2016-07-28")
                .by("a#0", "2016-07-29", "A");
        SourcedIncident fled = Told.of(IncidentType.ESCAPE).of(2).in("Changbai", "Jilin").on("2016-08-02")
                .by("b#0", "2016-08-03", "B");
        List<Case> cases = merger.merge(List.of(caught, fled),
                List.of(Decision.merge("a#0", "b#0", "kim", Instant.parse("2024-06-03T09:00:00Z"))));
        assertThat(AtRisk.list(cases)).isEmpty();
    }

    @Test
    void listsTheMostRecentlyReportedFirst() {
        List<AtRiskEntry> entries = atRisk(
                Told.arrest().of(3).in("Tumen", "Jilin").on("2012-02-08").by("old#0", "2012-02-17", "A"),
                Told.arrest().of(4).in("Shenyang", "Liaoning").on("2019-05-24").by("new#0", "2019-06-03", "B"),
                Told.detention().of(2).in("Dandong", "Liaoning").by("undated#0", null, "C"));
        assertThat(caseIds(entries)).containsExactly("case-new#0", "case-old#0", "case-undated#0");
    }

    @Test
    void anEntryCarriesTheLatestReportsStateCountAndFacility() {
        Location lockup = new Location("Shenyang", "Liaoning", "CN", Precision.CITY, "police station", null, null);
        List<AtRiskEntry> entries = atRisk(
                Told.repatriation().planned().of(10).inCountry("CN").by("a#1", "2017-11-06", "JoongAng Daily"),
                Told.repatriation().planned().of(10).at(lockup).by("b#1", "2017-11-07", "Reuters"));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(Status.PLANNED);
            assertThat(e.people().min()).isEqualTo(10);
            assertThat(e.facility()).isEqualTo("police station");
            assertThat(e.location().place()).isEqualTo("Shenyang");
            assertThat(e.lastReport()).isEqualTo(LocalDate.parse("2017-11-07"));
            assertThat(e.sources()).containsExactly("JoongAng Daily", "Reuters");
        });
    }
}
