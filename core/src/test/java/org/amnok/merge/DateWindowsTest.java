package org.amnok.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.amnok.incident.DateValue;
import org.amnok.incident.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateWindowsTest {

    @ParameterizedTest(name = "{0} runs from {1} to {2} ({3})")
    @CsvSource({
        "2019-05-29, 2019-05-29, 2019-05-29, DAY",
        "2019-04, 2019-04-01, 2019-04-30, RANGE",
        "2020-02, 2020-02-01, 2020-02-29, RANGE",
        "2018, 2018-01-01, 2018-12-31, WIDE",
        "2013-W46, 2013-11-11, 2013-11-17, RANGE",
        "2020-W53, 2020-12-28, 2021-01-03, RANGE",
        "2020-WI, 2020-12-01, 2021-02-28, RANGE",
        "2019-SU, 2019-06-01, 2019-08-31, RANGE",
        "2019-AU, 2019-09-01, 2019-11-30, RANGE",
        "2019-07/2019-08, 2019-07-01, 2019-08-31, RANGE",
        "2013-11-01/2013-11-21, 2013-11-01, 2013-11-21, RANGE",
        "2021-04/2021-07, 2021-04-01, 2021-07-31, WIDE",
        "2020/2024-05-08, 2020-01-01, 2024-05-08, WIDE",
    })
    void readsTheScorersBoundsOfEveryDateForm(String value, LocalDate first, LocalDate last, Window.Kind kind) {
        Window w = DateWindows.stated(value).orElseThrow();
        assertThat(w.first()).isEqualTo(first);
        assertThat(w.last()).isEqualTo(last);
        assertThat(w.kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-13", "2019-02-30", "2019-W60", "May 2019", "2019-05/2018", "2019/2020/2021", ""})
    void unreadableDatesCountAsUndated(String value) {
        assertThat(DateWindows.stated(value)).isEmpty();
    }

    @Test
    void anUndatedOccurrenceLiesInTheMonthBeforeItsReport() {
        Window w = DateWindows.of(DateValue.UNKNOWN, LocalDate.parse("2017-11-07"), Status.OCCURRED).orElseThrow();
        assertThat(w.first()).isEqualTo(LocalDate.parse("2017-10-07"));
        assertThat(w.last()).isEqualTo(LocalDate.parse("2017-11-07"));
        assertThat(w.kind()).isEqualTo(Window.Kind.UNDATED);
    }

    @Test
    void anUndatedPlanLiesAMonthEitherSideOfItsReport() {
        Window w = DateWindows.of(DateValue.UNKNOWN, LocalDate.parse("2017-11-07"), Status.PLANNED).orElseThrow();
        assertThat(w.first()).isEqualTo(LocalDate.parse("2017-10-07"));
        assertThat(w.last()).isEqualTo(LocalDate.parse("2017-12-08"));
    }

    @Test
    void anUndatedIncidentOfAnUndatedReportHasNoWindow() {
        assertThat(DateWindows.of(DateValue.UNKNOWN, null, Status.OCCURRED)).isEmpty();
    }

    @Test
    void aStatedDateWinsOverThePublicationDate() {
        Window w = DateWindows.of(DateValue.of("2013-11-15"), LocalDate.parse("2013-11-18"), Status.OCCURRED)
                .orElseThrow();
        assertThat(w.first()).isEqualTo(w.last()).isEqualTo(LocalDate.parse("2013-11-15"));
    }

    @ParameterizedTest(name = "{0} and {1} overlap: {2}")
    @CsvSource({
        "2019-05-24, 2019-05-25, true",
        "2019-05-24, 2019-05-26, false",
        "2019-05-31, 2019-06, true",
        "2019-05-30, 2019-06, false",
        "2019-05, 2019-06, false",
        "2013-11-15, 2013-W46, true",
        "2023-10-09, 2023, true",
        "2020-WI, 2021-02-15, true",
    })
    void datesOverlapWithADayEitherSideOnlyForDays(String a, String b, boolean overlap) {
        Window x = DateWindows.stated(a).orElseThrow();
        Window y = DateWindows.stated(b).orElseThrow();
        assertThat(x.overlaps(y)).isEqualTo(overlap);
        assertThat(y.overlaps(x)).isEqualTo(overlap);
    }
}
