package org.amnok.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LemmasTest {
    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource({
        "repatriated, VERB, repatriate",
        "captured, VERB, capture",
        "nabbed, VERB, nab",
        "declined, VERB, decline",
        "raided, VERB, raid",
        "avoided, VERB, avoid",
        "decided, VERB, decide",
        "examined, VERB, examine",
        "confined, VERB, confine",
        "detained, VERB, detain",
        "explained, VERB, explain",
        "caught, VERB, catch",
        "carried, VERB, carry",
        "crossing, VERB, cross",
        "visited, VERB, visit",
        "defectors, NOUN, defector",
        "authorities, NOUN, authority",
        "Dandong, PROPN, dandong",
        "quickly, ADV, quickly"
    })
    void regularFormsLoseTheirSuffixAndIrregularOnesComeFromTheTable(String word, String pos, String lemma) {
        assertThat(Lemmas.of(word, pos)).isEqualTo(lemma);
    }
}
