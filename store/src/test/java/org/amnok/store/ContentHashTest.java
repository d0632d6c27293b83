package org.amnok.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ContentHashTest {

    static Stream<Arguments> sameTexts() {
        return Stream.of(
                Arguments.of("Two were caught.", "  Two were caught.  "),
                Arguments.of("Two were caught.", "Two\twere\n\ncaught."),
                Arguments.of("Caf\u00e9 owner held.", "Cafe\u0301 owner held."));
    }

    @ParameterizedTest(name = "''{0}'' is the same text as ''{1}''")
    @MethodSource("sameTexts")
    void treatsTextsThatDifferOnlyInSpacingOrCompositionAsOne(String a, String b) {
        assertThat(ContentHash.of(a)).isEqualTo(ContentHash.of(b)).hasSize(64);
    }

    @ParameterizedTest(name = "''{0}'' differs from ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "Two were caught.|Three were caught.",
        "Two were caught.|two were caught.",
        "Two were caught.|Twowere caught.",
    })
    void tellsTextsApartThatDifferInAnythingElse(String a, String b) {
        assertThat(ContentHash.of(a)).isNotEqualTo(ContentHash.of(b));
    }
}
