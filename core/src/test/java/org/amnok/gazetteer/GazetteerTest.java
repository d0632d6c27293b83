package org.amnok.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.amnok.incident.Precision;
import org.amnok.incident.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.shared();

    private Place place(String name) {
        return gazetteer.find(name).orElseThrow(() -> new AssertionError("no place named " + name));
    }

    private List<PlaceMention> mentions(String text) {
        return gazetteer.find(text, new Span(0, text.length()));
    }

    private PlaceMention mentionOf(String text, String surface) {
        return mentions(text).stream()
                .filter(m -> m.span().slice(text).equals(surface))
                .findFirst()
                .orElseThrow(() -> new AssertionError("'" + surface + "' not found in: " + mentions(text)));
    }

    @ParameterizedTest(name = "{0} is {1}, a {2} in {3}/{4}, precision {5}")
    @CsvSource({
        "Dandong,                           Dandong,                       CITY,     Liaoning,          CN, CITY",
        "Shenyang,                          Shenyang,                      CITY,     Liaoning,          CN, CITY",
        "Hyesan,                            Hyesan,                        CITY,     Ryanggang,         KP, CITY",
        "Onsong,                            Onsong,                        COUNTY,   North Hamgyong,    KP, COUNTY",
        "Nanning,                           Nanning,                       CITY,     Guangxi,           CN, CITY",
        "Mong Cai,                          Mong Cai,                      CITY,     Quang Ninh,        VN, CITY",
        "Lang Son,                          Lang Son,                      CITY,     Lang Son,          VN, CITY",
        "Vientiane,                         Vientiane,                     CITY,     Vientiane Capital, LA, CITY",
        "Kaechon,                           Kaechon,                       CITY,     South Pyongan,     KP, CITY",
        "Sinuiju,                           Sinuiju,                       CITY,     North Pyongan,     KP, CITY",
        "Chongjin,                          Chongjin,                      CITY,     North Hamgyong,    KP, CITY",
        "Hoeryong,                          Hoeryong,                      CITY,     North Hamgyong,    KP, CITY",
        "Kimhyongjik,                       Kimhyongjik,                   COUNTY,   Ryanggang,         KP, COUNTY",
        "Musan,                             Musan,                         COUNTY,   North Hamgyong,    KP, COUNTY",
        "Changbai,                          Changbai,                      COUNTY,   Jilin,             CN, COUNTY",
        "Changbai Korean Autonomous County, Changbai,                      COUNTY,   Jilin,             CN, COUNTY",
        "Tumen,                             Tumen,                         CITY,     Jilin,             CN, CITY",
        "Tonghua,                           Tonghua,                       CITY,     Jilin,             CN, CITY",
        "Yanji,                             Yanji,                         CITY,     Jilin,             CN, CITY",
        "Longjing,                          Longjing,                      CITY,     Jilin,             CN, CITY",
        "Songyuan,                          Songyuan,                      CITY,     Jilin,             CN, CITY",
        "Changchun,                         Changchun,                     CITY,     Jilin,             CN, CITY",
        "Qinhuangdao,                       Qinhuangdao,                   CITY,     Hebei,             CN, CITY",
        "Kunming,                           Kunming,                       CITY,     Yunnan,            CN, CITY",
        "Dongxing,                          Dongxing,                      CITY,     Guangxi,           CN, CITY",
        "Beijing,                           Beijing,                       CITY,     Beijing,           CN, CITY",
        "Pyongyang,                         Pyongyang,                     CITY,     Pyongyang,         KP, CITY",
        "Vladivostok,                       Vladivostok,                   CITY,     Primorsky,         RU, CITY",
        "Ulaanbaatar,                       Ulaanbaatar,                   CITY,     Ulaanbaatar,       MN, CITY",
        "Phnom Penh,                        Phnom Penh,                    CITY,     Phnom Penh,        KH, CITY",
        "Bangkok,                           Bangkok,                       CITY,     Bangkok,           TH, CITY",
        "Yangon,                            Yangon,                        CITY,     Yangon,            MM, CITY",
        "Seoul,                             Seoul,                         CITY,     Seoul,             KR, CITY",
        "Oudomxay,                          Oudomxay,                      PROVINCE, Oudomxay,          LA, PROVINCE",
        "Jilin,                             Jilin,                         PROVINCE, Jilin,             CN, PROVINCE",
        "Liaoning,                          Liaoning,                      PROVINCE, Liaoning,          CN, PROVINCE",
        "Ryanggang,                         Ryanggang,                     PROVINCE, Ryanggang,         KP, PROVINCE",
        "Jagang,                            Jagang,                        PROVINCE, Jagang,            KP, PROVINCE",
        "Rason,                             Rason,                         PROVINCE, Rason,             KP, PROVINCE",
        "Sino-Korean Friendship Bridge,     Sino-Korean Friendship Bridge, BRIDGE,   Liaoning,          CN, FACILITY",
        "Langtou Port,                      Langtou Port,                  PORT,     Liaoning,          CN, FACILITY",
        "Quanhe,                            Quanhe Port,                   CUSTOMS,  Jilin,             CN, FACILITY",
        "Camp 14,                           Camp 14,                       FACILITY, South Pyongan,     KP, FACILITY",
        "Supung Dam,                        Supung Dam,                    DAM,      ,                  ,   FACILITY",
        "Yalu River,                        Yalu River,                    RIVER,    ,                  ,   BORDER",
        "Tumen River,                       Tumen River,                   RIVER,    ,                  ,   BORDER",
        "China-North Korea border,          China-North Korea border,      BORDER,   ,                  ,   BORDER",
        "China,                             China,                         COUNTRY,  ,                  CN, COUNTRY",
        "North Korea,                       North Korea,                   COUNTRY,  ,                  KP, COUNTRY",
    })
    void resolvesNamesToCanonicalPlacesWithProvinceCountryAndPrecision(String name, String canonical,
            PlaceKind kind, String admin1, String country, Precision precision) {
        Place place = place(name);
        assertThat(place.name()).isEqualTo(canonical);
        assertThat(place.kind()).isEqualTo(kind);
        assertThat(place.admin1()).isEqualTo(admin1);
        assertThat(place.country()).isEqualTo(country);
        assertThat(place.precision()).isEqualTo(precision);
    }

    @ParameterizedTest(name = "{0} is spelled {1}")
    @CsvSource(delimiter = '|', value = {
        "Sinŭiju                  | Sinuiju",
        "Shinuiju                 | Sinuiju",
        "SINUIJU                  | Sinuiju",
        "Onsŏng                   | Onsong",
        "Hoeryŏng                 | Hoeryong",
        "Ch'ŏngjin                | Chongjin",
        "Ch’ŏngjin                | Chongjin",
        "Kimhyong-jik             | Kimhyongjik",
        "Kim Hyong Jik County     | Kimhyongjik",
        "Hyesa                    | Hyesan",
        "Amnok                    | Yalu River",
        "Amrok River              | Yalu River",
        "the Yalu                 | Yalu River",
        "Duman River              | Tumen River",
        "Sino-DPRK border         | China-North Korea border",
        "North Korea–China border | China-North Korea border",
        "Móng Cái                 | Mong Cai",
        "Lạng Sơn                 | Lang Son",
        "Yanggang                 | Ryanggang",
        "Ryanggang-do             | Ryanggang",
        "Chagang Province         | Jagang",
        "Pyonganbuk-do            | North Pyongan",
        "North Phyongan           | North Pyongan",
        "Namp'o                   | Nampo",
        "Sup'ung Dam              | Supung Dam",
        "Ji'an                    | Ji'an",
        "Jian                     | Ji'an",
        "Ulan Bator               | Ulaanbaatar",
        "DPRK                     | North Korea",
        "Burma                    | Myanmar",
    })
    void foldsDiacriticsApostrophesHyphensAndVariantSpellings(String spelling, String canonical) {
        assertThat(place(spelling).name()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\" is the {3} {2}")
    @CsvSource(delimiter = '|', value = {
        "Police in Jilin Province detained the two women.         | Jilin Province     | Jilin     | PROVINCE",
        "Police in Jilin province detained the two women.         | Jilin province     | Jilin     | PROVINCE",
        "They were held at a lockup in Jilin city for a week.     | Jilin city         | Jilin     | CITY",
        "She was caught in the city of Jilin last spring.         | Jilin              | Jilin     | CITY",
        "Courts in the provinces of Jilin and Heilongjiang agreed.| Jilin              | Jilin     | PROVINCE",
        "Prisons in Liaoning and Jilin provinces are full.        | Jilin              | Jilin     | PROVINCE",
        "Two women were caught in Jilin on Friday.                | Jilin              | Jilin     | PROVINCE",
        "He was handed over at Tumen after a month.               | Tumen              | Tumen     | CITY",
        "They waded across the Tumen River at night.              | Tumen River        | Tumen River | RIVER",
        "Soldiers patrol the Yalu every night.                    | Yalu               | Yalu River | RIVER",
        "He grew up in North Korea's Ryanggang province.          | Ryanggang province | Ryanggang | PROVINCE",
        "She reached Hyesan, Yanggang Province, by train.         | Yanggang Province  | Ryanggang | PROVINCE",
        "The group was seen near Sinuiju City last week.          | Sinuiju City       | Sinuiju   | CITY",
    })
    void resolvesAmbiguousNamesByTheWordsAroundThem(String sentence, String surface, String canonical,
            PlaceKind kind) {
        PlaceMention m = mentionOf(sentence, surface);
        assertThat(m.place().name()).isEqualTo(canonical);
        assertThat(m.place().kind()).isEqualTo(kind);
    }

    @Test
    void readsChangbaiKoreanAutonomousCountyAsOneMention() {
        String text = "She hid in Changbai Korean Autonomous County for a month.";
        assertThat(mentions(text)).singleElement().satisfies(m -> {
            assertThat(m.span().slice(text)).isEqualTo("Changbai Korean Autonomous County");
            assertThat(m.place().name()).isEqualTo("Changbai");
        });
    }

    @ParameterizedTest(name = "{0}: Kaiyuan is in {1}")
    @CsvSource(delimiter = '|', value = {
        "A trader was questioned in Kaiyuan.                        | Yunnan",
        "Arrests followed in Shenyang, Tieling and Kaiyuan.         | Liaoning",
        "Police in Kaiyuan, Liaoning Province, searched the house.  | Liaoning",
    })
    void prefersTheSenseInAProvinceTheSentenceNamesOrPlacesItsOtherNamesIn(String sentence, String admin1) {
        assertThat(mentionOf(sentence, "Kaiyuan").place().admin1()).isEqualTo(admin1);
    }

    @Test
    void yieldsSeveralPlacesInOrderWithExactSpans() {
        String text = "Guards caught three women near Hyesan and sent them via Changbai to Dandong in China's"
                + " Liaoning Province, across the Yalu River.";
        List<PlaceMention> found = mentions(text);
        assertThat(found).extracting(m -> m.place().name())
                .containsExactly("Hyesan", "Changbai", "Dandong", "China", "Liaoning", "Yalu River");
        assertThat(found).extracting(PlaceMention::span).containsExactly(
                new Span(31, 37), new Span(56, 64), new Span(68, 75), new Span(79, 84), new Span(87, 104),
                new Span(117, 127));
    }

    @Test
    void searchesOnlyWithinTheSpanAndReportsDocumentOffsets() {
        String text = "Dandong police made arrests. Later the women were moved to Shenyang.";
        int second = text.indexOf("Later");
        List<PlaceMention> found = gazetteer.find(text, new Span(second, text.length()));
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.place().name()).isEqualTo("Shenyang");
            assertThat(m.span()).isEqualTo(new Span(text.indexOf("Shenyang"), text.indexOf("Shenyang") + 8));
        });
    }

    @ParameterizedTest(name = "no place in: {0}")
    @CsvSource(delimiter = '|', value = {
        "In May, Kim and Park met Song and Kang on a Sunday.",
        "Ri, Mun and Chun said Jang had left in March.",
        "Long lines formed at the border, Liberty officials said.",
        "Radio Free Asia and Daily NK reported it; China Daily did not.",
        "A Mission to the Union Party Games was planned for South Center.",
        "the tumen crossing and the north were quiet, said dandong locals.",
        "Kim Jong Un and Xi Jinping met again.",
    })
    void matchesNoSurnameMonthOutletOrLowerCaseWord(String sentence) {
        assertThat(mentions(sentence)).isEmpty();
    }

    @Test
    void readsAGivenNameAfterASurnameAsAPersonNotAPlace() {
        String text = "The broker, Li Yanji, was later arrested in Yanji.";
        assertThat(mentions(text)).singleElement()
                .satisfies(m -> assertThat(m.span().start()).isEqualTo(text.lastIndexOf("Yanji")));
    }

    @Test
    void marksDemonymsAsAdjectives() {
        String text = "Chinese police handed the North Koreans to North Korean guards in North Korea.";
        assertThat(mentions(text)).extracting(m -> m.span().slice(text), m -> m.place().name(),
                PlaceMention::adjective).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Chinese", "China", true),
                org.assertj.core.groups.Tuple.tuple("North Koreans", "North Korea", true),
                org.assertj.core.groups.Tuple.tuple("North Korean", "North Korea", true),
                org.assertj.core.groups.Tuple.tuple("North Korea", "North Korea", false));
    }

    @Test
    void readsTheNorthAsNorthKoreaButNotInsideNorthKorean() {
        String text = "She was returned to the North by the North Korean side.";
        assertThat(mentions(text)).extracting(m -> m.span().slice(text))
                .containsExactly("the North", "North Korean");
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        "China,                    Dandong,                       true",
        "China,                    Liaoning,                      true",
        "Liaoning,                 Dandong,                       true",
        "Jilin,                    Dandong,                       false",
        "Dandong,                  Liaoning,                      false",
        "Dandong,                  Dandong,                       true",
        "North Korea,              Hyesan,                        true",
        "Ryanggang,                Hyesan,                        true",
        "China,                    Hyesan,                        false",
        "China,                    Yalu River,                    true",
        "North Korea,              Yalu River,                    true",
        "South Korea,              Yalu River,                    false",
        "North Korea,              China-North Korea border,      true",
        "China,                    Tumen River,                   true",
        "Dandong,                  Sino-Korean Friendship Bridge, true",
        "Sinuiju,                  Sino-Korean Friendship Bridge, true",
        "North Korea,              Sino-Korean Friendship Bridge, true",
        "Shenyang,                 Sino-Korean Friendship Bridge, false",
        "Yalu River,               Supung Dam,                    true",
        "Kaechon,                  Camp 14,                       true",
        "South Pyongan,            Camp 14,                       true",
        "North Korea,              Camp 14,                       true",
        "Tumen,                    Tumen Border Detention Center, true",
        "Jilin,                    Changbai,                      true",
        "Yanbian,                  Tumen,                         true",
        "Vietnam,                  Mong Cai,                      true",
        "Laos,                     Oudomxay,                      true",
        "Laos,                     Mong Cai,                      false",
    })
    void knowsWhichPlacesLieInsideWhich(String outer, String inner, boolean expected) {
        assertThat(gazetteer.contains(place(outer), place(inner))).isEqualTo(expected);
    }

    @Test
    void placesNotFromTheGazetteerAreContainedByTheirCountryAndProvince() {
        Place motel = new Place("Riverside Motel", PlaceKind.FACILITY, "Liaoning", "CN", null, null, 0);
        assertThat(gazetteer.contains(place("Liaoning"), motel)).isTrue();
        assertThat(gazetteer.contains(place("China"), motel)).isTrue();
        assertThat(gazetteer.contains(place("Jilin"), motel)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "COUNTRY, COUNTRY", "PROVINCE, PROVINCE", "CITY, CITY", "COUNTY, COUNTY", "RIVER, BORDER", "BORDER, BORDER",
        "BRIDGE, FACILITY", "PORT, FACILITY", "DAM, FACILITY", "CUSTOMS, FACILITY", "FACILITY, FACILITY",
    })
    void mapsEachKindToTheSpecPrecision(PlaceKind kind, Precision precision) {
        assertThat(kind.precision()).isEqualTo(precision);
    }

    @Test
    void listsEverySenseOfANameBestFirst() {
        assertThat(gazetteer.findAll("Jilin")).extracting(Place::kind)
                .containsExactly(PlaceKind.PROVINCE, PlaceKind.CITY);
        assertThat(gazetteer.findAll("Jilin city")).extracting(Place::kind).containsExactly(PlaceKind.CITY);
        assertThat(gazetteer.findAll("Kaiyuan")).extracting(Place::admin1).startsWith("Yunnan").contains("Liaoning");
        assertThat(gazetteer.findAll("Nowhereville")).isEmpty();
        assertThat(gazetteer.find("Kim")).isEmpty();
    }

    @Test
    void givesTheSameMentionsFromManyThreadsAtOnce() {
        List<String> texts = List.of("Police in Jilin city caught two women from Hyesan.",
                "They crossed the Tumen River near Onsong and were held in Tumen.",
                "Handovers took place at the Sino-Korean Friendship Bridge in Dandong.",
                "Arrests followed in Shenyang, Tieling and Kaiyuan.");
        List<List<PlaceMention>> sequential = texts.stream().map(this::mentions).toList();
        List<List<PlaceMention>> parallel = java.util.stream.IntStream.range(0, 400).parallel()
                .mapToObj(i -> mentions(texts.get(i % texts.size())))
                .toList();
        for (int i = 0; i < parallel.size(); i++) {
            assertThat(parallel.get(i)).isEqualTo(sequential.get(i % texts.size()));
        }
    }

    @Test
    void rejectsASpanBeyondTheText() {
        assertThatThrownBy(() -> gazetteer.find("Dandong", new Span(0, 99)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reaches past the text's end");
    }
}
