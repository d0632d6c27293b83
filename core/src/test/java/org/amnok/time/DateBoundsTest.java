package org.amnok.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateBoundsTest {

    @ParameterizedTest(name = "{0} runs from {1} to {2}")
    @CsvSource({
        "2019-05-29,        2019-05-29, 2019-05-29",
        "2019-02,           2019-02-01, 2019-02-28",
        "2020-02,           2020-02-01, 2020-02-29",
        "2018,              2018-01-01, 2018-12-31",
        "2013-W46,          2013-11-11, 2013-11-17",
        "2020-W01,          2019-12-30, 2020-01-05",
        "2020-WI,           2020-12-01, 2021-02-28",
        "2019-SU,           2019-06-01, 2019-08-31",
        "2019-AU,           2019-09-01, 2019-11-30",
        "2019-07/2019-08,   2019-07-01, 2019-08-31",
        "2019-12-30/2020-01,2019-12-30, 2020-01-31",
    })
    void readsADateValueAsTheDaysItCanMean(String value, LocalDate first, LocalDate last) {
        assertThat(DateBounds.of(value)).contains(new DateBounds(first, last));
    }

    @ParameterizedTest(name = "{0} has no bounds")
    @CsvSource({"last winter", "2019-13", "2019-02-30", "19-05-01", "2019-XX", "''"})
    void givesNoBoundsForWhatIsNotASpecDate(String value) {
        assertThat(DateBounds.of(value)).isEmpty();
    }
}
