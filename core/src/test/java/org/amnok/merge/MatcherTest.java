package org.amnok.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.amnok.incident.Agent;
import org.amnok.incident.Group;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.Precision;
import org.amnok.incident.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MatcherTest {

    private static Verdict judge(SourcedIncident a, SourcedIncident b) {
        Profile x = Profile.of(0, a.documentId().hashCode(), a);
        Profile y = Profile.of(1, b.documentId().hashCode(), b);
        Verdict v = Matcher.judge(x, y);
        assertThat(Matcher.judge(y, x)).as("symmetric").isEqualTo(v);
        return v;
    }

    // A table: one row per refusal rule, each row an invented pair of reports.
    @SuppressWarnings("checkstyle:MethodLength")
    static Stream<Arguments> refusals() {
        Told kunming = Told.arrest().of(15).in("Kunming", "Yunnan").on("2013-11-15");
        return Stream.of(
            Arguments.of("two incidents of one report", kunming.by("a#0", "2013-11-18", "AFP"),
                    Told.arrest().of(15).in("Kunming", "Yunnan").on("2013-11-15").by("a#1", "2013-11-18", "AFP"),
                    Rule.SAME_DOCUMENT),
            Arguments.of("an arrest and a detention", kunming.by("a#0", "2013-11-18", "AFP"),
                    Told.detention().of(15).in("Kunming", "Yunnan").on("2013-11-15").by("b#0", "2013-11-19", "X"),
                    Rule.TYPE_DIFFERS),
            Arguments.of("an aggregate and an incident", kunming.by("a#0", "2013-11-18", "AFP"),
                    Told.arrest().aggregate().of(31, null).inCountry("CN").on("2013-11-01/2013-11-21")
                            .by("b#0", "2013-11-21", "SCMP"),
                    Rule.SCOPE_DIFFERS),
            Arguments.of("a refused return and a return", Told.repatriation().of(20).in("Dandong", "Liaoning")
                            .on("2020-02").status(Status.BLOCKED).by("a#0", "2020-03-04", "Daily NK"),
                    Told.repatriation().of(20).in("Dandong", "Liaoning").on("2020-02").by("b#0", "2020-03-09", "X"),
                    Rule.STATUS_DIFFERS),
            Arguments.of("guides and the defectors they guided", kunming.by("a#0", "2013-11-18", "AFP"),
                    Told.arrest().of(15).group(Group.HELPERS).in("Kunming", "Yunnan").on("2013-11-15")
                            .by("b#0", "2013-11-18", "Daily NK"),
                    Rule.GROUP_DIFFERS),
            Arguments.of("Chinese and North Korean police", kunming.by("a#0", "2013-11-18", "AFP"),
                    Told.arrest().of(15).agent(Agent.KP_AUTHORITIES).in("Kunming", "Yunnan").on("2013-11-15")
                            .by("b#0", "2013-11-18", "Daily NK"),
                    Rule.AGENT_DIFFERS),
            Arguments.of("undated reports with no publication date", Told.arrest().of(10).in("Shenyang", "Liaoning")
                            .by("a#0", null, "X"),
                    Told.arrest().of(10).in("Shenyang", "Liaoning").by("b#0", null, "Y"), Rule.NO_TIME_ANCHOR),
            Arguments.of("days two apart", Told.arrest().of(4).in("Shenyang", "Liaoning").on("2019-05-24")
                            .by("a#0", "2019-06-03", "X"),
                    Told.arrest().of(4).in("Shenyang", "Liaoning").on("2019-05-26").by("b#0", "2019-06-03", "Y"),
                    Rule.DATES_DISJOINT),
            Arguments.of("cities of one province", kunming.by("a#0", "2013-11-18", "AFP"),
                    Told.arrest().of(15).in("Dali", "Yunnan").on("2013-11-15").by("b#0", "2013-11-18", "Y"),
                    Rule.PLACES_DIFFER),
            Arguments.of("different provinces", Told.arrest().of(12).inProvince("Jilin").on("2017-08")
                            .by("a#0", "2017-09-06", "X"),
                    Told.arrest().of(12).inProvince("Hebei").on("2017-08").by("b#0", "2017-09-07", "Y"),
                    Rule.PLACES_DIFFER),
            Arguments.of("three against forty", Told.arrest().of(3).in("Tumen", "Jilin").on("2012-02")
                            .by("a#0", "2012-02-17", "X"),
                    Told.arrest().of(40).in("Tumen", "Jilin").on("2012-02").by("b#0", "2012-03-12", "Y"),
                    Rule.PEOPLE_FAR),
            Arguments.of("estimates a factor 3 apart on different days of a month", Told.repatriation().of(201, null)
                            .inCountry("CN").on("2024-04").by("a#0", "2024-05-02", "X"),
                    Told.repatriation().about(60).inCountry("CN").on("2024-04-26").by("b#0", "2024-05-08", "Y"),
                    Rule.PEOPLE_FAR),
            Arguments.of("a year with no count", Told.repatriation().inCountry("CN").on("2023")
                            .by("a#0", "2024-05-02", "X"),
                    Told.repatriation().of(80).inCountry("CN").on("2023-08-29").by("b#0", "2024-05-08", "Y"),
                    Rule.WEAK_DATE),
            Arguments.of("undated, country only, counts merely close", Told.repatriation().planned().of(12)
                            .inCountry("CN").by("a#0", "2017-11-01", "X"),
                    Told.repatriation().planned().of(10).inCountry("CN").by("b#0", "2017-11-06", "Y"),
                    Rule.WEAK_DATE),
            Arguments.of("undated reports seven months apart", Told.repatriation().status(Status.BLOCKED)
                            .of(21, null).in("Dandong", "Liaoning").by("a#0", "2020-03-04", "X"),
                    Told.repatriation().status(Status.BLOCKED).about(20).in("Dandong", "Liaoning")
                            .by("b#0", "2020-10-15", "Y"),
                    Rule.DATES_DISJOINT),
            Arguments.of("a dateline against the city, counts of three", Told.arrest().of(3).agent(Agent.OTHER)
                            .at(seoul()).on("2014-03-07").by("a#0", "2014-03-09", "X"),
                    Told.arrest().of(3).in("Yanji", "Jilin").on("2014-03-07").by("b#0", "2014-03-10", "Y"),
                    Rule.PLACES_DIFFER),
            Arguments.of("a province elsewhere and a city, a month apart", Told.arrest().of(15).inProvince("Liaoning")
                            .on("2013-11").by("a#0", "2013-11-30", "X"),
                    Told.arrest().of(15).in("Kunming", "Yunnan").on("2013-11-15").by("b#0", "2013-11-18", "Y"),
                    Rule.PLACES_DIFFER),
            Arguments.of("undated, places unknown, more than ten against two hundred", Told.repatriation()
                            .of(11, null).by("a#0", "2019-04-02", "X"),
                    Told.repatriation().of(200).on("2019-03-20").by("b#0", "2019-03-25", "Y"), Rule.WEAK_DATE),
            Arguments.of("undated, places unknown, one person each", Told.repatriation().of(1)
                            .by("a#0", "2019-04-02", "X"),
                    Told.repatriation().of(1).on("2019-03-20").by("b#0", "2019-03-25", "Y"), Rule.WEAK_DATE),
            Arguments.of("a year, a place unknown, counts merely close", Told.repatriation().of(30)
                            .on("2022").by("a#0", "2023-01-10", "X"),
                    Told.repatriation().of(24).inCountry("CN").on("2022-06-02").by("b#0", "2022-06-05", "Y"),
                    Rule.WEAK_DATE));
    }

    /** A South Korean dateline, as extraction sometimes takes for the place of the event. */
    private static Location seoul() {
        return new Location("Seoul", "Seoul", "KR", Precision.CITY, null, null, null);
    }

    @ParameterizedTest(name = "{0} stay apart: {3}")
    @MethodSource("refusals")
    void refusesPairsThatCannotBeOneEvent(String what, SourcedIncident a, SourcedIncident b, Rule refusal) {
        assertThat(judge(a, b).refusal()).isEqualTo(refusal);
    }

    // A table: one row per agreement rule, each row an invented pair of reports.
    @SuppressWarnings("checkstyle:MethodLength")
    static Stream<Arguments> agreements() {
        return Stream.of(
            Arguments.of("13 and 15 in Kunming on one day",
                    Told.arrest().of(13, null).in("Kunming", "Yunnan").on("2013-11-15").by("a#0", "2013-11-18", "X"),
                    Told.arrest().of(15).in("Kunming", "Yunnan").on("2013-11-15").by("b#0", "2013-11-18", "Y"),
                    "date-same-day+place-same+people-overlap+status-same"),
            Arguments.of("May 24 and May 25",
                    Told.arrest().of(4).in("Shenyang", "Liaoning").on("2019-05-24").by("a#0", "2019-06-03", "X"),
                    Told.arrest().of(4).in("Shenyang", "Liaoning").on("2019-05-25").by("b#0", "2019-06-04", "Y"),
                    "date-same-day+place-same+people-overlap+status-same"),
            Arguments.of("last week and a day of it, 13 and 15",
                    Told.arrest().of(13).in("Kunming", "Yunnan").on("2013-W46").by("a#0", "2013-11-21", "X"),
                    Told.arrest().of(15).in("Kunming", "Yunnan").on("2013-11-15").by("b#0", "2013-11-18", "Y"),
                    "date-overlap+place-same+people-close+status-same"),
            Arguments.of("Kunming and near the border",
                    Told.arrest().of(15).in("Kunming", "Yunnan").on("2013-11-15").by("a#0", "2013-11-18", "X"),
                    Told.arrest().of(15).nearTheBorder().on("2013-11-15").by("b#0", "2013-11-19", "Y"),
                    "date-same-day+place-near-border+people-overlap+status-same"),
            Arguments.of("planned and done",
                    Told.repatriation().planned().of(10).inCountry("CN").on("2017-11")
                            .by("a#0", "2017-11-06", "X"),
                    Told.repatriation().of(10).in("Dandong", "Liaoning").on("2017-11-20").by("b#0", "2017-11-22", "Y"),
                    "date-overlap+place-same-country+people-overlap+status-planned-vs-occurred"),
            Arguments.of("about 60 and more than 200 on one day",
                    Told.repatriation().of(201, null).in("Changbai", "Jilin").on("2024-04-26")
                            .by("a#0", "2024-05-02", "X"),
                    Told.repatriation().about(60).inCountry("CN").on("2024-04-26").by("b#0", "2024-05-08", "Y"),
                    "date-same-day+place-same-country+people-disputed+status-same"),
            Arguments.of("one count unknown",
                    Told.repatriation().inCountry("CN").on("2023-08-29").by("a#0", "2023-10-12", "X"),
                    Told.repatriation().of(80).inCountry("CN").on("2023-08-29").by("b#0", "2024-05-08", "Y"),
                    "date-same-day+place-same-country+people-unknown+status-same"),
            Arguments.of("hundreds last year and more than 500 on a day of it",
                    Told.repatriation().of(200, null).inCountry("CN").on("2023").by("a#0", "2024-05-02", "X"),
                    Told.repatriation().of(501, null).inCountry("CN").on("2023-10-09").by("b#0", "2023-10-12", "Y"),
                    "date-coarse+place-same-country+people-overlap+status-same"),
            Arguments.of("undated, same city, same count",
                    Told.arrest().of(10).in("Shenyang", "Liaoning").by("a#0", "2017-11-07", "X"),
                    Told.arrest().of(10).in("Shenyang", "Liaoning").on("2017-11-04").by("b#0", "2017-11-06", "Y"),
                    "date-undated+place-same+people-overlap+status-same"),
            Arguments.of("undated, country only, equal exact counts",
                    Told.repatriation().planned().of(10).inCountry("CN").by("a#0", "2017-11-06", "X"),
                    Told.repatriation().planned().of(10).inCountry("CN").by("b#0", "2017-11-07", "Y"),
                    "date-undated+place-same-country+people-overlap+status-same"),
            Arguments.of("a dateline in Seoul and the city, one day, at least 13 and 15",
                    Told.arrest().of(13, null).agent(Agent.OTHER).at(seoul()).on("2013-11-15")
                            .by("a#0", "2013-11-18", "X"),
                    Told.arrest().of(15).in("Kunming", "Yunnan").on("2013-11-15").by("b#0", "2013-11-18", "Y"),
                    "date-same-day+place-disputed+people-overlap+status-same"),
            Arguments.of("a province elsewhere and the city, the same week, 15 and 13",
                    Told.arrest().of(15).inProvince("Liaoning").on("2013-11-15").by("a#0", "2013-11-18", "X"),
                    Told.arrest().of(13).in("Kunming", "Yunnan").on("2013-11-11/2013-11-17")
                            .by("b#0", "2013-11-21", "Y"),
                    "date-overlap+place-disputed+people-close+status-same"),
            Arguments.of("undated, places unknown, more than 500 and about 600",
                    Told.repatriation().of(501, null).at(Location.UNKNOWN).on("2023-10-09")
                            .by("a#0", "2023-10-12", "X"),
                    Told.repatriation().about(600).at(Location.UNKNOWN).by("b#0", "2023-10-13", "Y"),
                    "date-undated+place-unknown+people-overlap+status-same"),
            Arguments.of("hundreds planned in a year somewhere, more than 500 returned on a day of it",
                    Told.repatriation().planned().of(200, null).in("Hangzhou", "Zhejiang").on("2023")
                            .by("a#0", "2024-05-02", "X"),
                    Told.repatriation().of(501, null).at(Location.UNKNOWN).on("2023-10-09")
                            .by("b#0", "2023-10-12", "Y"),
                    "date-coarse+place-unknown+people-overlap+status-planned-vs-occurred"),
            Arguments.of("China hands over what North Korea takes in",
                    Told.repatriation().of(201, null).agent(Agent.KP_AUTHORITIES).on("2024-04-26")
                            .by("a#0", "2024-05-02", "X"),
                    Told.repatriation().about(60).inCountry("CN").on("2024-04-26").by("b#0", "2024-05-08", "Y"),
                    "date-same-day+place-unknown+people-disputed+status-same"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("agreements")
    void namesEveryRuleThatJoinsAPair(String what, SourcedIncident a, SourcedIncident b, String rules) {
        Verdict v = judge(a, b);
        assertThat(v.compatible()).as(String.valueOf(v.refusal())).isTrue();
        assertThat(v.ruleName()).isEqualTo(rules);
    }

    @Test
    void aSharedDayAndPlaceIsStrongerThanASharedYearAndCountry() {
        SourcedIncident day = Told.arrest().of(10).in("Shenyang", "Liaoning").on("2017-11-04")
                .by("a#0", "2017-11-06", "X");
        SourcedIncident sameDay = Told.arrest().of(10).in("Shenyang", "Liaoning").on("2017-11-04")
                .by("b#0", "2017-11-07", "Y");
        SourcedIncident sameYear = Told.arrest().of(10).inCountry("CN").on("2017").by("c#0", "2018-01-07", "Z");
        assertThat(judge(day, sameDay).strength()).isGreaterThan(judge(day, sameYear).strength());
    }

    @Test
    void explainsAJoinWithWhatEachSideSays() {
        SourcedIncident a = Told.arrest().of(13, null).in("Kunming", "Yunnan").on("2013-11-15")
                .by("a#0", "2013-11-18", "X");
        SourcedIncident b = Told.arrest().of(15).in("Kunming", "Yunnan").on("2013-11-15").by("b#0", "2013-11-18", "Y");
        Profile x = Profile.of(0, 0, a);
        Profile y = Profile.of(1, 1, b);
        assertThat(Matcher.explain(x, y, Matcher.judge(x, y)))
                .contains("Both ARREST", "2013-11-15", "Kunming", "13+ vs 15", "the counts overlap");
    }

    @Test
    void everyTypeFollowsTheSameRules() {
        for (IncidentType type : IncidentType.values()) {
            SourcedIncident a = Told.of(type).of(5).in("Tumen", "Jilin").on("2016-07-28").by("a#0", "2016-07-29", "X");
            SourcedIncident b = Told.of(type).of(5).in("Tumen", "Jilin").on("2016-07-28").by("b#0", "2016-07-30", "Y");
            assertThat(judge(a, b).compatible()).as(type.name()).isTrue();
        }
    }
}
