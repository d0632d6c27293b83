package org.amnok.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.amnok.incident.DateValue;
import org.amnok.incident.Evidence;
import org.amnok.incident.Group;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.People;
import org.amnok.incident.Scope;
import org.amnok.incident.Span;
import org.amnok.incident.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {
    private static final String TEXT = "Police arrested four defectors in Shenyang on May 25. They were sent back"
            + " to Sinuiju on June 2. Guards now patrol the river at night.";
    private static final Span FIRST = new Span(0, 53);
    private static final Span SECOND = new Span(54, 94);
    private static final Span THIRD = new Span(95, TEXT.length());

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" agree: {2}")
    @CsvSource({
        "2019-05,     2019-05-01/2019-05-31, true",
        "2019,        2019-01/2019-12,       true",
        "2020-WI,     2020-12/2021-02,       true",
        "2019-SU,     2019-06/2019-08,       true",
        "2019-FA,     2019-AU,               true",
        "2013-W46,    2013-11-11/2013-11-17, true",
        "2015-W53,    2015-12-28/2016-01-03, true",
        "2019-W53,    2019-12-30/2020-01-05, false",
        "2019-05-29,  2019-05-30,            false",
        "2019-05-00,  2019-05,               true",
        "2019-02-30,  2019-02-30,            true",
        "2019-02-30,  2019-03-02,            false",
        "2019-05/,    2019-05,               true",
        "last spring, last spring,           true",
        ",            ,                      true",
        ",            2019,                  false",
    })
    void datesAgreeWhenTheyCoverTheSameDaysOrAreSpelledTheSame(String gold, String predicted, boolean agree) {
        assertThat(DateBounds.agree(gold, predicted)).isEqualTo(agree);
    }

    @ParameterizedTest(name = "\"{1}\" for \"{0}\": {2}")
    @CsvSource({
        "Yalu River,               amnok river,                 true",
        "Tumen River,              'Duman River ',              true",
        "China-North Korea border, Sino-DPRK border,            true",
        "China-North Korea border, North Korea\u2013China border, true",
        "Shenyang,                 SHENYANG,                    true",
        "Shenyang,                 Dandong,                     false",
        ",                         ,                            true",
        ",                         Dandong,                     false",
    })
    void placesAgreeIgnoringCaseSpacesAndTheRiversOtherNames(String gold, String predicted, boolean agree) {
        assertThat(Places.agree(Collections.singletonList(gold), predicted)).isEqualTo(agree);
    }

    @Test
    void aPredictionOverlappingTheEvidenceOfTheSameTypeMatches() {
        Score s = score(List.of(gold(arrest(FIRST, "Shenyang", "2019-05-25"))),
                List.of(arrest(new Span(10, 30), "Shenyang", "2019-05-25")));
        assertThat(s.core()).isEqualTo(new Tally(1, 0, 0, 1));
        assertThat(s.core().f1()).isEqualTo(1.0);
    }

    @Test
    void aPredictionOfAnotherTypeIsBothSpuriousAndAMiss() {
        Score s = score(List.of(gold(arrest(FIRST, "Shenyang", "2019-05-25"))),
                List.of(retype(arrest(FIRST, "Shenyang", "2019-05-25"), IncidentType.DETENTION)));
        assertThat(s.core()).isEqualTo(new Tally(0, 1, 1, 0));
        assertThat(s.log()).containsExactly(
                "doc  MISSED ARREST OCCURRED n=4 Shenyang 2019-05-25 | " + FIRST.slice(TEXT),
                "doc  SPURIOUS DETENTION OCCURRED n=4 Shenyang 2019-05-25 | " + FIRST.slice(TEXT));
    }

    @Test
    void samePlaceAndDateMatchEvenWhenTheEvidenceIsAnotherSentence() {
        Score anchored = score(List.of(gold(arrest(FIRST, "Shenyang", "2019-05-25"))),
                List.of(arrest(THIRD, "shenyang", "2019-05-25")));
        Score unanchored = score(List.of(gold(arrest(FIRST, "Shenyang", "2019-05-25"))),
                List.of(arrest(THIRD, "Dandong", "2019-05-25")));
        assertThat(anchored.core().tp()).isEqualTo(1);
        assertThat(unanchored.core().tp()).isZero();
    }

    @Test
    void eachGoldIncidentTakesTheOverlappingPredictionThatAgreesOnMostFields() {
        Incident wrongPlace = arrest(FIRST, "Dandong", "2019-05-25");
        Incident right = arrest(FIRST, "Shenyang", "2019-05-25");
        Score s = score(List.of(gold(arrest(FIRST, "Shenyang", "2019-05-25"))), List.of(wrongPlace, right));
        assertThat(s.core()).isEqualTo(new Tally(1, 1, 0, 1));
        assertThat(s.log()).containsExactly("doc  SPURIOUS ARREST OCCURRED n=4 Dandong 2019-05-25 | "
                + FIRST.slice(TEXT));
    }

    @Test
    void anOptionalGoldIncidentAbsorbsAPredictionButIsNeverCounted() {
        GoldIncident optional = new GoldIncident(arrest(SECOND, "Sinuiju", "2019-06-02"), true, List.of(),
                List.of());
        Score found = score(List.of(optional), List.of(arrest(SECOND, "Sinuiju", "2019-06-02")));
        Score notFound = score(List.of(optional), List.of());
        assertThat(found.core()).isEqualTo(new Tally(0, 0, 0, 0));
        assertThat(notFound.core()).isEqualTo(new Tally(0, 0, 0, 0));
    }

    @Test
    void evidenceInAnAlsoSentenceMatchesAndAListedPlaceIsRight() {
        GoldIncident g = new GoldIncident(arrest(FIRST, "Shenyang", "2019-05"), false, List.of(THIRD),
                List.of("Shenyang", "Liaoning"));
        Score s = score(List.of(g), List.of(arrest(THIRD, "Liaoning", "2019-05-01/2019-05-31")));
        assertThat(s.core()).isEqualTo(new Tally(1, 0, 0, 1));
    }

    @Test
    void strictMatchesNeedStatusCountPlaceAndDateRightButNotGroup() {
        Incident g = arrest(FIRST, "Shenyang", "2019-05-25");
        Incident otherGroup = new Incident(g.type(), g.status(), g.scope(), g.people(), Group.HELPERS, g.agent(),
                g.location(), g.date(), null, g.evidence());
        Incident otherCount = new Incident(g.type(), g.status(), g.scope(), People.exactly(3), g.group(),
                g.agent(), g.location(), g.date(), null, g.evidence());
        assertThat(score(List.of(gold(g)), List.of(otherGroup)).core().strict()).isEqualTo(1);
        assertThat(score(List.of(gold(g)), List.of(otherCount)).core().strict()).isZero();
        assertThat(score(List.of(gold(g)), List.of(otherCount)).core().strictF1()).isZero();
    }

    @Test
    void measuresAreScoredApartFromTheOtherTypes() {
        Incident measure = retype(arrest(THIRD, null, null), IncidentType.MEASURE);
        Score s = score(List.of(gold(arrest(FIRST, "Shenyang", "2019-05-25")), gold(measure)), List.of(measure));
        assertThat(s.core()).isEqualTo(new Tally(0, 0, 1, 0));
        assertThat(s.measure()).isEqualTo(new Tally(1, 0, 0, 1));
    }

    @Test
    void fieldAccuracyCountsOnlyPairsWhereGoldOrPredictionFillsTheField() {
        Score s = score(List.of(gold(arrest(FIRST, "Shenyang", null)), gold(arrest(SECOND, null, null))),
                List.of(arrest(FIRST, "Shenyang", "2019-05-25"), arrest(SECOND, null, null)));
        assertThat(s.fields()).filteredOn(f -> f.field().equals("location.place"))
                .containsExactly(new FieldAccuracy("location.place", 1, 1));
        assertThat(s.fields()).filteredOn(f -> f.field().equals("date.value"))
                .containsExactly(new FieldAccuracy("date.value", 0, 1));
        assertThat(s.fields()).filteredOn(f -> f.field().equals("agent")).first()
                .satisfies(f -> assertThat(f.findAccuracy()).isEmpty());
    }

    @Test
    void theTableAndJsonHaveTheReferenceScorersShape() {
        Score s = Scorer.score(Map.of("doc", List.of(gold(arrest(FIRST, "Shenyang", "2019-05-25"))), "gone",
                List.of()), Map.of("doc", List.of(arrest(FIRST, "Dandong", "2019-05-25"))));
        assertThat(s.table(false)).containsExactly(
                "core     P 1.000  R 1.000  F1 1.000  strict F1 0.000  (tp 1 fp 0 fn 0)",
                "measure  P 0.000  R 0.000  F1 0.000  strict F1 0.000  (tp 0 fp 0 fn 0)",
                "fields   status 1.0  scope 1.0  people.min 1.0  people.max 1.0  location.place 0.0  date.value 1.0"
                        + "  group 1.0  agent None",
                "no prediction for 1 docs");
        assertThat(s.table(true)).startsWith("doc  ARREST location.place: gold 'Shenyang', got 'Dandong'  | "
                + FIRST.slice(TEXT));
        assertThat(s.json()).startsWith("{\"core\": {\"precision\": 1.0, \"recall\": 1.0, \"f1\": 1.0,"
                + " \"strict_f1\": 0.0, \"tp\": 1, \"fp\": 0, \"fn\": 0, \"strict\": 0}")
                .endsWith("\"docs\": 2, \"missing_docs\": [\"gone\"]}");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0.0625, 0.062", "0.1875, 0.188", "0.8565, 0.857", "0.0005, 0.001", "0.6666666, 0.667"})
    void scoresRoundHalfToEvenOnTheExactBinaryValueAsPythonDoes(double x, double rounded) {
        assertThat(PyText.round3(x)).isEqualTo(rounded);
    }

    private static Score score(List<GoldIncident> gold, List<Incident> predicted) {
        return Scorer.score(Map.of("doc", gold), Map.of("doc", predicted));
    }

    private static GoldIncident gold(Incident i) {
        return GoldIncident.of(i);
    }

    private static Incident arrest(Span evidence, String place, String date) {
        return new Incident(IncidentType.ARREST, Status.OCCURRED, Scope.INCIDENT, People.exactly(4), Group.DEFECTORS,
                null, new Location(place, null, "CN", null, null, null, null), DateValue.of(date), null,
                Evidence.of(TEXT, evidence));
    }

    private static Incident retype(Incident i, IncidentType type) {
        return new Incident(type, i.status(), i.scope(), i.people(), i.group(), i.agent(), i.location(), i.date(),
                i.fatalities(), i.evidence());
    }
}
