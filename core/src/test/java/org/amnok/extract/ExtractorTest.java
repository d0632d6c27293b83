package org.amnok.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.amnok.incident.Agent;
import org.amnok.incident.Document;
import org.amnok.incident.Group;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Scope;
import org.amnok.incident.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractorTest {
    private static final Extractor EXTRACTOR = Extractor.create();
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 10);

    private static List<Incident> extract(String text) {
        return EXTRACTOR.incidents(Document.of("t", PUBLISHED, text));
    }

    private static String summary(Incident i) {
        return i.type() + " " + i.status() + " " + i.people().min() + "/" + i.people().max() + " "
                + i.location().place() + " " + i.date().value();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Police arrested three defectors in Yanji on May 29. | ARREST OCCURRED 3/3 Yanji 2022-05-29
            Two women were caught in Hunchun last week. | ARREST OCCURRED 2/2 Hunchun 2022-05-30/2022-06-05
            About 40 North Koreans were repatriated via Dandong in April. | REPATRIATION OCCURRED 40/40 Dandong 2022-04
            Over 30 defectors are being held at a detention center in Tumen. | DETENTION OCCURRED 31/null Tumen null
            Five soldiers crossed the Tumen River early this month. | CROSSING OCCURRED 5/5 Tumen River 2022-06
            The nine defectors will soon be sent back to North Korea. | REPATRIATION PLANNED 9/9 null null
            Police in Kunming have arrested 13 defectors, media in Seoul said. | ARREST OCCURRED 13/13 Kunming null
            China handed 50 defectors over on May 14 via the customs office in Dandong. | \
            REPATRIATION OCCURRED 50/50 Dandong 2022-05-14
            Police caught 30 defectors travelling from the city of Shenyang on May 25. | \
            ARREST OCCURRED 30/30 null 2022-05-25
            So many defectors are caught that the detention facilities in Dandong are full. | \
            DETENTION OCCURRED null/null Dandong null
            A woman held at a center in Onsong crossed the Tumen River in May. | \
            CROSSING OCCURRED 1/1 Tumen River 2022-05
            """)
    void fillsCountPlaceDateAndStatusFromOneSentence(String sentence, String expected) {
        assertThat(extract(sentence)).extracting(ExtractorTest::summary).containsExactly(expected);
    }

    @Test
    void splitsOneSentenceIntoOneIncidentPerGroupWithItsOwnPlaceAndDate() {
        List<Incident> found = extract("After the arrest of two defectors in Dalian on May 3, another five "
                + "defectors were arrested in Kunming on May 9, along with three more in Nanning.");
        assertThat(found).extracting(ExtractorTest::summary).containsExactly(
                "ARREST OCCURRED 2/2 Dalian 2022-05-03",
                "ARREST OCCURRED 5/5 Kunming 2022-05-09",
                "ARREST OCCURRED 3/3 Nanning 2022-05-09");
    }

    @Test
    void aTotalBrokenDownAfterAColonIsAnAggregateAndEachDatedPartAnIncident() {
        List<Incident> found = extract("Activists have verified more than 300 forced returns of North Koreans by "
                + "China since 2020: about 50 in July 2021, 80 on Aug. 29, 2021, and 40 on Sept. 18, 2021.");
        assertThat(found).extracting(i -> summary(i) + " " + i.scope() + " " + i.agent()).containsExactly(
                "REPATRIATION OCCURRED 301/null null 2020/2022-06-10 AGGREGATE CN_AUTHORITIES",
                "REPATRIATION OCCURRED 50/50 null 2021-07 INCIDENT CN_AUTHORITIES",
                "REPATRIATION OCCURRED 80/80 null 2021-08-29 INCIDENT CN_AUTHORITIES",
                "REPATRIATION OCCURRED 40/40 null 2021-09-18 INCIDENT CN_AUTHORITIES");
    }

    @Test
    void peopleInDangerOfDeportationFaceAPlannedReturnAndPyongyangReceivingIsNoAgent() {
        List<Incident> found = extract("Ten defectors have been detained by police in Shenyang and are now in "
                + "danger of deportation. China handed eight others over to Pyongyang on May 2.");
        assertThat(found).extracting(i -> summary(i) + " " + i.agent()).containsExactly(
                "ARREST OCCURRED 10/10 Shenyang null CN_AUTHORITIES",
                "REPATRIATION PLANNED 10/10 null null CN_AUTHORITIES",
                "REPATRIATION OCCURRED 8/8 null 2022-05-02 CN_AUTHORITIES");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Guards fired on five people wading across the Tumen in early June. | VIOLENCE 2022-06, CROSSING 2022-06
            Guards seized six people in late May, soon after they crossed the Tumen. | ARREST 2022-05, CROSSING 2022-05
            """)
    void aDateAfterBothVerbsOrTiedBySoonAfterDatesBoth(String sentence, String expected) {
        assertThat(extract(sentence)).extracting(i -> i.type() + " " + i.date().value())
                .containsExactlyInAnyOrder(expected.split(",\\s*"));
    }

    @Test
    void theyCarriesThePreviousGroupsCountAndTheSameDayItsDate() {
        List<Incident> found = extract("Four defectors were arrested in Yanji on May 12. "
                + "They were repatriated through Tumen the same day.");
        assertThat(found).extracting(ExtractorTest::summary).containsExactly(
                "ARREST OCCURRED 4/4 Yanji 2022-05-12",
                "REPATRIATION OCCURRED 4/4 Tumen 2022-05-12");
    }

    @Test
    void aLaterSentenceThatRetellsAnIncidentAddsItsDateInsteadOfCountingItTwice() {
        List<Incident> found = extract("China has repatriated about 60 North Koreans, activists said. "
                + "The repatriation was carried out on June 2 through the Dandong customs office.");
        assertThat(found).extracting(ExtractorTest::summary)
                .containsExactly("REPATRIATION OCCURRED 60/60 Dandong 2022-06-02");
    }

    @Test
    void aSentenceThatOnlySetsTheSceneGivesItsPlaceAndDateToTheNextAndToTheIncidentThatRetells() {
        List<Incident> found = extract("Two army deserters who had robbed farmers in Jilin were captured, "
                + "a source said. The four were hiding in a barn in Helong early on Tuesday. "
                + "Two were captured by police, but the other two got away.");
        assertThat(found).extracting(i -> summary(i) + " " + i.group()).containsExactly(
                "ARREST OCCURRED 2/2 Helong 2022-06-07 SOLDIERS",
                "ESCAPE OCCURRED 2/2 Helong 2022-06-07 SOLDIERS");
    }

    @Test
    void aNewGroupNamedByANounOpensANewStoryAndTakesNoScene() {
        List<Incident> found = extract("Smuggling is rife in the villages near Hyesan. "
                + "A North Korean woman was arrested in May.");
        assertThat(found).extracting(ExtractorTest::summary).containsExactly("ARREST OCCURRED 1/1 null 2022-05");
    }

    @Test
    void aLeadAboutUncountedPeopleTakesTheCountOfALaterGroupAtTheSamePlace() {
        List<Incident> found = extract("North Korea has declined to take back defectors who are locked up at a "
                + "facility in the border city of Dandong. Over 20 defectors are being held in Dandong now.");
        assertThat(found).extracting(ExtractorTest::summary).containsExactly(
                "REPATRIATION BLOCKED 21/null Dandong null",
                "DETENTION OCCURRED 21/null Dandong null");
    }

    @Test
    void aCountedDatedGroupIsOneCaseOfWhatAGeneralLeadSaysNotItsRetelling() {
        List<Incident> found = extract("North Korea has continued to reject notices from Chinese police saying "
                + "they intend to repatriate defectors. North Korea refused a Chinese repatriation request in "
                + "February for about 20 defectors detained at a prison in Dandong.");
        assertThat(found).extracting(ExtractorTest::summary).contains("REPATRIATION BLOCKED 20/20 Dandong 2022-02");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Early this month, 20 defectors were caught and detained at a lockup run by police in Dandong. | Dandong
            They were held at a center run by the border patrol in the Chinese border town of Tumen. | Tumen
            """)
    void aPlaceFarAlongTheSameClauseStillBelongsToTheTrigger(String sentence, String place) {
        assertThat(extract("Police arrested three defectors in May. " + sentence)).last()
                .satisfies(i -> assertThat(i.location().place()).isEqualTo(place));
    }

    @Test
    void aGroupNamedAfterTheSpeakerIsNoPartOfTheListAndTheyMeansTheGroupJustNamed() {
        List<Incident> found = extract("Police held five people near Beijing and seven in Shenyang, the paper said, "
                + "citing a South Korean activist. The five were travelling by bus on May 7 when officers stopped "
                + "them. All five have since been sent back to North Korea, where they are under interrogation.");
        assertThat(found).extracting(ExtractorTest::summary).containsExactly(
                "ARREST OCCURRED 5/5 Beijing 2022-05-07",
                "ARREST OCCURRED 7/7 Shenyang null",
                "REPATRIATION OCCURRED 5/5 null null",
                "PUNISHMENT OCCURRED 5/5 null null");
    }

    @Test
    void aDateInAParticipleClauseOfThePeopleDatesThatClauseNotTheVerb() {
        Incident i = extract("China handed 50 defectors over to the North on May 2. The escapees returned last "
                + "week had been held at a prison in Shenyang.").get(1);
        assertThat(i.type()).isEqualTo(IncidentType.DETENTION);
        assertThat(i.date().value()).isNull();
    }

    @Test
    void herHandoverWithNoDateOfItsOwnExplainsRatherThanReports() {
        List<Incident> found = extract("Months after China sent them back in January, most of the defectors "
                + "remain in camps. A native of Anju in South Pyongan Province, one woman stayed longer because her "
                + "handover to the police in her home town was held up.");
        assertThat(found).extracting(ExtractorTest::summary).first()
                .isEqualTo("REPATRIATION OCCURRED null/null null 2022-01");
    }

    @Test
    void aDefiniteGroupWithNoCountIsTheGroupToldBeforeAndTheRestWithAPlaceIsANewPart() {
        List<Incident> found = extract("Laos handed nine North Korean defectors to Pyongyang. Laotian police "
                + "detained the young North Koreans on May 10 in Vientiane. Some of the nine were sent back "
                + "directly, while the rest were moved to a camp in Longjing.");
        assertThat(found).extracting(ExtractorTest::summary).contains(
                "ARREST OCCURRED 9/9 Vientiane 2022-05-10",
                "DETENTION OCCURRED null/null Longjing null");
    }

    @Test
    void aDetailSentenceDatesTheIncidentAtThePlaceItNames() {
        List<Incident> found = extract("All 41 defectors, held for a time at a center in Tumen, were repatriated "
                + "last month. The 41 were at the Tumen center until May 28.");
        assertThat(found).extracting(ExtractorTest::summary).contains("DETENTION OCCURRED 41/41 Tumen 2022-05-28");
    }

    @Test
    void aReturnNamedAsANounDatesTheReturnItsRelativeClauseTells() {
        List<Incident> found = extract("It follows an earlier repatriation, believed to have taken place at the end of "
                + "April, in which 11 people arrested in Yanji were sent back.");
        assertThat(found).extracting(i -> i.type() + " " + i.people().min() + " " + i.date().value())
                .contains("REPATRIATION 11 2022-04");
    }

    @Test
    void atTheTimeMeansTheTimeOfTheLastIncidentOfTheSameType() {
        List<Incident> found = extract("Twenty defectors arrested in China in May were sent back early this month. "
                + "Also arrested at the time were six guides who were assisting them.");
        assertThat(found).extracting(i -> i.type() + " " + i.people().min() + " " + i.date().value())
                .contains("ARREST 6 2022-05");
    }

    @Test
    void aRaidTellsWhereAndWhenTheArrestToldBeforeWasMade() {
        List<Incident> found = extract("Chinese police have arrested ten North Koreans, who now face deportation, "
                + "a South Korean rights activist said. The three were sheltering in a Yanji house with seven "
                + "others when local police raided it on Saturday, he said.");
        assertThat(found).extracting(ExtractorTest::summary).containsExactly(
                "ARREST OCCURRED 10/10 Yanji 2022-06-04",
                "REPATRIATION PLANNED 10/10 null null");
    }

    @Test
    void custodyThatComesWithAnArrestIsPartOfItAndAPlannedReturnIsFromWhereTheyWereCaught() {
        List<Incident> found = extract("Early this month about 20 women were caught and locked up in Dandong. "
                + "Police planned to return them, but North Korea has refused to accept them.");
        assertThat(found).extracting(ExtractorTest::summary).containsExactly(
                "ARREST OCCURRED 20/20 Dandong 2022-06",
                "REPATRIATION BLOCKED 20/20 Dandong null");
    }

    @Test
    void aReturnCoordinatedAfterATransferTakesThePlaceTheyWereTakenTo() {
        List<Incident> found = extract("China has returned 50 defectors to North Korea. Police took the defectors "
                + "to the customs office in Dandong on May 14 and sent them across the border.");
        assertThat(found).extracting(ExtractorTest::summary)
                .containsExactly("REPATRIATION OCCURRED 50/50 Dandong 2022-05-14");
    }

    @Test
    void twoOfAGroupWhoRanOffBeforeTheyCouldBeCaughtEscapedWhereAndWhenTheGroupWasCaught() {
        List<Incident> found = extract("Police caught 15 defectors in Kunming. Officers arrested the group on "
                + "Friday morning. Yonhap reported that two of the 15 had run off before the police could catch them.");
        assertThat(found).extracting(ExtractorTest::summary).containsExactly(
                "ARREST OCCURRED 15/15 Kunming 2022-06-10",
                "ESCAPE OCCURRED 2/2 Kunming 2022-06-10");
    }

    @Test
    void anArrestToldOfReturnedPeopleIsNotDatedByTheirReturn() {
        List<Incident> found = extract("China forcibly returned 500 defectors to North Korea on June 2. He said those "
                + "returned had been arrested during the pandemic.");
        assertThat(found).extracting(i -> i.type() + " " + i.date().value())
                .containsExactly("REPATRIATION 2022-06-02", "ARREST null");
    }

    @Test
    void guidesArrestedAlongWithAGroupShareItsPlaceAndDateAndTheyStillMeansTheGroup() {
        List<Incident> found = extract("Police caught 15 defectors in Kunming on June 3 and then held them at the "
                + "public security bureau. Two guides were arrested along with them. They could be put on a plane "
                + "to Liaoning as early as today or tomorrow, a source said.");
        assertThat(found).extracting(ExtractorTest::summary).containsExactly(
                "ARREST OCCURRED 15/15 Kunming 2022-06-03",
                "ARREST OCCURRED 2/2 Kunming 2022-06-03",
                "DETENTION PLANNED 15/15 null 2022-06-10/2022-06-11");
    }

    @Test
    void anEventNounOfASeriesCountsNoOneToldBefore() {
        List<Incident> found = extract("China sent more than 500 defectors back on June 2. \"The first returns "
                + "were on May 9, and more people were sent back on May 18,\" the official said.");
        assertThat(found).extracting(ExtractorTest::summary).containsExactly(
                "REPATRIATION OCCURRED 501/null null 2022-06-02",
                "REPATRIATION OCCURRED null/null null 2022-05-09",
                "REPATRIATION OCCURRED null/null null 2022-05-18");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            North Korean authorities installed electric fences along the border. | China-North Korea border
            North Korea has shut its border with China to stop defections. | null
            Vietnamese authorities installed cameras along the border with Laos. | null
            """)
    void aMeasureAtTheBorderIsAtTheChinaNorthKoreaBorderUnlessAnotherIsNamed(String sentence, String place) {
        assertThat(extract(sentence)).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(IncidentType.MEASURE);
            assertThat(i.location().place()).isEqualTo(place);
        });
    }

    @Test
    void casesToldAfterALeadAboutAnUncountedTotalAtAPlaceHappenedThere() {
        List<Incident> found = extract("Several defectors have recently been arrested in Dandong, sources say. "
                + "Two laborers who were working at a company in Sinuiju were arrested by Chinese police.");
        assertThat(found).extracting(ExtractorTest::summary).containsExactly(
                "ARREST OCCURRED 3/null Dandong null",
                "ARREST OCCURRED 2/2 Dandong null");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            As recently as January, police captured two soldiers who had crossed into China. | \
            ARREST 2022-01, CROSSING 2022-01
            A woman from Hyesan reached Changbai last November after bribing her way out of an arrest. | \
            CROSSING 2021-11, ESCAPE 2021-11
            """)
    void anOpeningDateOrOnePersonsStepsDateEveryVerbOfTheSentence(String sentence, String expected) {
        assertThat(extract(sentence)).extracting(i -> i.type() + " " + i.date().value())
                .containsExactlyInAnyOrder(expected.split(",\\s*"));
    }

    @Test
    void partsOfAGroupTakeItsArrestDateAndLeaveTheGroupMeaningTheWhole() {
        List<Incident> found = extract("Twenty-four defectors who were rounded up earlier this month are being held "
                + "at a detention center in Tumen. A source said 19 of the 24 had been arrested in Shenyang and the "
                + "other five in Changchun and other places, and that all of them are now locked up at the Tumen "
                + "camp. The group was moved to Tumen after its arrest.");
        assertThat(found).extracting(ExtractorTest::summary).containsExactly(
                "ARREST OCCURRED 24/24 null 2022-06",
                "DETENTION OCCURRED 24/24 Tumen null",
                "ARREST OCCURRED 19/19 Shenyang 2022-06",
                "ARREST OCCURRED 5/5 null 2022-06");
    }

    @Test
    void aShareOfThoseCaughtInAPeriodWhoWereReturnedIsATotalOverThatPeriod() {
        List<Incident> found = extract("Police caught five defectors near Beijing on May 7. All five have since "
                + "been sent back. Most of the North Koreans caught this month have already been returned.");
        assertThat(found).extracting(i -> summary(i) + " " + i.scope())
                .contains("REPATRIATION OCCURRED null/null null 2022-06 AGGREGATE");
    }

    @Test
    void aGroupCountedOnlyByAnUpperBoundIsStillTheSameGroupWhenRetold() {
        List<Incident> found = extract("China forcibly returned up to 600 refugees to North Korea, groups say. "
                + "The groups said they have heard nothing from any of the people since they were sent back.");
        assertThat(found).extracting(ExtractorTest::summary)
                .containsExactly("REPATRIATION OCCURRED null/600 null null");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            China forcibly returned 600 refugees to the government they had escaped. | REPATRIATION CN_AUTHORITIES
            Laos deported nine North Korean defectors to North Korea on May 27.      | REPATRIATION OTHER
            Ten defectors seized by agents of North Korea's NSA are held at a center in Tumen. | \
            DETENTION CN_AUTHORITIES
            """)
    void theAgentActsOnThePeopleAndNeverMerelyReceivesOrHandsThemOn(String sentence, String expected) {
        assertThat(extract(sentence)).extracting(i -> i.type() + " " + i.agent()).contains(expected);
    }

    @Test
    void foreignVictimsAndThoseCountedAmongThemOrReferredToLaterGiveNoIncident() {
        assertThat(extract("A North Korean border guard opened fire on a group of Chinese citizens, killing three. "
                + "All four victims lived in Dandong and were shot on June 4.")).isEmpty();
    }

    @Test
    void aDefiniteCountedGroupIsTheGroupJustNamedWithItsKind() {
        List<Incident> found = extract("The MSS detained the broker and her husband on trafficking charges, and "
                + "the couple has spent the past two months in a preliminary examination.");
        assertThat(found).extracting(i -> i.type() + " " + i.people().min() + " " + i.group())
                .containsExactly("ARREST 2 HELPERS", "PUNISHMENT 2 HELPERS");
    }

    @Test
    void theNumberOfPeopleHeldIsATotalCountedAfterTheVerb() {
        Incident i = extract("She put the number of North Koreans now held in such centers at somewhere between "
                + "600 and 2,000.").get(0);
        assertThat(summary(i) + " " + i.scope()).isEqualTo("DETENTION OCCURRED 600/2000 null null AGGREGATE");
    }

    @Test
    void aRunningTotalToldAgainWithARoundedCountIsTheSameTotal() {
        List<Incident> found = extract("Police have rounded up some 35 defectors so far this month, a paper said. "
                + "It reported that the number of escapees taken into custody since the start of June had passed 30.");
        assertThat(found).extracting(ExtractorTest::summary).containsExactly("ARREST OCCURRED 35/35 null 2022-06");
    }

    @Test
    void anotherCountAfterADateIsANewGroupNotTheDatesSecondDay() {
        List<Incident> found = extract("China sent back at least 80 North Koreans on April 26 and another 40 "
                + "on May 2.");
        assertThat(found).extracting(ExtractorTest::summary).containsExactly(
                "REPATRIATION OCCURRED 80/null null 2022-04-26",
                "REPATRIATION OCCURRED 40/40 null 2022-05-02");
    }

    @Test
    void aShootingOfPeopleToldAsExecutedIsTheirExecutionAndThoseHelpingOthersAreHelpers() {
        List<Incident> found = extract("North Korea has executed two people for helping others flee to China, "
                + "sources said. The two, a man and a woman in their 40s, were shot in front of a crowd in Hyesan "
                + "on May 21.");
        assertThat(found).extracting(i -> summary(i) + " " + i.group())
                .containsExactly("PUNISHMENT OCCURRED 2/2 Hyesan 2022-05-21 HELPERS");
    }

    @Test
    void refusedReturnsAreBlockedAndTheAuthoritiesAreTheAgents() {
        Incident i = extract("Chinese police were going to repatriate 15 defectors in March, "
                + "but North Korea refused to accept them.").get(0);
        assertThat(i.type()).isEqualTo(IncidentType.REPATRIATION);
        assertThat(i.status()).isEqualTo(Status.BLOCKED);
        assertThat(i.agent()).isEqualTo(Agent.CN_AUTHORITIES);
        assertThat(i.group()).isEqualTo(Group.DEFECTORS);
    }

    @Test
    void totalsSinceADateAreAggregates() {
        Incident i = extract("Chinese authorities have arrested more than 50 defectors since January.").get(0);
        assertThat(i.scope()).isEqualTo(Scope.AGGREGATE);
        assertThat(i.people().min()).isEqualTo(51);
        assertThat(i.people().max()).isNull();
        assertThat(i.date().value()).as("an open period runs to the report's date").isEqualTo("2022-01/2022-06-10");
    }

    @Test
    void soFarThisMonthNamesTheRunningMonthItself() {
        Incident i = extract("Police have caught some 35 defectors so far this month.").get(0);
        assertThat(i.scope()).isEqualTo(Scope.AGGREGATE);
        assertThat(i.date().value()).isEqualTo("2022-06");
    }

    @Test
    void victimsWhoAreNotNorthKoreanGiveNoIncident() {
        assertThat(extract("Police arrested two Chinese smugglers of cigarettes in Dandong on May 4.")).isEmpty();
    }

    @Test
    void genericStatementsWithoutAnAnchorGiveNoIncident() {
        assertThat(extract("Arrests of defectors have increased as more people cross the border.")).isEmpty();
    }

    @Test
    void emptyTextGivesNoIncidentAndNoException() {
        ExtractionResult r = EXTRACTOR.extract(Document.of("empty", PUBLISHED, "  "));
        assertThat(r.incidents()).isEmpty();
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void aTextBeyondTheLimitIsCutWithADiagnosticNamingTheDocumentAndField() {
        String text = "Police arrested two defectors in Yanji on May 2. ".repeat(Extractor.MAX_CHARS / 40);
        ExtractionResult r = EXTRACTOR.extract(Document.of("long", PUBLISHED, text));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.document()).isEqualTo("long");
            assertThat(d.field()).isEqualTo("text");
            assertThat(d.rule()).isEqualTo("extract.too-long");
        });
    }

    @Test
    void evidenceIsTheStatingSentenceAndItsOffsetsSliceTheText() {
        String text = "Seoul, June 9. Three refugees were detained in Mong Cai on June 1, officials said.";
        Incident i = extract(text).get(0);
        assertThat(i.evidence().text()).startsWith("Three refugees").endsWith("officials said.");
        assertThat(i.evidence().span().slice(text)).isEqualTo(i.evidence().text());
    }
}
