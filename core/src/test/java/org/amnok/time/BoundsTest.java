package org.amnok.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundsTest {

    @ParameterizedTest(name = "{0} covers {1} to {2}")
    @CsvSource({
        "2019-05-29,            2019-05-29, 2019-05-29",
        "2019-05,               2019-05-01, 2019-05-31",
        "2020-02,               2020-02-01, 2020-02-29",
        "2019,                  2019-01-01, 2019-12-31",
        "2013-W46,              2013-11-11, 2013-11-17",
        "2020-WI,               2020-12-01, 2021-02-28",
        "2019-SU,               2019-06-01, 2019-08-31",
        "2019-07/2019-08,       2019-07-01, 2019-08-31",
        "2020/2021-01,          2020-01-01, 2021-01-31",
    })
    void readsValuesAsTheScorerDoes(String value, LocalDate first, LocalDate last) {
        assertThat(Bounds.of(value)).contains(new Bounds(first, last));
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource({
        "2013-W46,          2013-11-11/2013-11-17, true",
        "2019-06/2019-08,   2019-SU,               true",
        "2019,              2019-01/2019-12,       true",
        "2019-05,           2019-05-01,            false",
        "1990s,             1990s,                 true",
        "1990s,             1990/1999,             false",
    })
    void comparesByFirstAndLastDay(String a, String b, boolean same) {
        assertThat(Bounds.same(a, b)).isEqualTo(same);
    }
}
