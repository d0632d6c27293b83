package org.amnok.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.amnok.incident.Group;
import org.amnok.incident.People;
import org.amnok.incident.Span;
import org.amnok.text.Sentence;
import org.amnok.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeopleFinderTest {
    private final PeopleFinder finder = PeopleFinder.create();

    /** Columns: sentence | mention text | min | max | approx | female | male | minors | ages | group | nationality
     * | definite. Empty cells are null; ages are space-separated. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Police in Yanji detained twenty-nine North Korean defectors last week. | twenty-nine North Korean defectors | 29 | 29 | false | | | | | DEFECTORS | NORTH_KOREAN | false
            Twenty-four escapees were caught near Hunchun on Tuesday. | Twenty-four escapees | 24 | 24 | false | | | | | DEFECTORS | NORTH_KOREAN | false
            Officials said 2,000 North Koreans remain in custody in Jilin. | 2,000 North Koreans | 2000 | 2000 | false | | | | | | NORTH_KOREAN | false
            A dozen refugees were stopped at a checkpoint outside Tonghua. | A dozen refugees | 12 | 12 | false | | | | | DEFECTORS | NORTH_KOREAN | false
            About 40 defectors were moved to a prison in Changchun. | About 40 defectors | 40 | 40 | true | | | | | DEFECTORS | NORTH_KOREAN | false
            Some 15 North Koreans were seized at a bus terminal in Harbin. | Some 15 North Koreans | 15 | 15 | true | | | | | | NORTH_KOREAN | false
            More than 60 North Korean escapees have been detained since March. | More than 60 North Korean escapees | 61 | | false | | | | | DEFECTORS | NORTH_KOREAN | false
            Security officers held over 100 refugees in a camp near Longjing. | over 100 refugees | 101 | | false | | | | | DEFECTORS | NORTH_KOREAN | false
            At least 18 defectors were sent back in a single week. | At least 18 defectors | 18 | | false | | | | | DEFECTORS | NORTH_KOREAN | false
            As many as 300 North Koreans could be returned next month. | As many as 300 North Koreans | | 300 | false | | | | | | NORTH_KOREAN | false
            The boat carried seven or eight North Koreans when it was stopped. | seven or eight North Koreans | 7 | 8 | false | | | | | | NORTH_KOREAN | false
            Activists estimate that 300 to 1,500 defectors are being held in Liaoning. | 300 to 1,500 defectors | 300 | 1500 | false | | | | | DEFECTORS | NORTH_KOREAN | false
            Between 40 and 60 refugees were rounded up in the raid. | Between 40 and 60 refugees | 40 | 60 | false | | | | | DEFECTORS | NORTH_KOREAN | false
            Several female defectors were caught at a train station in Dalian. | Several female defectors | 3 | | true | | | | | DEFECTORS | NORTH_KOREAN | false
            Dozens of North Korean women were found working on farms near the border. | Dozens of North Korean women | 24 | | true | | | | | | NORTH_KOREAN | false
            Hundreds of refugees have been returned this year. | Hundreds of refugees | 200 | | true | | | | | DEFECTORS | NORTH_KOREAN | false
            Tens of thousands of North Koreans are thought to live in hiding in China. | Tens of thousands of North Koreans | 20000 | | true | | | | | | NORTH_KOREAN | false
            Many defectors avoid the cities for fear of checks. | Many defectors | | | true | | | | | DEFECTORS | NORTH_KOREAN | false
            Defectors caught in China are usually sent back. | Defectors | | | false | | | | | DEFECTORS | NORTH_KOREAN | false
            A defector was detained at a hotel in Yanbian. | A defector | 1 | 1 | false | | | | | DEFECTORS | NORTH_KOREAN | false
            Officers found about 20 female North Korean escapees in a warehouse. | about 20 female North Korean escapees | 20 | 20 | true | 20 | | | | DEFECTORS | NORTH_KOREAN | false
            Police arrested a man and two women in a flat in Dandong. | a man and two women | 3 | 3 | false | 2 | 1 | | | | UNKNOWN | false
            Three men and four women were caught crossing the river at night. | Three men and four women | 7 | 7 | false | 4 | 3 | | | | UNKNOWN | false
            Three male refugees and one female refugee were detained in Tumen. | Three male refugees and one female refugee | 4 | 4 | false | 1 | 3 | | | DEFECTORS | NORTH_KOREAN | false
            Agents found a grandmother with her two grandsons and a young mother hiding in a barn. | a grandmother with her two grandsons and a young mother | 4 | 4 | false | 2 | 2 | | | | UNKNOWN | false
            The smuggler and his wife were later arrested by the MSS. | The smuggler and his wife | 2 | 2 | false | 1 | 1 | | | SMUGGLERS | UNKNOWN | true
            Her husband and daughter were sent to a labor camp. | Her husband and daughter | 2 | 2 | false | 1 | 1 | | | | UNKNOWN | false
            A baby and her mother were found in the back of a truck. | A baby and her mother | 2 | 2 | false | 2 | | 1 | | | UNKNOWN | false
            Five defectors, including a seven-year-old boy, were detained. | Five defectors, including a seven-year-old boy | 5 | 5 | false | | 1 | 1 | 7 | DEFECTORS | NORTH_KOREAN | false
            Eleven escapees, including two children, were caught near the port. | Eleven escapees, including two children | 11 | 11 | false | | | 2 | | DEFECTORS | NORTH_KOREAN | false
            Six refugees, including teenagers aged 14 and 17, were stopped at the border. | Six refugees, including teenagers aged 14 and 17 | 6 | 6 | false | | | 2 | 14 17 | DEFECTORS | NORTH_KOREAN | false
            Nine people, including a girl aged 12 and a woman aged 35, were detained. | Nine people, including a girl aged 12 and a woman aged 35 | 9 | 9 | false | 2 | | 1 | 12 35 | | UNKNOWN | false
            A 19-year-old woman was caught after crossing the river. | A 19-year-old woman | 1 | 1 | false | 1 | | | 19 | | UNKNOWN | false
            Guards stopped a 15-year-old at the bridge. | a 15-year-old | 1 | 1 | false | | | 1 | 15 | | UNKNOWN | false
            A woman in her 50s was detained at the station. | A woman | 1 | 1 | false | 1 | | | | | UNKNOWN | false
            Pak, 52, and Choi, 47, were sentenced to prison. | Pak, 52, and Choi, 47 | 2 | 2 | false | | | | 52 47 | | UNKNOWN | false
            Seven were caught in Tumen and the remaining four escaped. | Seven | 7 | 7 | false | | | | | | UNKNOWN | false
            Seven were caught in Tumen and the remaining four escaped. | the remaining four | 4 | 4 | false | | | | | | UNKNOWN | true
            Ten defectors were arrested, and six of them were sent back. | six of them | 6 | 6 | false | | | | | | UNKNOWN | true
            Eight of the 13 detainees were women. | Eight of the 13 detainees | 8 | 8 | false | | | | | DEFECTORS | UNKNOWN | true
            Eight of the 13 detainees were women. | the 13 detainees | 13 | 13 | false | | | | | DEFECTORS | UNKNOWN | true
            Only two of the six survived the crossing. | Only two of the six | 2 | 2 | false | | | | | | UNKNOWN | true
            All 15 refugees were flown to Seoul later that year. | All 15 refugees | 15 | 15 | false | | | | | DEFECTORS | NORTH_KOREAN | true
            Another three defectors were arrested the next day. | Another three defectors | 3 | 3 | false | | | | | DEFECTORS | NORTH_KOREAN | false
            Police picked up two more in Yanji. | two more | 2 | 2 | false | | | | | | UNKNOWN | false
            The other three were released after questioning. | The other three | 3 | 3 | false | | | | | | UNKNOWN | true
            The group was held for a month before the handover. | The group | | | false | | | | | | UNKNOWN | true
            The pair had paid a broker to take them across. | The pair | 2 | 2 | false | | | | | | UNKNOWN | true
            The pair had paid a broker to take them across. | a broker | 1 | 1 | false | | | | | HELPERS | UNKNOWN | false
            Chinese guides led the refugees through the mountains. | Chinese guides | | | false | | | | | HELPERS | CHINESE | false
            Chinese guides led the refugees through the mountains. | the refugees | | | false | | | | | DEFECTORS | NORTH_KOREAN | true
            Two South Korean missionaries were detained for helping them. | Two South Korean missionaries | 2 | 2 | false | | | | | HELPERS | SOUTH_KOREAN | false
            Three soldiers deserted their posts and crossed the frozen river. | Three soldiers | 3 | 3 | false | | | | | SOLDIERS | UNKNOWN | false
            Border guards opened fire on the group. | Border guards | | | false | | | | | SOLDIERS | UNKNOWN | false
            Four restaurant workers fled their workplace in Ningbo. | Four restaurant workers | 4 | 4 | false | | | | | WORKERS | UNKNOWN | false
            Two laborers who fled a construction site were arrested. | Two laborers | 2 | 2 | false | | | | | | UNKNOWN | false
            North Korean workers in China are closely watched. | North Korean workers | | | false | | | | | WORKERS | NORTH_KOREAN | false
            Eight crew members were detained when the vessel was seized. | Eight crew members | 8 | 8 | false | | | | | SMUGGLERS | UNKNOWN | false
            A family of five was caught in a raid on a farmhouse. | A family of five | 5 | 5 | false | | | | | | UNKNOWN | false
            The police found a group of six women in the house. | a group of six women | 6 | 6 | false | 6 | | | | | UNKNOWN | false
            They were taken to a detention center in Tumen. | They | | | false | | | | | | UNKNOWN | true
            The guards beat them before the transfer. | them | | | false | | | | | | UNKNOWN | true
            He said about 30 people were arrested. | about 30 people | 30 | 30 | true | | | | | | UNKNOWN | false
            Police in Hunchun caught a female defector and three Chinese men. | a female defector | 1 | 1 | false | 1 | | | | DEFECTORS | NORTH_KOREAN | false
            Police in Hunchun caught a female defector and three Chinese men. | three Chinese men | 3 | 3 | false | | 3 | | | | CHINESE | false
            Two escapees were caught in Yanji along with four more in Helong. | four more | 4 | 4 | false | | | | | | UNKNOWN | false
            Officials put the number of detainees at over 1,000. | over 1,000 | 1001 | | false | | | | | | UNKNOWN | false
            The report counted 17 arrests of North Koreans in May alone. | 17 arrests of North Koreans | 17 | 17 | false | | | | | | NORTH_KOREAN | false
            """)
    @SuppressWarnings("checkstyle:ParameterNumber")
    void findsEachMentionWithItsCountAndWhoTheyAre(String sentence, String text, Integer min, Integer max,
                                                   boolean approx, Integer female, Integer male, Integer minors,
                                                   String ages, Group group, Nationality nationality,
                                                   boolean definite) {
        PeopleMention m = mention(sentence, text);
        People p = m.people();
        assertThat(List.of(p.min() == null ? -1 : p.min(), p.max() == null ? -1 : p.max()))
                .as("bounds").containsExactly(min == null ? -1 : min, max == null ? -1 : max);
        assertThat(p.approx()).as("approx").isEqualTo(approx);
        assertThat(p.female()).as("female").isEqualTo(female);
        assertThat(p.male()).as("male").isEqualTo(male);
        assertThat(p.minors()).as("minors").isEqualTo(minors);
        assertThat(p.ages()).as("ages").isEqualTo(ages(ages));
        assertThat(m.group()).as("group").isEqualTo(group);
        assertThat(m.nationality()).as("nationality").isEqualTo(nationality);
        assertThat(m.definite()).as("definite").isEqualTo(definite);
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\" counts no one")
    @CsvSource(delimiter = '|', textBlock = """
            The defectors hid for three days in a shed.      | three
            He paid $600 to a broker in Yanji.               | 600
            The group walked 400 kilometers to the border.   | 400
            They were caught on May 29 near the river.       | 29
            They were caught on Aug. 29 near the river.      | 29
            Arrests rose sharply in 2019.                    | 2019
            Police raided four safehouses in Shenyang.       | four
            The bus left at 7:30 with the refugees aboard.   | 7:30
            Police stopped two buses near the border.        | two
            The network operated in five Chinese cities.     | five
            Four families were reported missing.             | Four
            Three groups tried to cross last winter.         | Three
            The defector was sentenced to 10 years.          | 10
            Arrests rose by 40 percent.                      | 40
            She spent two months in a holding cell.          | two
            The broker charged 5,000 RMB per person.         | 5,000
            They were questioned on the 8th of March.        | 8th
            A woman in her 30s was among those detained.     | 30s
            Temperatures fell to minus 20 degrees.           | 20
            The number of cases rose to six.                 | six
            One day the police came to the farm.             | One
            """)
    void numbersThatAreNotPeopleAreNoMentions(String text, String number) {
        // The sentence detector may split after an abbreviation ("Aug."): every sentence of the text is checked.
        List<PeopleMention> found = TextAnalyzer.shared().analyze(text).stream().flatMap(s -> finder.find(s).stream())
                .toList();
        assertThat(found).noneMatch(m -> m.span().slice(text).contains(number) && !m.people().isUnknown());
    }

    @Test
    void aReportingSubjectIsNoMentionButAPronounThatSuffersIs() {
        String text = "He said she was arrested in Yanji.";
        assertThat(finder.find(sentence(text))).extracting(m -> m.span().slice(text)).containsExactly("she");
    }

    @Test
    void aPartitiveIsFollowedByTheCountedSetItPicksFrom() {
        String text = "Two of the nine young North Koreans were executed.";
        assertThat(finder.find(sentence(text))).extracting(m -> m.span().slice(text), m -> m.people().min())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Two of the nine young North Koreans", 2),
                        org.assertj.core.groups.Tuple.tuple("the nine young North Koreans", 9));
    }

    @Test
    void aListWithoutAndIsNotAddedUp() {
        String text = "One member of the group, a minor who held a Chinese passport, was released.";
        List<PeopleMention> found = finder.find(sentence(text));
        assertThat(found).extracting(m -> m.span().slice(text)).containsExactly("One member of the group, a minor");
        assertThat(found.get(0).people().minors()).isEqualTo(1);
        assertThat(found.get(0).definite()).isTrue();
    }

    @Test
    void spansAreDocumentOffsetsAndHeadsLieInside() {
        String text = "Police raided a house on Monday. They detained three female defectors there.";
        Sentence second = TextAnalyzer.shared().analyze(text).get(1);
        List<PeopleMention> found = finder.find(second);
        assertThat(found).extracting(m -> m.span().slice(text))
                .containsExactly("They", "three female defectors");
        assertThat(found.get(1).head().slice(text)).isEqualTo("defectors");
        assertThat(found.get(1).span()).isEqualTo(new Span(text.indexOf("three"), text.indexOf(" there")));
    }

    @Test
    void aSentenceWithoutPeopleHasNoMentions() {
        assertThat(finder.find(sentence("Cameras were installed along the river in March."))).isEmpty();
    }

    @Test
    void oneFinderServesManyThreadsAlike() throws Exception {
        Sentence s = sentence("Two men and two women were caught, and the other three fled.");
        List<PeopleMention> expected = finder.find(s);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<PeopleMention>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> finder.find(s)));
            }
            for (Future<List<PeopleMention>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).hasSize(2);
    }

    private PeopleMention mention(String sentence, String text) {
        List<PeopleMention> found = finder.find(sentence(sentence));
        return found.stream().filter(m -> m.span().slice(sentence).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention \"" + text + "\" among "
                        + found.stream().map(m -> m.span().slice(sentence)).toList()));
    }

    private static Sentence sentence(String text) {
        List<Sentence> sentences = TextAnalyzer.shared().analyze(text);
        assertThat(sentences).as("test input is one sentence").hasSize(1);
        return sentences.get(0);
    }

    private static List<Integer> ages(String ages) {
        return ages == null ? List.of() : Arrays.stream(ages.trim().split("\\s+")).map(Integer::valueOf).toList();
    }
}
