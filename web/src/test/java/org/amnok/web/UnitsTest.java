package org.amnok.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.Precision;
import org.amnok.incident.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Specifications of the web's small parts: escaping, highlighting, dates, throttling, public counts, edits. */
class UnitsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<script>alert(1)</script> | &lt;script&gt;alert(1)&lt;/script&gt;",
        "`\"><img src=x>`          | &quot;&gt;&lt;img src=x&gt;",
        "O'Brien & sons            | O&#39;Brien &amp; sons",
        "plain text                | plain text",
    })
    void escapesEveryCharacterThatCouldOpenMarkup(String raw, String escaped) {
        assertThat(Html.esc(raw)).isEqualTo(escaped);
    }

    @Test
    void escapesNullAsNothing() {
        assertThat(Html.esc(null)).isEmpty();
    }

    @Test
    void highlightsEvidenceInsideTheEscapedDocumentWithAnAnchor() {
        String text = "A <b> man fled. Police arrested him.";
        String html = Highlighter.render(text, List.of(new Highlighter.Mark(new Span(16, 36), "ev-1", "evidence")));
        assertThat(html).isEqualTo("A &lt;b&gt; man fled. <span class=\"anchor\" id=\"ev-1\"></span>"
                + "<mark class=\"evidence\">Police arrested him.</mark>");
    }

    @Test
    void splitsOverlappingEvidenceIntoNestedStretches() {
        String html = Highlighter.render("abcdef", List.of(new Highlighter.Mark(new Span(0, 4), "x", "a"),
                new Highlighter.Mark(new Span(2, 6), "y", "b")));
        assertThat(html).isEqualTo("<span class=\"anchor\" id=\"x\"></span><mark class=\"a\">ab</mark>"
                + "<span class=\"anchor\" id=\"y\"></span><mark class=\"a b\">cd</mark><mark class=\"b\">ef</mark>");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "2019-05-25, 2019-05, 2019-05-25",
        "2019-04, 2019-04, 2019-04-01",
        "2018, none, 2018-01-01",
        "2020-WI, 2020-12, 2020-12-01",
        "2019-07/2019-08, 2019-07, 2019-07-01",
        "none, none, none",
    })
    void readsMonthsAndFirstDaysOfPartialDates(String value, String month, String firstDay) {
        assertThat(Dates.findMonth(value).map(Object::toString).orElse(null)).isEqualTo(month);
        assertThat(Dates.findFirstDay(value).map(Object::toString).orElse(null)).isEqualTo(firstDay);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, fewer than 3", "2, fewer than 3", "3, 3", "40, 40"})
    void suppressesPublicCountsOfOneAndTwo(int n, String shown) {
        assertThat(PublicView.count(n).toString()).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "Shenyang, Liaoning, CN, CITY, motel, Shenyang, none",
        "Tumen Lockup, Jilin, CN, FACILITY, Tumen Lockup, Jilin, PROVINCE",
        "Yalu River, none, none, BORDER, none, Yalu River, none",
        "Some Prison, none, KP, FACILITY, Some Prison, KP, COUNTRY",
    })
    void coarsensPublicPlacesToACityAtMostAndDropsFacilities(String place, String admin1, String country,
                                                             Precision precision, String facility, String shown,
                                                             Precision shownPrecision) {
        Location l = PublicView.coarsen(new Location(place, admin1, country, precision, facility, 1.0, 2.0));
        assertThat(l.place()).isEqualTo(shown);
        assertThat(l.facility()).isNull();
        if (shownPrecision != null) {
            assertThat(l.precision()).isEqualTo(shownPrecision);
            assertThat(l.lat()).isNull();
        }
    }

    @Test
    void locksANameOutAfterFiveFailuresUntilTheOldestLeavesTheWindow() {
        MutableClock clock = new MutableClock();
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(t.wait("Ana", "10.0.0.1")).isZero();
            t.failed("ana", "10.0.0.1");
            clock.now = clock.now.plusSeconds(60);
        }
        assertThat(t.wait("ANA", "10.0.0.9")).isEqualTo(Duration.ofMinutes(10));
        assertThat(t.wait("bob", "10.0.0.1")).isZero();
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertThat(t.wait("ana", "10.0.0.1")).isZero();
    }

    @Test
    void appliesAnEditKeepingEvidenceAndUnnamedFields() {
        Incident before = Fixtures.incident(Fixtures.ARREST_TEXT, Fixtures.ARREST_SENTENCE, IncidentType.ARREST, 4,
                new Location("Shenyang", "Liaoning", "CN", Precision.CITY, null, null, null), "2019-05-25");
        Incident after = IncidentEdit.apply(before, Map.of("people_max", "", "place", "Dandong", "date",
                "2019-05", "type", "detention"));
        assertThat(after.type()).isEqualTo(IncidentType.DETENTION);
        assertThat(after.people().min()).isEqualTo(4);
        assertThat(after.people().max()).isNull();
        assertThat(after.location().place()).isEqualTo("Dandong");
        assertThat(after.location().admin1()).isEqualTo("Liaoning");
        assertThat(after.date().value()).isEqualTo("2019-05");
        assertThat(after.evidence()).isEqualTo(before.evidence());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "people_min | -1        | not a whole number",
        "date       | May 2019  | not an ISO 8601 partial date",
        "type       | PARADE    | is not one of",
        "type       | ''        | type is required",
        "lat        | north     | not a number",
    })
    void refusesBadEditsNamingTheField(String field, String value, String message) {
        Incident before = Fixtures.incident(Fixtures.ARREST_TEXT, Fixtures.ARREST_SENTENCE, IncidentType.ARREST, 4,
                Location.UNKNOWN, "2019-05-25");
        assertThatThrownBy(() -> IncidentEdit.apply(before, Map.of(field, value)))
                .isInstanceOf(WebProblem.class).hasMessageContaining(field).hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"/cases, /cases", "//evil.example, none", "/\\evil, none",
        "https://evil.example, none", "none, none"})
    void followsOnlyLocalNextPathsAfterLogin(String next, String followed) {
        assertThat(AuthPages.safeNext(next).orElse(null)).isEqualTo(followed);
    }

    @Test
    void hashesPasswordsWithArgon2idAndASaltEachTime() {
        String a = Passwords.hash("a long enough secret");
        String b = Passwords.hash("a long enough secret");
        assertThat(a).startsWith("$argon2id$").isNotEqualTo(b);
        assertThat(Passwords.matches("a long enough secret", a)).isTrue();
        assertThat(Passwords.matches("a long enough secreT", a)).isFalse();
        assertThat(Passwords.matches("anything", null)).isFalse();
    }

    /** A clock tests move by hand. */
    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2024-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
