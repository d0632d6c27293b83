package org.amnok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.amnok.store.IncidentStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, cases and the at-risk list over a small store of invented reports. */
class CaseCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private String db;

    /** Two outlets on one arrest in Dandong (13 vs 15), a later report of their return, and a detention in Yanji. */
    @BeforeEach
    void fill() {
        db = tmp.resolve("amnok.db").toString();
        try (IncidentStore store = IncidentStore.open(db)) {
            add(store, "wire-a", "Wire A", "2020-05-04", "Police arrested 13 defectors in Dandong, a source said.",
                    IncidentType.ARREST, Status.OCCURRED, 13, "Dandong", "2020-05-02");
            add(store, "wire-b", "Wire B", "2020-05-05", "Fifteen North Koreans were caught in Dandong on Saturday.",
                    IncidentType.ARREST, Status.OCCURRED, 15, "Dandong", "2020-05-02");
            add(store, "wire-c", "Wire A", "2020-06-10", "The group caught in Dandong was sent back on June 8.",
                    IncidentType.REPATRIATION, Status.OCCURRED, 13, "Dandong", "2020-06-08");
            add(store, "wire-d", "Wire B", "2021-01-20", "Three women are being held at a lockup in Yanji.",
                    IncidentType.DETENTION, Status.OCCURRED, 3, "Yanji", "2021-01");
        }
    }

    @Test
    void exportsCasesThatJoinOneEventToldByTwoOutletsWithTheirConflict() throws Exception {
        Shared.Run run = Shared.run(new ExportCommand(), "--db", db, "--format", "json", "--cases");

        List<JsonNode> cases = lines(run.out());
        assertThat(cases).hasSize(3);
        JsonNode arrest = cases.get(0);
        assertThat(arrest.get("case").asText()).isEqualTo("case-wire-a#0");
        assertThat(arrest.get("sources").asInt()).isEqualTo(2);
        assertThat(arrest.get("incidents")).extracting(i -> i.get("doc").asText()).containsExactly("wire-a", "wire-b");
        assertThat(arrest.get("conflicts").get(0).asText()).isEqualTo("people.min: 13 (Wire A), 15 (Wire B)");
        assertThat(names(arrest.get("incidents").get(0))).startsWith("doc", "id", "state", "type", "status", "scope",
                "people", "group", "agent", "location", "date", "fatalities", "evidence");
    }

    @Test
    void showsACaseWithTheRuleThatJoinedEachMember() {
        Shared.Run run = Shared.run(new CaseCommand(), "show", "--db", db, "wire-b#0");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("case-wire-a#0: ARREST, 2 member(s), 2 independent source(s)")
                .contains("people: 13 (Wire A), 15 (Wire B)")
                .contains("wire-a#0  Wire A, 2020-05-04  [extracted]")
                .containsPattern("joined: via wire-b#0: \\S.*2020-05-02")
                .containsPattern("joined: via wire-a#0: \\S.*2020-05-02");
    }

    @Test
    void anAnalystsSplitAndMergeAreStoredAndShapeTheCases() throws Exception {
        Shared.Run split = Shared.run(new CaseCommand(), "split", "--db", db, "--analyst", "kim", "wire-b#0");
        List<JsonNode> afterSplit = lines(Shared.run(new ExportCommand(), "--db", db, "--cases").out());
        Shared.Run merge = Shared.run(new CaseCommand(), "merge", "--db", db, "--analyst", "lee", "case-wire-a#0",
                "wire-d#0");
        List<JsonNode> afterMerge = lines(Shared.run(new ExportCommand(), "--db", db, "--cases").out());

        assertThat(split.out()).isEqualTo("wire-b#0 split from case-wire-a#0 (1 decisions)\n");
        assertThat(afterSplit).hasSize(4);
        assertThat(merge.out()).isEqualTo("decision 2: wire-a#0 and wire-d#0 tell one event (lee)\n");
        assertThat(afterMerge.get(0).get("incidents")).extracting(i -> i.get("id").asText())
                .containsExactly("wire-a#0", "wire-d#0");
    }

    @Test
    void refusesAnIdThatNamesNothingAsAUsageError() {
        Shared.Run run = Shared.run(new CaseCommand(), "merge", "--db", db, "wire-a#0", "nothing#9");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no incident or case has id 'nothing#9'");
    }

    @Test
    void listsAsAtRiskOnlyThoseWithNoLaterWordOfTheirFate() {
        Shared.Run run = Shared.run(new AtRiskCommand(), "--db", db);

        assertThat(run.out().lines().toList()).hasSize(3);
        assertThat(run.out()).contains("2021-01-20  detained       3         Yanji").contains("case-wire-d#0")
                .doesNotContain("case-wire-a#0").endsWith("1 at risk\n");
    }

    @Test
    void exportsCsvWithAcledColumnsQuotedWhereNeeded() {
        Shared.Run run = Shared.run(new ExportCommand(), "--db", db, "--format", "csv");

        List<String> rows = run.out().lines().toList();
        assertThat(rows.get(0)).isEqualTo("event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,"
                + "location,admin1,country,latitude,longitude,geo_precision,source,notes,people_min,people_max");
        assertThat(rows).hasSize(5).contains("wire-a#0,2020-05-02,1,ARREST,occurred,Chinese authorities,Dandong,"
                + "Liaoning,China,40.12,124.38,1,Wire A,\"Police arrested 13 defectors in Dandong, a source said.\","
                + "13,13");
        assertThat(rows.get(1)).startsWith("wire-d#0,2021-01-01,3,DETENTION,");
    }

    @Test
    void exportsGeoJsonPointsWithTheirPrecisionToAFileThatAppearsWhole() throws Exception {
        Path out = tmp.resolve("out/map.geojson");

        Shared.Run run = Shared.run(new ExportCommand(), "--db", db, "--format", "geojson", "--out", out.toString());

        assertThat(run.code()).isZero();
        JsonNode map = JSON.readTree(Files.readString(out));
        assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode first = map.get("features").get(0);
        assertThat(first.get("geometry").get("coordinates").toString()).isEqualTo("[124.38,40.12]");
        assertThat(first.get("properties").get("precision").asText()).isEqualTo("city");
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("map.geojson");
        }
    }

    @Test
    void exportsTheSpecsJsonOneDocumentALineInIngestionOrder() throws Exception {
        List<JsonNode> docs = lines(Shared.run(new ExportCommand(), "--db", db, "--format", "json").out());

        assertThat(docs).extracting(d -> d.get("id").asText()).containsExactly("wire-a", "wire-b", "wire-c",
                "wire-d");
        assertThat(names(docs.get(0))).containsExactly("id", "incidents");
        assertThat(names(docs.get(0).get("incidents").get(0))).containsExactly("type", "status", "scope", "people",
                "group", "agent", "location", "date", "fatalities", "evidence");
    }

    @Test
    void refusesCasesInAnotherFormatThanJson() {
        assertThat(Shared.run(new ExportCommand(), "--db", db, "--format", "csv", "--cases").code()).isEqualTo(2);
    }

    private static void add(IncidentStore store, String id, String source, String published, String text,
                            IncidentType type, Status status, int people, String place, String date) {
        boolean dandong = place.equals("Dandong");
        Location where = new Location(place, dandong ? "Liaoning" : "Jilin", "CN", Precision.CITY,
                dandong ? null : "lockup", dandong ? 40.12 : null, dandong ? 124.38 : null);
        Incident incident = new Incident(type, status, Scope.INCIDENT, People.exactly(people), Group.DEFECTORS,
                Agent.CN_AUTHORITIES, where, DateValue.of(date), null, Evidence.of(text, new Span(0, text.length())));
        store.add(new Document(id, LocalDate.parse(published), source, null, null, "en", text), List.of(incident),
                "test");
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.lines().toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
