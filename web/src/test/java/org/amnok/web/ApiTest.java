package org.amnok.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REST API over real HTTP, against a server on port 0 over a temporary SQLite database. */
class ApiTest {
    private static TestServer server;
    private static String viewer;
    private static String editor;
    private static String admin;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(false, false);
        viewer = "Bearer " + server.token(Role.VIEWER);
        editor = "Bearer " + server.token(Role.EDITOR);
        admin = "Bearer " + server.token(Role.ADMIN);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static JsonNode get(String path, String auth) throws IOException, InterruptedException {
        HttpResponse<String> r = TestServer.anonymous().get(server.url(path), "Authorization", auth);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    private static HttpResponse<String> send(String method, String path, String json, String auth)
            throws IOException, InterruptedException {
        return TestServer.anonymous().sendJson(method, server.url(path), json, "Authorization", auth);
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    @Test
    void servesTheOpenApiDocumentToAnyoneWithEveryPath() throws Exception {
        HttpResponse<String> r = TestServer.anonymous().get(server.url("/api/v1/openapi.json"));
        JsonNode doc = Json.MAPPER.readTree(r.body());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/v1/incidents")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/cases/{id}")).isTrue();
        assertThat(doc.get("components").get("schemas").get("Error").toString()).contains("code", "message");
    }

    @Test
    void pagesIncidentsNewestFirstWithTotals() throws Exception {
        JsonNode first = get("/api/v1/incidents?size=3", viewer);
        JsonNode second = get("/api/v1/incidents?size=3&page=2", viewer);
        assertThat(first.get("total").asInt()).isEqualTo(4);
        assertThat(first.get("pages").asInt()).isEqualTo(2);
        // Both June incidents start on 2019-06-01: ties go by document id, descending.
        assertThat(ids(first)).containsExactly("fx-return#0", "fx-held#0", "fx-arrest#0");
        assertThat(ids(second)).containsExactly("fx-return#1");
    }

    @Test
    void sortsOldestFirstAsTheExactReverse() throws Exception {
        JsonNode oldest = get("/api/v1/incidents?sort=oldest&size=3", viewer);
        assertThat(ids(oldest)).containsExactly("fx-return#1", "fx-arrest#0", "fx-held#0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "type=ARREST                  | fx-arrest#0",
        "type=ARREST,REPATRIATION     | fx-return#0 fx-arrest#0",
        "province=Liaoning            | fx-held#0 fx-arrest#0",
        "place=Shenyang               | fx-arrest#0",
        "place=Yalu%20River           | fx-return#0",
        "q=broker%20Laos              | fx-arrest#0",
        "source=Border%20Wire         | fx-held#0",
        "from=2019-06-01&to=2019-06-30| fx-return#0 fx-held#0",
        "status=PLANNED               | ''",
        "group=DEFECTORS&agent=CN_AUTHORITIES&type=CROSSING | fx-return#1",
    })
    void filtersIncidentsByEveryField(String query, String expected) throws Exception {
        JsonNode page = get("/api/v1/incidents?" + query.strip(), viewer);
        List<String> want = expected.isBlank() ? List.of() : List.of(expected.strip().split(" "));
        assertThat(ids(page)).containsExactlyElementsOf(want);
    }

    @Test
    void readsOneIncidentWithItsEvidenceSentence() throws Exception {
        JsonNode i = get("/api/v1/incidents/fx-arrest%230", viewer);
        assertThat(i.get("evidence").get("text").asText()).isEqualTo(Fixtures.ARREST_SENTENCE);
        assertThat(i.get("location").get("place").asText()).isEqualTo("Shenyang");
        assertThat(i.get("state").asText()).isEqualTo("EXTRACTED");
    }

    @Test
    void editsAnIncidentAndLogsWhoWhenBeforeAndAfter() throws Exception {
        HttpResponse<String> r = send("PUT", "/api/v1/incidents/fx-held%230", "{\"people_min\": 5, \"people_max\": 6,"
                + " \"date_part\": \"MID\"}", editor);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode after = Json.MAPPER.readTree(r.body());
        assertThat(after.get("state").asText()).isEqualTo("EDITED");
        assertThat(after.get("people").get("min").asInt()).isEqualTo(5);
        assertThat(after.get("evidence").get("text").asText()).startsWith("Four defectors caught");
        JsonNode audit = get("/api/v1/audit?entity=incident:fx-held%230", viewer);
        JsonNode entry = audit.get("items").get(0);
        assertThat(entry.get("analyst").asText()).isEqualTo("editor1");
        assertThat(entry.get("before").asText()).contains("\"min\":4");
        assertThat(entry.get("after").asText()).contains("\"min\":5");
    }

    @Test
    void keepsTheAnalystsEditWhenTheReportIsExtractedAgain() throws Exception {
        HttpResponse<String> r = send("PUT", "/api/v1/incidents/fx-return%230", "{\"people_min\": 2,"
                + " \"people_max\": 2}", editor);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String sent = "Border guards sent back a family of three across the Yalu River in mid-June.";
        String crossed = "The family had crossed the river in the winter.";
        server.server.app().store().reextract("fx-return", List.of(Fixtures.incident(Fixtures.RETURN_TEXT, sent,
                org.amnok.incident.IncidentType.REPATRIATION, 9, org.amnok.incident.Location.UNKNOWN, "2019"),
                Fixtures.incident(Fixtures.RETURN_TEXT, crossed, org.amnok.incident.IncidentType.CROSSING, 3,
                org.amnok.incident.Location.UNKNOWN, "2018-WI")), "extractor-v2");
        server.server.app().cases().invalidate();
        JsonNode after = get("/api/v1/incidents/fx-return%230", viewer);
        assertThat(after.get("state").asText()).isEqualTo("EDITED");
        assertThat(after.get("people").get("min").asInt()).isEqualTo(2);
        assertThat(after.get("location").get("place").asText()).isEqualTo("Yalu River");
    }

    @Test
    void refusesAnEditThatBreaksTheRecordWithTheStableErrorShape() throws Exception {
        HttpResponse<String> r = send("PUT", "/api/v1/incidents/fx-arrest%230", "{\"people_min\": 9,"
                + " \"people_max\": 2}", editor);
        JsonNode error = Json.MAPPER.readTree(r.body()).get("error");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(error.get("code").asText()).isEqualTo("bad_field");
        assertThat(error.get("message").asText()).contains("people_min 9 exceeds people_max 2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/v1/incidents/nothing%230 | 404 | not_found",
        "/api/v1/cases/case-nothing    | 404 | not_found",
        "/api/v1/no-such-endpoint      | 404 | not_found",
        "/api/v1/incidents?type=PARADE | 400 | bad_parameter",
        "/api/v1/incidents?size=100000 | 400 | bad_parameter",
        "/api/v1/incidents?from=2020-01-01&to=2019-01-01 | 400 | bad_parameter",
        "/api/v1/users                 | 403 | forbidden",
    })
    void answersErrorsAsJsonWithCodeAndMessage(String path, int status, String code) throws Exception {
        HttpResponse<String> r = TestServer.anonymous().get(server.url(path.strip()), "Authorization", viewer);
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode error = Json.MAPPER.readTree(r.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @Test
    void rejectedIncidentsLeaveTheListButStayReadable() throws Exception {
        assertThat(send("POST", "/api/v1/incidents/fx-return%231/reject", "", editor).statusCode()).isEqualTo(200);
        assertThat(ids(get("/api/v1/incidents?type=CROSSING", viewer))).isEmpty();
        assertThat(ids(get("/api/v1/incidents?type=CROSSING&state=REJECTED", viewer))).containsExactly("fx-return#1");
        assertThat(send("POST", "/api/v1/incidents/fx-return%231/confirm", "", editor).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/incidents/fx-return%231", viewer).get("state").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void mergesTwoReportsIntoOneCaseWithConflictsThenSplitsThem() throws Exception {
        HttpResponse<String> merged = send("POST", "/api/v1/cases/merge", "{\"a\": \"fx-arrest#0\","
                + " \"b\": \"fx-held#0\"}", editor);
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        JsonNode c = get("/api/v1/cases/case-fx-arrest%230", viewer);
        assertThat(c.get("memberIds").toString()).contains("fx-arrest#0", "fx-held#0");
        assertThat(c.get("conflicts").toString()).contains("date", "2019-05-25 (Daily Example)");
        assertThat(c.get("members").get(0).get("evidence").get("text").asText()).isNotBlank();
        HttpResponse<String> split = send("POST", "/api/v1/cases/split", "{\"member\": \"fx-held#0\"}", editor);
        assertThat(split.statusCode()).as(split.body()).isEqualTo(200);
        assertThat(get("/api/v1/cases/case-fx-arrest%230", viewer).get("memberIds").size()).isEqualTo(1);
    }

    @Test
    void listsAtRiskCasesButNotPeopleAlreadyReturned() throws Exception {
        String risk = get("/api/v1/at-risk", viewer).toString();
        assertThat(risk).contains("case-fx-arrest#0").doesNotContain("case-fx-return#0");
    }

    @Test
    void countsCasesByTypeAndMonth() throws Exception {
        JsonNode stats = get("/api/v1/stats", viewer);
        List<String> labels = new ArrayList<>();
        stats.get("labels").forEach(l -> labels.add(l.asText()));
        int may = labels.indexOf("2019-05");
        assertThat(labels).startsWith("2018-12").contains("2019-06");
        assertThat(stats.get("series").get("ARREST").get(may).asInt()).isEqualTo(1);
    }

    @Test
    void servesADocumentWithItsFullText() throws Exception {
        assertThat(get("/api/v1/documents/fx-arrest", viewer).get("text").asText()).isEqualTo(Fixtures.ARREST_TEXT);
    }

    @Test
    void importsAnUploadedJsonlFileThroughExtractionIntoTheStore() throws Exception {
        String boundary = "amnok-test-boundary";
        String jsonl = "{\"id\": \"up-1\", \"published\": \"2020-01-05\", \"source\": \"Upload Times\","
                + " \"text\": \"Police in Tumen detained two North Korean women on January 2.\"}\n";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"new.jsonl\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + jsonl + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = TestServer.anonymous().http().send(HttpRequest.newBuilder(URI.create(
                        server.url("/api/v1/import"))).header("Authorization", editor)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(r.body()).get("added").asInt()).isEqualTo(1);
        assertThat(get("/api/v1/documents/up-1", viewer).get("source").asText()).isEqualTo("Upload Times");
    }

    @Test
    void adminCreatesAndDeletesUsers() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/users", "{\"name\": \"analyst7\", \"role\": \"editor\","
                + " \"password\": \"a long enough secret\"}", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(get("/api/v1/users", admin).toString()).contains("analyst7");
        HttpResponse<String> weak = send("POST", "/api/v1/users", "{\"name\": \"analyst8\", \"role\": \"viewer\","
                + " \"password\": \"short\"}", admin);
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(send("DELETE", "/api/v1/users/analyst7", "", admin).statusCode()).isEqualTo(204);
        assertThat(get("/api/v1/users", admin).toString()).doesNotContain("analyst7");
    }
}
