package org.amnok.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amnok.incident.DateValue;
import org.amnok.incident.Document;
import org.amnok.incident.Evidence;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store's contract on documents, incidents, analysts' work and decisions, on every backend. */
class IncidentStoreTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void storesADocumentWithItsIncidentsAndReadsEveryFieldBack(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            Document doc = Samples.report("r1");

            assertThat(store.add(doc, Samples.both(doc.text()), "x1")).isEqualTo(AddOutcome.ADDED);

            List<StoredIncident> stored = store.incidentsOf("r1");
            assertThat(stored).extracting(StoredIncident::id).containsExactly("r1#0", "r1#1");
            assertThat(stored).extracting(StoredIncident::incident).containsExactlyElementsOf(Samples.both(doc.text()));
            assertThat(stored.get(0)).extracting(StoredIncident::source, StoredIncident::published,
                    StoredIncident::state, StoredIncident::extractorVersion)
                    .containsExactly("Example Wire", doc.published(), IncidentState.EXTRACTED, "x1");
            assertThat(store.findDocument("r1").orElseThrow().document()).isEqualTo(doc);
        }
    }

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void skipsADocumentWhoseTextDiffersOnlyInWhiteSpaceAndComposition(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            store.add(Samples.report("a", null, "Two defectors were caught in Yanji."), List.of(), "x1");

            Document again = Samples.report("b", null, "  Two defectors\n\nwere caught   in Yanji.\t");

            assertThat(store.findStoredId(again)).contains("a");
            assertThat(store.add(again, List.of(), "x1")).isEqualTo(AddOutcome.UNCHANGED);
            assertThat(store.counts().documents()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void skipsADocumentWhoseUrlIsStoredEvenWithNewText(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            store.add(Samples.report("a", "https://news.example.org/x", "First version."), List.of(), "x1");

            Document updated = Samples.report("b", "https://news.example.org/x", "Corrected version.");

            assertThat(store.add(updated, List.of(), "x1")).isEqualTo(AddOutcome.UNCHANGED);
        }
    }

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void refusesAnIdThatAnotherTextAlreadyHasAndWritesNothing(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            store.add(Samples.report("same", null, "One text."), List.of(), "x1");
            Document other = Samples.report("same", null, Samples.TEXT);

            assertThat(store.add(other, Samples.both(Samples.TEXT), "x1")).isEqualTo(AddOutcome.ID_TAKEN);
            assertThat(store.counts()).isEqualTo(new StoreCounts(1, 0, 0, 0));
        }
    }

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void ingestingTheSameDocumentsTwiceLeavesTheRowCountsOfTheFirstTime(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            for (int i = 0; i < 5; i++) {
                Document d = Samples.report("r" + i);
                store.add(d, Samples.both(d.text()), "x1");
            }
            StoreCounts first = store.counts();

            for (int i = 0; i < 5; i++) {
                Document d = Samples.report("r" + i);
                assertThat(store.add(d, Samples.both(d.text()), "x1")).isEqualTo(AddOutcome.UNCHANGED);
            }

            assertThat(first).isEqualTo(new StoreCounts(5, 10, 0, 0));
            assertThat(store.counts()).isEqualTo(first);
        }
    }

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void reextractionNeverOverwritesWhatAnAnalystConfirmedEditedOrRejected(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            String text = "Police arrested a defector in Yanji. Two guides were detained in Tumen. "
                    + "A woman was sent back via Dandong.";
            store.add(Samples.report("r", null, text), List.of(at(text, IncidentType.ARREST, "Police"),
                    at(text, IncidentType.ARREST, "Two guides"), at(text, IncidentType.REPATRIATION, "A woman")), "x1");
            store.setState("r#0", IncidentState.CONFIRMED, "kim");
            Incident edited = new Incident(IncidentType.DETENTION, at(text, IncidentType.ARREST, "Two guides").status(),
                    at(text, IncidentType.ARREST, "Two guides").scope(), Samples.arrest(text).people(), null, null,
                    Samples.arrest(text).location(), DateValue.of("2020"), null,
                    at(text, IncidentType.ARREST, "Two guides").evidence());
            store.edit("r#1", edited, "kim");
            store.setState("r#2", IncidentState.REJECTED, "lee");
            List<StoredIncident> before = store.incidentsOf("r");

            Reextraction r = store.reextract("r", List.of(at(text, IncidentType.ARREST, "Police"),
                    at(text, IncidentType.ARREST, "Two guides"), at(text, IncidentType.REPATRIATION, "A woman")), "x2");

            // r#1 is a DETENTION now: the machine's ARREST on that sentence is a new, separate proposal.
            assertThat(r).isEqualTo(new Reextraction(3, 0, 1, 0));
            assertThat(store.incidentsOf("r")).startsWith(before.toArray(StoredIncident[]::new))
                    .extracting(StoredIncident::id).containsExactly("r#0", "r#1", "r#2", "r#3");
        }
    }

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void reextractionKeepsTheIdOfAnIncidentFoundAgainAndDropsOnesNoLongerFound(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            String text = "Police arrested a defector in Yanji. Two guides were detained in Tumen.";
            store.add(Samples.report("r", null, text), List.of(at(text, IncidentType.ARREST, "Police"),
                    at(text, IncidentType.ARREST, "Two guides")), "x1");

            Reextraction r = store.reextract("r", List.of(at(text, IncidentType.DETENTION, "Two guides"),
                    at(text, IncidentType.ARREST, "Police")), "x2");

            assertThat(r).isEqualTo(new Reextraction(0, 1, 1, 1));
            assertThat(store.incidentsOf("r")).extracting(s -> s.id() + " " + s.incident().type() + " "
                    + s.extractorVersion()).containsExactly("r#0 ARREST x2", "r#2 DETENTION x2");
        }
    }

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void logsEveryAnalystChangeWithBeforeAndAfter(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            Document d = Samples.report("r");
            store.add(d, Samples.both(d.text()), "x1");

            store.setState("r#1", IncidentState.REJECTED, "park");

            List<AuditEntry> trail = store.auditTrail("incident:r#1");
            assertThat(trail).singleElement().satisfies(e -> {
                assertThat(e.analyst()).isEqualTo("park");
                assertThat(e.beforeJson()).contains("\"state\":\"extracted\"").contains("\"type\":\"REPATRIATION\"");
                assertThat(e.afterJson()).contains("\"state\":\"rejected\"");
            });
            assertThat(store.incident("r#1").state()).isEqualTo(IncidentState.REJECTED);
        }
    }

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void storesDecisionsByMemberIdOldestFirst(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            for (String id : List.of("a", "b")) {
                Document d = Samples.report(id);
                store.add(d, Samples.both(d.text()), "x1");
            }

            store.decide(DecisionKind.MERGE, "a#0", "b#0", "kim");
            store.decide(DecisionKind.SPLIT, "a#1", "b#1", "lee");

            assertThat(store.decisions()).extracting(x -> x.kind() + " " + x.a() + " " + x.b() + " " + x.analyst())
                    .containsExactly("MERGE a#0 b#0 kim", "SPLIT a#1 b#1 lee");
            assertThat(store.counts().auditEntries()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void refusesADecisionOnAnIncidentThatDoesNotExist(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp); IncidentStore store = db.open()) {
            Document d = Samples.report("a");
            store.add(d, Samples.both(d.text()), "x1");

            assertThatThrownBy(() -> store.decide(DecisionKind.MERGE, "a#0", "zz#4", "kim"))
                    .isInstanceOf(IncidentNotFoundException.class)
                    .hasMessageContaining("zz#4")
                    .extracting(e -> ((IncidentNotFoundException) e).incidentId()).isEqualTo("zz#4");
            assertThat(store.decisions()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void reopeningAMigratedDatabaseKeepsItsRows(Backend backend) {
        try (Backend.TestDb db = backend.create(tmp)) {
            try (IncidentStore store = db.open()) {
                store.add(Samples.report("a"), List.of(), "x1");
            }
            try (IncidentStore store = db.open()) {
                assertThat(store.documentIds()).containsExactly("a");
            }
        }
    }

    @Test
    void createsTheParentFoldersOfASqliteFileAndUsesWriteAheadLogging() throws Exception {
        Path file = tmp.resolve("deep/er/amnok.db");

        try (IncidentStore store = IncidentStore.open(file.toString())) {
            store.add(Samples.report("a"), List.of(), "x1");
            assertThat(Files.exists(file)).isTrue();
            assertThat(Files.exists(tmp.resolve("deep/er/amnok.db-wal"))).isTrue();
        }
    }

    @Test
    void rejectsAJdbcUrlOfAnotherDatabaseNamingIt() {
        assertThatThrownBy(() -> IncidentStore.open("jdbc:mysql://localhost/amnok?password=secret"))
                .isInstanceOf(UnsupportedDatabaseException.class)
                .hasMessageContaining("jdbc:mysql://localhost/amnok")
                .hasMessageNotContaining("secret");
    }

    @Test
    void reportsAnUnreachablePostgresqlServerWithoutItsPassword() {
        assertThatThrownBy(() -> IncidentStore.open("jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret"
                + "&connectTimeout=2"))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("cannot connect")
                .hasMessageNotContaining("secret");
    }

    /** An incident of {@code type} whose evidence is the sentence of {@code text} that starts with {@code start}. */
    static Incident at(String text, IncidentType type, String start) {
        int s = text.indexOf(start);
        Span span = new Span(s, text.indexOf('.', s) + 1);
        Incident base = Samples.arrest(text);
        return new Incident(type, base.status(), base.scope(), base.people(), base.group(), base.agent(),
                base.location(), base.date(), null, Evidence.of(text, span));
    }
}
