package org.amnok.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {

    @ParameterizedTest(name = "{0} folds to \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Sinŭiju              | sinuiju",
        "SINUIJU              | sinuiju",
        "Ch'ŏngjin            | chongjin",
        "Ch’ŏngjin            | chongjin",
        "Chʼŏngjin            | chongjin",
        "Kimhyong-jik         | kimhyongjik",
        "Lạng Sơn             | lang son",
        "Đà Nẵng              | da nang",
        "North   Korea        | north korea",
        "P’yŏngan-bukto       | pyonganbukto",
        "China–North Korea    | chinanorth korea",
        "Camp 14              | camp 14",
        "Dandong.             | dandong",
    })
    void foldsCaseDiacriticsApostrophesAndHyphensCharacterByCharacter(String name, String key) {
        assertThat(Folding.key(name)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} requires capitals at {1}")
    @CsvSource(delimiter = '|', value = {
        "Tumen                         | 1",
        "Tumen River                   | 1",
        "the North                     | 16",
        "Sino-Korean Friendship Bridge | 17",
        "Kimhyong-jik                  | 1",
        "DPRK                          | 1",
    })
    void requiresCapitalsOnlyWhereANonGenericWordStarts(String name, long mask) {
        assertThat(Folding.name(name).upperMask()).isEqualTo(mask);
    }
}
