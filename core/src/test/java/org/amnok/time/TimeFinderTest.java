package org.amnok.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.amnok.incident.DatePart;
import org.amnok.incident.DateValue;
import org.amnok.incident.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The finder's rules, one table per family. Columns: sentence | publication date | expected mention text | value |
 * part, all of the family's kind unless a kind column says otherwise; "-" is null. Every resolved value must also
 * be readable by the reference scorer.
 */
class TimeFinderTest {
    private static final String ROW_OF_ONE_KIND = "[{index}] {0} (published {1}) -> {2} = {3} {4}";

    private final TimeFinder finder = TimeFinder.create();

    @ParameterizedTest(name = ROW_OF_ONE_KIND)
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
        Border police detained three women at a Yanji bus stop on May 29. | 2019-06-04 | May 29 | 2019-05-29 | -
        Police raided a safe house in Yanji on Oct. 18, a source said. | 2020-10-25 | Oct. 18 | 2020-10-18 | -
        The prisoners are to stay in Tumen until Oct. 18 pending a reply. | 2020-10-14 | Oct. 18 | 2020-10-18 | -
        Two women were caught near Tumen on Sept. 18. | 2023-10-12 | Sept. 18 | 2023-09-18 | -
        The first group was sent back on Aug. 29 via the Friendship Bridge. | 2023-10-12 | Aug. 29 | 2023-08-29 | -
        A family of four was detained in Kunming on Nov. 25. | 2016-12-01 | Nov. 25 | 2016-11-25 | -
        A family of five waded over the shallows on December 14. | 2011-01-11 | December 14 | 2010-12-14 | -
        Guards shot a man on the riverbank on August 2. | 2019-03-01 | August 2 | 2018-08-02 | -
        Police will hold them in Dandong until January 5. | 2019-12-20 | January 5 | 2020-01-05 | -
        Guards reached the safe house on the 8th and took everyone away. | 2012-03-12 | the 8th | 2012-03-08 | -
        Guards reached the safe house on the 20th. | 2012-03-12 | the 20th | 2012-02-20 | -
        Guards took eight men to Musan on the 29th of last month. | 2012-03-12 | the 29th of last month | 2012-02-29 | -
        “On the 9th of this month, they left at dark,” he said. | 2023-10-12 | the 9th of this month | 2023-10-09 | -
        The youths appeared on TV on June 21, 2013 in Pyongyang. | 2014-12-02 | June 21, 2013 | 2013-06-21 | -
        Border checks were tightened on December 20, 2022 in Changbai. | 2023-01-16 | December 20, 2022 | 2022-12-20 | -
        The pair were detained on 3 March 2015 in Dandong. | 2015-06-01 | 3 March 2015 | 2015-03-03 | -
        The crossing point closed on Tuesday, May 28, for repairs. | 2019-06-04 | Tuesday, May 28 | 2019-05-28 | -
        The ruling of 2019-05-29 was never made public. | 2019-06-04 | 2019-05-29 | 2019-05-29 | -
        A boy was caught on May 29 last year near Hyesan. | 2019-06-04 | May 29 last year | 2018-05-29 | -
        """)
    void resolvesMonthDaysToTheYearNearestPublicationWithABiasToThePast(String sentence, LocalDate published,
            String span, String value, DatePart part) {
        expect(sentence, published, null, span, value, part, TimeKind.DATE);
    }

    @ParameterizedTest(name = ROW_OF_ONE_KIND)
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
        Seven defectors were arrested by Chinese police in Shenyang in April. | 2019-06-04 | April | 2019-04 | -
        Of the arrests that occurred in May, four were at safe houses. | 2019-06-04 | May | 2019-05 | -
        In December, a teenager escaped from a labor camp near Hoeryong. | 2024-04-23 | December | 2023-12 | -
        A woman reached Changbai last November after bribing a guard. | 2023-01-16 | last November | 2022-11 | -
        They were sent back last October. | 2024-04-23 | last October | 2023-10 | -
        The nine were deported in August last year. | 2014-12-02 | August last year | 2013-08 | -
        Police captured two armed soldiers in January of this year. | 2021-04-21 | January of this year | 2021-01 | -
        China returned about 500 people in October 2023. | 2024-09-17 | October 2023 | 2023-10 | -
        A patrol boat fired on the smugglers in late November 2022. | 2023-01-16 | late November 2022 | 2022-11 | LATE
        Beijing and Pyongyang sealed the border in January 2020. | 2021-07-19 | January 2020 | 2020-01 | -
        A bus carried the detainees to the bridge at the end of July. | 2014-08-13 | the end of July | 2014-07 | LATE
        The group was handed over at the start of August. | 2014-08-13 | the start of August | 2014-08 | EARLY
        Expansion work began at the beginning of March. | 2012-03-12 | the beginning of March | 2012-03 | EARLY
        Guards opened fire on the swimmers in mid-September. | 2020-11-04 | mid-September | 2020-09 | MID
        Five were shot while wading across in early September. | 2020-11-04 | early September | 2020-09 | EARLY
        The brokers faced a court in Yanji in late April. | 2024-05-13 | late April | 2024-04 | LATE
        """)
    void resolvesMonthsToTheMostRecentOneByPublication(String sentence, LocalDate published, String span,
            String value, DatePart part) {
        expect(sentence, published, null, span, value, part, TimeKind.DATE);
    }

    @ParameterizedTest(name = ROW_OF_ONE_KIND)
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
        Thirteen refugees were detained in Kunming last week. | 2013-11-21 | last week | 2013-11-11/2013-11-17 | -
        The group was caught late last week. | 2013-11-21 | late last week | 2013-11-11/2013-11-17 | LATE
        Nearly everyone caught this month is already back in the North. | 2013-11-21 | this month | 2013-11 | -
        Early this month, about 20 women were caught in Dandong. | 2020-10-14 | Early this month | 2020-10 | EARLY
        A patrol stopped two teenagers in Tianjin earlier this month. | 2013-11-21 | earlier this month | 2013-11 | -
        Earlier last month, a soldier crossed the river at night. | 2023-01-16 | Earlier last month | 2022-12 | -
        Police rounded up a dozen migrants in Harbin last month. | 2012-03-12 | last month | 2012-02 | -
        The group was expelled to Sinuiju late last month. | 2024-05-02 | late last month | 2024-04 | LATE
        Crossings surged at the beginning of this year. | 2021-04-21 | the beginning of this year | 2021-01 | -
        The campaign began at the start of the year. | 2021-04-21 | the start of the year | 2021-01 | -
        Checks were tightened at the beginning of last year. | 2021-04-21 | the beginning of last year | 2020-01 | -
        The camp was expanded at the end of last year. | 2021-04-21 | the end of last year | 2020-12 | -
        Tours stopped in early 2020 as the virus spread. | 2023-08-11 | early 2020 | 2020 | EARLY
        In late 2014, a deserter killed four people in Helong. | 2016-07-29 | late 2014 | 2014 | LATE
        An unusually high number crossed the border last year. | 2021-04-21 | last year | 2020 | -
        Repatriations resumed this year after a long pause. | 2021-04-21 | this year | 2021 | -
        A source told us that 24 of them were moved today. | 2012-02-17 | today | 2012-02-17 | -
        They were transferred to Sinuiju yesterday. | 2012-02-17 | yesterday | 2012-02-16 | -
        Another truckload of detainees left a few days ago. | 2012-03-12 | a few days ago | - | -
        The man fled across the Tumen two years ago. | 2020-05-10 | two years ago | 2018 | -
        They were arrested three days ago in Yanji. | 2020-05-10 | three days ago | 2020-05-07 | -
        They died in the first half of this year. | 2014-12-02 | the first half of this year | 2014-01/2014-06 | -
        """)
    void resolvesRelativeDatesAgainstPublication(String sentence, LocalDate published, String span, String value,
            DatePart part) {
        expect(sentence, published, null, span, value, part, TimeKind.DATE);
    }

    @ParameterizedTest(name = ROW_OF_ONE_KIND)
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
        Five men slipped across the river last Saturday near Hyesan. | 2016-07-29 | last Saturday | 2016-07-23 | -
        The pair were captured early on Thursday after a gunfight. | 2016-07-29 | Thursday | 2016-07-28 | -
        Police raided the house on Friday. | 2016-07-29 | Friday | 2016-07-29 | -
        The nine were handed over to the embassy on Monday. | 2013-06-02 | Monday | 2013-05-27 | -
        The trucks reached the customs post on Monday night. | 2023-10-13 | Monday night | 2023-10-09 | -
        The families will be sent home next Tuesday. | 2016-07-29 | next Tuesday | 2016-08-02 | -
        Arrests were made over the weekend in Dandong. | 2016-08-01 | the weekend | 2016-07-30/2016-07-31 | -
        """)
    void resolvesWeekdaysToTheMostRecentSuchDay(String sentence, LocalDate published, String span, String value,
            DatePart part) {
        expect(sentence, published, null, span, value, part, TimeKind.DATE);
    }

    @ParameterizedTest(name = ROW_OF_ONE_KIND)
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
        Patrols cut holes in the frozen Tumen last winter. | 2021-04-21 | last winter | 2020-WI | -
        This spring, two of the women were moved to Chongjin. | 2014-12-02 | This spring | 2014-SP | -
        Up to this spring, the boys stayed in a shelter in Laos. | 2014-12-02 | this spring | 2014-SP | -
        Many crossed last summer when the river was low. | 2021-04-21 | last summer | 2020-SU | -
        The fence was finished in the winter of 2019. | 2020-06-01 | the winter of 2019 | 2019-WI | -
        Crossings fell sharply in late autumn. | 2020-06-01 | late autumn | 2019-FA | LATE
        Smugglers were busy along the river in the spring. | 2021-04-21 | the spring | 2021-SP | -
        """)
    void resolvesSeasonsAsTimeMlValues(String sentence, LocalDate published, String span, String value,
            DatePart part) {
        expect(sentence, published, null, span, value, part, TimeKind.DATE);
    }

    @ParameterizedTest(name = ROW_OF_ONE_KIND)
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
        Police detained 41 people during July and August. | 2017-09-06 | July and August | 2017-07/2017-08 | -
        Defections spiked in April and May. | 2019-06-04 | April and May | 2019-04/2019-05 | -
        Crossings peaked between April and May. | 2019-06-04 | between April and May | 2019-04/2019-05 | -
        The executions took place in August or September. | 2014-12-02 | August or September | 2014-08/2014-09 | -
        Between December and February, it froze. | 2021-04-21 | Between December and February | 2020-12/2021-02 | -
        Arrests rose sharply over the past two months. | 2020-11-04 | the past two months | 2020-09/2020-11 | -
        Checks grew around the leader's March 25-28 visit. | 2018-04-17 | March 25-28 | 2018-03-25/2018-03-28 | -
        The court sits from December 4 to 14. | 2023-12-07 | from December 4 to 14 | 2023-12-04/2023-12-14 | -
        Monitors logged 51 from March 2015 to May 2016. | 2017-11-07 | from March 2015 to May 2016 | 2015-03/2016-05 | -
        They could be flown out today or tomorrow. | 2013-11-18 | today or tomorrow | 2013-11-18/2013-11-19 | -
        Arrests have climbed over the past several months. | 2019-06-04 | the past several months | - | -
        """)
    void readsIntervalsAsTheirFirstAndLastPeriod(String sentence, LocalDate published, String span, String value,
            DatePart part) {
        expect(sentence, published, null, span, value, part, TimeKind.INTERVAL);
    }

    @ParameterizedTest(name = ROW_OF_ONE_KIND)
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
        Arrests have risen since the beginning of last year. | 2021-04-21 | since the beginning of last year | 2020 | -
        Trade has been blocked since January of this year. | 2020-10-14 | since January of this year | 2020-01 | -
        Police have detained 92 people since January. | 2024-05-08 | since January | 2024-01 | -
        Some 35 refugees have been rounded up so far this month. | 2013-11-21 | so far this month | 2013-11 | -
        Over 30 were detained since the start of November. | 2013-11-21 | since the start of November | 2013-11 | -
        From early 2020, the border stayed shut to nearly everyone. | 2023-08-11 | From early 2020 | 2020 | EARLY
        No one has crossed legally since January 2020. | 2021-07-19 | since January 2020 | 2020-01 | -
        Over 30 have been detained since November began. | 2013-11-21 | since November began | 2013-11 | -
        """)
    void givesTheOpenedPeriodForSince(String sentence, LocalDate published, String span, String value,
            DatePart part) {
        expect(sentence, published, null, span, value, part, TimeKind.SINCE);
    }

    @ParameterizedTest(name = ROW_OF_ONE_KIND)
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
        At least 1,300 migrants entered in 2022. | 2023-01-16 | 2022 | 2022 | -
        His father fought in the 1950-53 Korean War. | 2011-01-11 | 1950-53 | 1950/1953 | -
        China signed the 1951 Refugee Convention long ago. | 2023-12-07 | 1951 | 1951 | -
        Raids on safe houses were common in the 1990s. | 2020-01-01 | the 1990s | 1990/1999 | -
        The law was passed in the middle of 2019. | 2020-01-01 | the middle of 2019 | 2019 | MID
        The North sealed every crossing at the start of 2020. | 2024-05-08 | the start of 2020 | 2020 | EARLY
        """)
    void readsYearsAndHistoricalPeriods(String sentence, LocalDate published, String span, String value,
            DatePart part) {
        expect(sentence, published, null, span, value, part, TimeKind.DATE);
    }

    @ParameterizedTest(name = "[{index}] {0} (anchor {2}) -> {3} = {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
        Two more were arrested in Tonghua the same day. | 2019-06-04 | 2019-05-21 | the same day | 2019-05-21
        Two more were arrested in Tonghua the same day. | 2019-06-04 | 2019-05 | the same day | 2019-05
        Two more were arrested in Tonghua the same day. | 2019-06-04 | - | the same day | -
        The group was put on a flight the following day. | 2013-06-02 | 2013-05-27 | the following day | 2013-05-28
        They were driven off the day after their interrogation. | 2018-11-27 | 2018-11-15 | the day after | 2018-11-16
        They were moved to Dandong the next day. | 2018-11-27 | 2018-11 | the next day | -
        Six guides were also arrested at the time. | 2014-08-13 | 2014-07 | at the time | 2014-07
        The man was arrested two days later in Yanji. | 2019-06-04 | 2019-05-21 | two days later | 2019-05-23
        She was sent to a camp later that month. | 2019-06-04 | 2019-05-21 | later that month | 2019-05
        A year before that, a soldier robbed a farm in Helong. | 2016-07-29 | 2014 | A year before that | -
        He had left his hometown 10 days earlier. | 2017-11-07 | - | 10 days earlier | 2017-10-28
        """)
    void resolvesAnaphoraAgainstTheAnchor(String sentence, LocalDate published, String anchor, String span,
            String value) {
        DateValue anchorValue = anchor == null ? null : DateValue.of(anchor);
        expect(sentence, published, anchorValue, span, value, null, TimeKind.ANAPHORIC);
    }

    @ParameterizedTest(name = "[{index}] {0} (published {1}) -> {2} = {3} {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
        A trader told Yonhap on March 14 that the men had vanished. | 2018-03-20 | March 14 | 2018-03-14 | SPEECH
        The Chosun Ilbo reported on Tuesday that the women were released. | 2018-04-17 | Tuesday | 2018-04-17 | SPEECH
        Eleven were freed, an activist group said on Saturday. | 2020-01-04 | Saturday | 2020-01-04 | SPEECH
        A pastor who shelters escapees told NK News on Oct. 11. | 2023-10-12 | Oct. 11 | 2023-10-11 | SPEECH
        Speaking on August 12, a border resident described the raid. | 2014-08-13 | August 12 | 2014-08-12 | SPEECH
        In a message posted to members on Friday, the church said so. | 2023-08-11 | Friday | 2023-08-11 | SPEECH
        On September 3, the Korea Herald cited police sources. | 2017-09-06 | September 3 | 2017-09-03 | SPEECH
        A ministry aide said in a Nov. 2 interview that talks stalled. | 2023-11-05 | Nov. 2 | 2023-11-02 | SPEECH
        A smuggler in Dandong told the newspaper last Thursday. | 2024-05-13 | last Thursday | 2024-05-09 | SPEECH
        A circular dated December 20, 2022 gave the count. | 2023-01-16 | December 20, 2022 | 2022-12-20 | SPEECH
        Volunteers said in calls with reporters on Wednesday. | 2023-10-12 | Wednesday | 2023-10-11 | SPEECH
        The officer said the raid happened on October 23. | 2015-11-18 | October 23 | 2015-10-23 | DATE
        A source said that police arrested the group on Friday. | 2013-11-18 | Friday | 2013-11-15 | DATE
        A source told us on the 18th that they were seized on the 15th. | 2013-11-18 | the 18th | 2013-11-18 | SPEECH
        A source told us on the 18th that they were seized on the 15th. | 2013-11-18 | the 15th | 2013-11-15 | DATE
        The source said on Friday that five men crossed last Saturday. | 2016-07-29 | last Saturday | 2016-07-23 | DATE
        On May 3, police arrested two brokers in Yanji, a source said. | 2019-05-10 | May 3 | 2019-05-03 | DATE
        """)
    void marksTheDatesOfStatementsAsSpeech(String sentence, LocalDate published, String span, String value,
            TimeKind kind) {
        expect(sentence, published, null, span, value, null, kind);
    }

    @ParameterizedTest(name = "[{index}] no date in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        Party Foundation Day passed quietly in Hyesan.
        COVID-19 restrictions kept the border closed.
        He was jailed for 10 years on trafficking charges.
        They hid in the hills for three days.
        The couple spent two months in a cell.
        She was held at Camp 14 in North Korea.
        The trucks left at about 9:15 in the evening.
        Kim, 24, was among those returned.
        Brokers charge $600 for each crossing.
        Of 2000 defectors surveyed, most were women.
        Arrests have recently increased.
        They may be sent back soon.
        June and her daughter were arrested.
        The hot spring near the border is a crossing point.
        Soldiers survived the fall of the border unit.
        These days the police use thermal cameras.
        Arrests have increased in recent years.
        The 8th Corps guards this stretch of the river.
        They met on the 5th floor of the building.
        As many as 5,000 people die per day.
        """)
    void findsNoDateIn(String sentence) {
        assertThat(find(sentence, LocalDate.of(2020, 5, 10), null)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1} = {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
        Three defectors were arrested on May 29. | May 29 | - | -
        They were sent back in October 2023. | October 2023 | 2023-10 | -
        Police raided the house last week. | last week | - | -
        Crossings rose in late 2014. | late 2014 | 2014 | LATE
        Seven were caught on June 21, 2013. | June 21, 2013 | 2013-06-21 | -
        Guards caught them in May last year. | May last year | - | -
        """)
    void resolvesOnlyDatesThatFixTheirOwnYearWithoutAPublicationDate(String sentence, String span, String value,
            DatePart part) {
        expect(sentence, null, null, span, value, part, TimeKind.DATE);
    }

    @Test
    void givesDocumentOffsetsForASentenceInsideADocument() {
        String text = "Border patrols increased.\n\nFour defectors were arrested in Shenyang on May 25. They hid.";
        Span sentence = new Span(27, 78);
        List<TimeMention> found = finder.find(text, sentence, LocalDate.of(2019, 6, 4), null);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.span()).isEqualTo(new Span(71, 77));
            assertThat(m.text(text)).isEqualTo("May 25");
        });
    }

    @Test
    void returnsMentionsInTextOrderWithoutOverlap() {
        String sentence = "The men jailed in May last year were shot this year, in August or September.";
        assertThat(find(sentence, LocalDate.of(2014, 12, 2), null)).extracting(m -> m.text(sentence))
                .containsExactly("May last year", "this year", "August or September");
    }

    @Test
    void mendsADateThatTheSentenceSplitterCutAfterAnAbbreviation() {
        String text = "\"Trucks left Tumen on Aug. 29, and more followed.\"";
        Span cut = new Span(0, text.indexOf("Aug.") + 4);
        List<TimeMention> found = finder.find(text, cut, LocalDate.of(2023, 10, 12), null);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.text(text)).isEqualTo("Aug. 29");
            assertThat(m.value()).isEqualTo(DateValue.of("2023-08-29"));
        });
    }

    @ParameterizedTest(name = "{0} through {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        Police have detained 92 people since January. | 2024-05-08 | 2024-01/2024-05-08
        Police detained 92 people in January. | 2024-05-08 | 2024-01
        Police have detained 92 people since January. | - | 2024-01
        """)
    void extendsASinceMentionToTheDayItIsToldUpTo(String sentence, LocalDate until, String expected) {
        TimeMention m = find(sentence, LocalDate.of(2024, 5, 8), null).get(0);
        assertThat(m.through(until)).isEqualTo(DateValue.of(expected));
    }

    @Test
    void rejectsASentenceOutsideTheText() {
        assertThatThrownBy(() -> finder.find("Short.", new Span(0, 40), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("past the text's end");
    }

    private List<TimeMention> find(String sentence, LocalDate published, DateValue anchor) {
        return finder.find(sentence, new Span(0, sentence.length()), published, anchor);
    }

    private void expect(String sentence, LocalDate published, DateValue anchor, String span, String value,
            DatePart part, TimeKind kind) {
        List<TimeMention> found = find(sentence, published, anchor);
        assertThat(found).as("mentions in: %s", sentence).extracting(m -> m.text(sentence)).contains(span);
        TimeMention m = found.stream().filter(x -> x.text(sentence).equals(span)).findFirst().orElseThrow();
        assertThat(m.value()).as("value of '%s'", span).isEqualTo(new DateValue(value, part));
        assertThat(m.kind()).as("kind of '%s'", span).isEqualTo(kind);
        if (value != null) {
            assertThat(Bounds.of(value)).as("the scorer reads %s", value).isPresent();
        }
    }
}
