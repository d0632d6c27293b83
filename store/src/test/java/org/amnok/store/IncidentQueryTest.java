package org.amnok.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.amnok.incident.Agent;
import org.amnok.incident.DateValue;
import org.amnok.incident.Document;
import org.amnok.incident.Evidence;
import org.amnok.incident.Group;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.People;
import org.amnok.incident.Precision;
import org.amnok.incident.Scope;
import org.amnok.incident.Span;
import org.amnok.incident.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Listing, filtering, counting and paging incidents, on every backend. */
class IncidentQueryTest {
    @TempDir
    Path tmp;

    /** One document a row: id, outlet, text, and its one incident's type, status, place, province, group, date. */
    private static final String[][] FIXTURE = {
        {"a", "Daily NK", "Border guards shot a soldier crossing the Tumen.", "VIOLENCE", "OCCURRED", "Tumen River",
            null, "SOLDIERS", "2020-03-02"},
        {"b", "Daily NK", "Police arrested three defectors in Dandong.", "ARREST", "OCCURRED", "Dandong", "Liaoning",
            "DEFECTORS", "2020-05"},
        {"c", "RFA", "Twenty workers face repatriation from Shenyang.", "REPATRIATION", "PLANNED", "Shenyang",
            "Liaoning", "WORKERS", "2021-WI"},
        {"d", "RFA", "A broker was arrested in Yanji last year.", "ARREST", "OCCURRED", "Yanji", "Jilin", "HELPERS",
            "2019"},
        {"e", "Yonhap", "Two women were detained at an undisclosed place.", "DETENTION", "OCCURRED", null, null,
            "DEFECTORS", null},
    };

    static Stream<Arguments> filters() {
        List<Arguments> out = new ArrayList<>();
        for (Backend b : Backend.values()) {
            out.add(Arguments.of(b, "everything", q(x -> x), List.of("c", "b", "a", "d", "e")));
            out.add(Arguments.of(b, "by type", q(x -> x.withTypes(Set.of(IncidentType.ARREST))), List.of("b", "d")));
            out.add(Arguments.of(b, "by status", q(x -> x.withStatuses(Set.of(Status.PLANNED))), List.of("c")));
            out.add(Arguments.of(b, "by place", q(x -> x.withPlace("Dandong")), List.of("b")));
            out.add(Arguments.of(b, "by province", q(x -> x.withProvince("Liaoning")), List.of("c", "b")));
            out.add(Arguments.of(b, "a province is not a place", q(x -> x.withPlace("Liaoning")), List.of()));
            out.add(Arguments.of(b, "by group", q(x -> x.withGroup(Group.DEFECTORS)), List.of("b", "e")));
            out.add(Arguments.of(b, "by agent", q(x -> x.withAgent(Agent.KP_AUTHORITIES)), List.of("a")));
            out.add(Arguments.of(b, "by source", q(x -> x.withSource("RFA")), List.of("c", "d")));
            out.add(Arguments.of(b, "by words", q(x -> x.matching("arrested police")), List.of("b")));
            out.add(Arguments.of(b, "by dates overlapping a season", q(x -> x.between(LocalDate.of(2022, 1, 15),
                    null)), List.of("c")));
            out.add(Arguments.of(b, "by dates inside a year", q(x -> x.between(LocalDate.of(2019, 7, 1),
                    LocalDate.of(2020, 3, 2))), List.of("a", "d")));
            out.add(Arguments.of(b, "combined", q(x -> x.withTypes(Set.of(IncidentType.ARREST, IncidentType.DETENTION))
                    .withGroup(Group.DEFECTORS).withSource("Daily NK")), List.of("b")));
        }
        return out.stream();
    }

    private static UnaryOperator<IncidentQuery> q(UnaryOperator<IncidentQuery> f) {
        return f;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("filters")
    void listsAndCountsTheIncidentsThatMatchNewestFirst(Backend backend, String name,
                                                        UnaryOperator<IncidentQuery> filter, List<String> expected) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            fill(store);
            IncidentQuery query = filter.apply(IncidentQuery.all());

            assertThat(store.list(query)).extracting(StoredIncident::documentId).containsExactlyElementsOf(expected);
            assertThat(store.count(query)).isEqualTo(expected.size());
            List<String> streamed = new ArrayList<>();
            store.forEach(query, s -> streamed.add(s.documentId()));
            assertThat(streamed).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void pagesThroughEveryIncidentOnceInAStableOrder(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            fill(store);
            List<String> seen = new ArrayList<>();

            for (IncidentQuery page = IncidentQuery.all().page(0, 2); seen.size() < 6; page = page.next()) {
                List<StoredIncident> rows = store.list(page);
                rows.forEach(r -> seen.add(r.documentId()));
                if (rows.isEmpty()) {
                    break;
                }
            }

            assertThat(seen).containsExactly("c", "b", "a", "d", "e");
        }
    }

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void leavesRejectedIncidentsOutUnlessAskedFor(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            fill(store);
            store.setState("b#0", IncidentState.REJECTED, "kim");

            assertThat(store.count(IncidentQuery.all())).isEqualTo(4);
            assertThat(store.count(IncidentQuery.all().withStates(Set.of(IncidentState.values())))).isEqualTo(5);
            assertThat(store.count(IncidentQuery.all().withStates(Set.of(IncidentState.REJECTED)))).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void unfilteredCountsAgreeWithACountedScanAfterEveryKindOfWrite(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            fill(store);
            store.setState("a#0", IncidentState.REJECTED, "kim");
            store.setState("b#0", IncidentState.CONFIRMED, "kim");
            store.reextract("c", List.of(), "x2");
            store.reextract("d", List.of(incident(FIXTURE[3]), incident(FIXTURE[3])), "x2");
            Set<IncidentType> every = Set.of(IncidentType.values());
            Set<IncidentState> all = Set.of(IncidentState.values());

            assertThat(store.count(IncidentQuery.all())).isEqualTo(4)
                    .isEqualTo(store.count(IncidentQuery.all().withTypes(every)));
            assertThat(store.count(IncidentQuery.all().withStates(all))).isEqualTo(5)
                    .isEqualTo(store.count(IncidentQuery.all().withStates(all).withTypes(every)))
                    .isEqualTo(store.counts().incidents());
        }
    }

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void storesNewDocumentsWhileAnExportStreams(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            fill(store);
            List<AddOutcome> added = new ArrayList<>();

            store.forEach(IncidentQuery.all(), s -> added.add(store.add(new Document("new-" + s.documentId(), null,
                    null, null, null, null, "Late report about " + s.documentId() + "."), List.of(), "x1")));

            assertThat(added).hasSize(5).containsOnly(AddOutcome.ADDED);
        }
    }

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void treatsSearchWordsAsWordsNotAsQuerySyntax(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            fill(store);

            assertThat(store.count(IncidentQuery.all().matching("\"broker\" OR (NEAR"))).isZero();
            assertThat(store.count(IncidentQuery.all().matching("broker"))).isEqualTo(1);
        }
    }

    @Test
    void refusesAPageBeyondTheLimitsAndAReversedDateRange() {
        assertThatThrownBy(() -> IncidentQuery.all().page(0, IncidentQuery.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> IncidentQuery.all().between(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reversed");
    }

    static void fill(IncidentStore store) {
        for (String[] row : FIXTURE) {
            Document doc = new Document(row[0], LocalDate.of(2022, 2, 1), row[1], null, null, "en", row[2]);
            store.add(doc, List.of(incident(row)), "x1");
        }
    }

    private static Incident incident(String[] row) {
        String text = row[2];
        IncidentType type = IncidentType.valueOf(row[3]);
        return new Incident(type, Status.valueOf(row[4]), Scope.INCIDENT, People.UNKNOWN, Group.valueOf(row[7]),
                type == IncidentType.VIOLENCE ? Agent.KP_AUTHORITIES : Agent.CN_AUTHORITIES,
                new Location(row[5], row[6], null, row[5] == null ? null : Precision.CITY, null, null, null),
                row[8] == null ? DateValue.UNKNOWN : DateValue.of(row[8]), null,
                Evidence.of(text, new Span(0, text.length())));
    }
}
