package org.amnok.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.amnok.incident.People;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadcountTest {

    @ParameterizedTest(name = "{0}..{1} (approx {2}) vs {3}..{4} (approx {5}): {6}")
    @CsvSource(nullValues = "-", value = {
        "13, -,   false, 15, 15,  false, OVERLAP",
        "15, 15,  false, 13, 13,  false, CLOSE",
        "500, -,  false, 600, 600, true, OVERLAP",
        "-, 600,  false, 501, -,  false, OVERLAP",
        "500, 500, false, 600, 600, false, CLOSE",
        "2, 2,    false, 3, 3,    false, CLOSE",
        "1, 1,    false, 2, 2,    false, FAR",
        "40, 40,  false, 80, 80,  false, FAR",
        "201, -,  false, 60, 60,  true,  DISPUTED",
        "201, -,  false, 40, 40,  true,  FAR",
        "24, -,   true,  40, 40,  false, OVERLAP",
        "2, 2,    false, 15, 15,  false, FAR",
    })
    void countsAreCloseWithinAFactorOneAndAHalf(Integer min1, Integer max1, boolean approx1, Integer min2,
                                               Integer max2, boolean approx2, Headcount.Agreement expected) {
        Headcount a = Headcount.of(new People(min1, max1, approx1, null, null, null, null)).orElseThrow();
        Headcount b = Headcount.of(new People(min2, max2, approx2, null, null, null, null)).orElseThrow();
        assertThat(a.compare(b)).isEqualTo(expected);
        assertThat(b.compare(a)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}..{1} (approx {2}) vs {3}..{4} (approx {5}): corroborates {6}")
    @CsvSource(nullValues = "-", value = {
        "501, -,  false, 600, 600, true,  true",
        "200, -,  true,  501, -,   false, true",
        "-, 600,  false, 600, 600, true,  true",
        "10, 10,  false, 10, 10,   false, true",
        "11, -,   false, 200, 200, false, false",
        "12, 12,  false, 10, 10,   false, false",
        "3, 3,    false, 3, 3,     false, false",
        "1, 1,    false, 1, 1,     false, false",
    })
    void countsCorroborateWhenTheyShareANumberOfTenOrMoreWithinAFactorFour(Integer min1, Integer max1,
            boolean approx1, Integer min2, Integer max2, boolean approx2, boolean expected) {
        Headcount a = Headcount.of(new People(min1, max1, approx1, null, null, null, null)).orElseThrow();
        Headcount b = Headcount.of(new People(min2, max2, approx2, null, null, null, null)).orElseThrow();
        assertThat(a.corroborates(b)).isEqualTo(expected);
        assertThat(b.corroborates(a)).isEqualTo(expected);
    }

    @Test
    void anUnstatedCountIsNoCount() {
        assertThat(Headcount.of(People.UNKNOWN)).isEmpty();
    }

    @ParameterizedTest(name = "{0}/{1} approx {2} reads {3}")
    @CsvSource(nullValues = "-", value = {
        "15, 15, false, 15", "60, 60, true, about 60", "31, -, false, 31+", "-, 600, false, up to 600",
        "5, 6, false, 5-6",
    })
    void describesCountsTheWayReportsPutThem(Integer min, Integer max, boolean approx, String text) {
        assertThat(Headcount.of(new People(min, max, approx, null, null, null, null)).orElseThrow().describe())
                .isEqualTo(text);
    }
}
