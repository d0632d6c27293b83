package org.amnok.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amnok.incident.People;
import org.amnok.incident.Span;
import org.amnok.text.Sentence;
import org.amnok.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PeopleFinderTest {
    private final PeopleFinder finder = PeopleFinder.create();

    /*
     * Each row: a sentence, the text of one mention in it, and what the mention says, as "min/max" ("-" when not
     * stated, "~" when approximate) followed by what is stated: "f=" female, "m=" male, "minors=", "ages=", the
     * group, the nationality (left out when UNKNOWN) and "definite".
     */

    /** Numbers in digits and words, bounds and ranges. */
    static Stream<Arguments> exactAndBoundedCounts() {
        return Stream.of(
                row("Police in Yanji detained twenty-nine North Korean defectors last week.",
                        "twenty-nine North Korean defectors", "29/29 DEFECTORS NORTH_KOREAN"),
                row("Twenty-four escapees were caught near Hunchun on Tuesday.",
                        "Twenty-four escapees", "24/24 DEFECTORS NORTH_KOREAN"),
                row("Officials said 2,000 North Koreans remain in custody in Jilin.",
                        "2,000 North Koreans", "2000/2000 NORTH_KOREAN"),
                row("A dozen refugees were stopped at a checkpoint outside Tonghua.",
                        "A dozen refugees", "12/12 DEFECTORS NORTH_KOREAN"),
                row("More than 60 North Korean escapees have been detained since March.",
                        "More than 60 North Korean escapees", "61/- DEFECTORS NORTH_KOREAN"),
                row("Security officers held over 100 refugees in a camp near Longjing.",
                        "over 100 refugees", "101/- DEFECTORS NORTH_KOREAN"),
                row("At least 18 defectors were sent back in a single week.",
                        "At least 18 defectors", "18/- DEFECTORS NORTH_KOREAN"),
                row("As many as 300 North Koreans could be returned next month.",
                        "As many as 300 North Koreans", "-/300 NORTH_KOREAN"),
                row("The boat carried seven or eight North Koreans when it was stopped.",
                        "seven or eight North Koreans", "7/8 NORTH_KOREAN"),
                row("Activists estimate that 300 to 1,500 defectors are being held in Liaoning.",
                        "300 to 1,500 defectors", "300/1500 DEFECTORS NORTH_KOREAN"),
                row("Between 40 and 60 refugees were rounded up in the raid.",
                        "Between 40 and 60 refugees", "40/60 DEFECTORS NORTH_KOREAN"),
                row("Another three defectors were arrested the next day.",
                        "Another three defectors", "3/3 DEFECTORS NORTH_KOREAN"));
    }

    /** Approximate and vague quantities, and the singular noun as one person. */
    static Stream<Arguments> vagueAndSingularCounts() {
        return Stream.of(
                row("About 40 defectors were moved to a prison in Changchun.",
                        "About 40 defectors", "40/40~ DEFECTORS NORTH_KOREAN"),
                row("Some 15 North Koreans were seized at a bus terminal in Harbin.",
                        "Some 15 North Koreans", "15/15~ NORTH_KOREAN"),
                row("Several female defectors were caught at a train station in Dalian.",
                        "Several female defectors", "3/-~ DEFECTORS NORTH_KOREAN"),
                row("Dozens of North Korean women were found working on farms near the border.",
                        "Dozens of North Korean women", "24/-~ NORTH_KOREAN"),
                row("Hundreds of refugees have been returned this year.",
                        "Hundreds of refugees", "200/-~ DEFECTORS NORTH_KOREAN"),
                row("Tens of thousands of North Koreans are thought to live in hiding in China.",
                        "Tens of thousands of North Koreans", "20000/-~ NORTH_KOREAN"),
                row("Many defectors avoid the cities for fear of checks.",
                        "Many defectors", "-/-~ DEFECTORS NORTH_KOREAN"),
                row("Defectors caught in China are usually sent back.",
                        "Defectors", "-/- DEFECTORS NORTH_KOREAN"),
                row("A defector was detained at a hotel in Yanbian.",
                        "A defector", "1/1 DEFECTORS NORTH_KOREAN"),
                row("He said about 30 people were arrested.",
                        "about 30 people", "30/30~"));
    }

    /** Conjoined groups added up, with the sex each part states. */
    static Stream<Arguments> conjoinedGroups() {
        return Stream.of(
                row("Officers found about 20 female North Korean escapees in a warehouse.",
                        "about 20 female North Korean escapees", "20/20~ f=20 DEFECTORS NORTH_KOREAN"),
                row("Police arrested a man and two women in a flat in Dandong.",
                        "a man and two women", "3/3 f=2 m=1"),
                row("Three men and four women were caught crossing the river at night.",
                        "Three men and four women", "7/7 f=4 m=3"),
                row("Three male refugees and one female refugee were detained in Tumen.",
                        "Three male refugees and one female refugee", "4/4 f=1 m=3 DEFECTORS NORTH_KOREAN"),
                row("Agents found a grandmother with her two grandsons and a young mother hiding in a barn.",
                        "a grandmother with her two grandsons and a young mother", "4/4 f=2 m=2"),
                row("The smuggler and his wife were later arrested by the MSS.",
                        "The smuggler and his wife", "2/2 f=1 m=1 SMUGGLERS definite"),
                row("Her husband and daughter were sent to a labor camp.",
                        "Her husband and daughter", "2/2 f=1 m=1"),
                row("A baby and her mother were found in the back of a truck.",
                        "A baby and her mother", "2/2 f=2 minors=1"),
                row("Pak, 52, and Choi, 47, were sentenced to prison.",
                        "Pak, 52, and Choi, 47", "2/2 ages=52,47"),
                row("The police found a group of six women in the house.",
                        "a group of six women", "6/6 f=6"));
    }

    /** Inclusions folded into their group, minors and exact ages; ages in a decade or a range are none. */
    static Stream<Arguments> inclusionsMinorsAndAges() {
        return Stream.of(
                row("Five defectors, including a seven-year-old boy, were detained.",
                        "Five defectors, including a seven-year-old boy",
                        "5/5 m=1 minors=1 ages=7 DEFECTORS NORTH_KOREAN"),
                row("Eleven escapees, including two children, were caught near the port.",
                        "Eleven escapees, including two children", "11/11 minors=2 DEFECTORS NORTH_KOREAN"),
                row("Six refugees, including teenagers aged 14 and 17, were stopped at the border.",
                        "Six refugees, including teenagers aged 14 and 17",
                        "6/6 minors=2 ages=14,17 DEFECTORS NORTH_KOREAN"),
                row("Nine people, including a girl aged 12 and a woman aged 35, were detained.",
                        "Nine people, including a girl aged 12 and a woman aged 35", "9/9 f=2 minors=1 ages=12,35"),
                row("A 19-year-old woman was caught after crossing the river.",
                        "A 19-year-old woman", "1/1 f=1 ages=19"),
                row("Guards stopped a 15-year-old at the bridge.",
                        "a 15-year-old", "1/1 minors=1 ages=15"),
                row("A woman in her 50s was detained at the station.",
                        "A woman", "1/1 f=1"),
                row("The three women, aged between 20 and 35, were sent back.",
                        "The three women, aged between 20 and 35", "3/3 f=3 definite"),
                row("One of the men, aged 41, was beaten during questioning.",
                        "One of the men, aged 41", "1/1 m=1 ages=41 definite"),
                row("Police arrested ten North Koreans, a two-year-old girl and her father among them.",
                        "ten North Koreans, a two-year-old girl and her father among them",
                        "10/10 f=1 m=1 minors=1 ages=2 NORTH_KOREAN"),
                row("A four-member family from Musan was caught near the river.",
                        "A four-member family", "4/4"),
                row("Refugee Choi Mi-ok, 33, was detained in Yanji.",
                        "Refugee Choi Mi-ok, 33", "1/1 ages=33 DEFECTORS NORTH_KOREAN"));
    }

    /** Bare counts, partitives and mentions that point back. */
    static Stream<Arguments> partsAndPointers() {
        return Stream.of(
                row("China sent back 80 defectors on April 26 and another 40 on May 2.",
                        "another 40", "40/40"),
                row("Seven were caught in Tumen and the remaining four escaped.",
                        "Seven", "7/7"),
                row("Seven were caught in Tumen and the remaining four escaped.",
                        "the remaining four", "4/4 definite"),
                row("Ten defectors were arrested, and six of them were sent back.",
                        "six of them", "6/6 definite"),
                row("Eight of the 13 detainees were women.",
                        "Eight of the 13 detainees", "8/8 DEFECTORS definite"),
                row("Eight of the 13 detainees were women.",
                        "the 13 detainees", "13/13 DEFECTORS definite"),
                row("Only two of the six survived the crossing.",
                        "Only two of the six", "2/2 definite"),
                row("All 15 refugees were flown to Seoul later that year.",
                        "All 15 refugees", "15/15 DEFECTORS NORTH_KOREAN definite"),
                row("Police picked up two more in Yanji.",
                        "two more", "2/2"),
                row("The other three were released after questioning.",
                        "The other three", "3/3 definite"),
                row("The group was held for a month before the handover.",
                        "The group", "-/- definite"),
                row("The pair had paid a broker to take them across.",
                        "The pair", "2/2 definite"),
                row("Chinese guides led the refugees through the mountains.",
                        "the refugees", "-/- DEFECTORS NORTH_KOREAN definite"),
                row("They were taken to a detention center in Tumen.",
                        "They", "-/- definite"),
                row("The guards beat them before the transfer.",
                        "them", "-/- definite"),
                row("Two escapees were caught in Yanji along with four more in Helong.",
                        "four more", "4/4"),
                row("Officials put the number of detainees at over 1,000.",
                        "over 1,000", "1001/-"),
                row("The report counted 17 arrests of North Koreans in May alone.",
                        "17 arrests of North Koreans", "17/17 NORTH_KOREAN"));
    }

    /** Group hints and nationalities from the head noun and its modifiers. */
    static Stream<Arguments> groupsAndNationalities() {
        return Stream.of(
                row("The pair had paid a broker to take them across.",
                        "a broker", "1/1 HELPERS"),
                row("Chinese guides led the refugees through the mountains.",
                        "Chinese guides", "-/- HELPERS CHINESE"),
                row("Two South Korean missionaries were detained for helping them.",
                        "Two South Korean missionaries", "2/2 HELPERS SOUTH_KOREAN"),
                row("Three soldiers deserted their posts and crossed the frozen river.",
                        "Three soldiers", "3/3 SOLDIERS"),
                row("Border guards opened fire on the group.",
                        "Border guards", "-/- SOLDIERS"),
                row("Four restaurant workers fled their workplace in Ningbo.",
                        "Four restaurant workers", "4/4 WORKERS"),
                row("Two laborers who fled a construction site were arrested.",
                        "Two laborers", "2/2"),
                row("North Korean workers in China are closely watched.",
                        "North Korean workers", "-/- WORKERS NORTH_KOREAN"),
                row("Eight crew members were detained when the vessel was seized.",
                        "Eight crew members", "8/8 SMUGGLERS"),
                row("A family of five was caught in a raid on a farmhouse.",
                        "A family of five", "5/5"),
                row("Police in Hunchun caught a female defector and three Chinese men.",
                        "a female defector", "1/1 f=1 DEFECTORS NORTH_KOREAN"),
                row("Police in Hunchun caught a female defector and three Chinese men.",
                        "three Chinese men", "3/3 m=3 CHINESE"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource({"exactAndBoundedCounts", "vagueAndSingularCounts", "conjoinedGroups", "inclusionsMinorsAndAges",
        "partsAndPointers", "groupsAndNationalities"})
    void findsEachMentionWithItsCountAndWhoTheyAre(String sentence, String text, String expected) {
        PeopleMention m = mention(sentence, text);
        assertThat(describe(m)).isEqualTo(expected);
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
            The five men, aged between 20 and 35, were held. | 35
            Two sources in the border region confirmed it.   | Two
            In 2017, 1,127 defectors reached Seoul, down from 1,418 the year before. | 1,418
            """)
    void numbersThatAreNotPeopleAreNoMentions(String text, String number) {
        // The sentence detector may split after an abbreviation ("Aug."): every sentence of the text is checked.
        List<PeopleMention> found = TextAnalyzer.shared().analyze(text).stream().flatMap(s -> finder.find(s).stream())
                .toList();
        assertThat(found).noneMatch(m -> m.span().slice(text).contains(number) && counts(m, number));
    }

    /** True when the mention's count is the number, or when it has any count and the text is no numeral. */
    private static boolean counts(PeopleMention m, String number) {
        OptionalInt value = Counts.number(number);
        if (value.isEmpty()) {
            return !m.people().isUnknown();
        }
        Integer v = value.getAsInt();
        return v.equals(m.people().min()) || v.equals(m.people().max());
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

    /** The mention in the notation of the tables above, so a failure shows every field at once. */
    private static String describe(PeopleMention m) {
        People p = m.people();
        StringBuilder b = new StringBuilder(bound(p.min()) + "/" + bound(p.max()) + (p.approx() ? "~" : ""));
        append(b, "f=", p.female());
        append(b, "m=", p.male());
        append(b, "minors=", p.minors());
        if (!p.ages().isEmpty()) {
            b.append(" ages=").append(p.ages().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (m.group() != null) {
            b.append(' ').append(m.group());
        }
        if (m.nationality() != Nationality.UNKNOWN) {
            b.append(' ').append(m.nationality());
        }
        return m.definite() ? b.append(" definite").toString() : b.toString();
    }

    private static String bound(Integer n) {
        return n == null ? "-" : n.toString();
    }

    private static void append(StringBuilder b, String label, Integer n) {
        if (n != null) {
            b.append(' ').append(label).append(n);
        }
    }

    private static Arguments row(String sentence, String text, String expected) {
        return Arguments.of(sentence, text, expected);
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
}
