package org.amnok.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public view leaks nothing it must not: walked over every route a public-mode server has. */
class PublicModeTest {
    /** Text that must never reach the public: evidence, report text, facility names, document ids and links. */
    private static final List<String> FORBIDDEN = List.of(Fixtures.ARREST_SENTENCE, "paid a broker",
            "are being held at", "sent back a family of three", "had crossed the river", "motel", Fixtures.FACILITY,
            "Detention Center", "fx-arrest", "fx-held", "fx-return", "example.org", "Four arrested in Shenyang",
            "Family returned", "evidence\":{");
    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(true, false);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static String body(String path) throws Exception {
        HttpResponse<String> r = TestServer.anonymous().get(server.url(path));
        if (r.statusCode() == 302) {
            return body(r.headers().firstValue("Location").orElseThrow());
        }
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void servesOnlyThePublicRoutesAndLeaksNoForbiddenFieldOnAnyOfThem() throws Exception {
        List<String> paths = new ArrayList<>();
        server.server.routes().forEach(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.role()).as("public mode has no logins").isNull();
            paths.add(r.path());
        });
        assertThat(paths).containsExactlyInAnyOrder("/", "/public", "/api/v1/public/stats", "/api/v1/openapi.json");
        for (String path : paths) {
            String body = body(path);
            for (String forbidden : FORBIDDEN) {
                assertThat(body).as(path + " must not show '" + forbidden + "'").doesNotContain(forbidden);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cases", "/incidents/fx-arrest%230", "/documents/fx-arrest", "/api/v1/incidents",
        "/api/v1/cases", "/api/v1/documents/fx-arrest", "/login", "/at-risk", "/audit"})
    void hasNoAnalystRoutes(String path) throws Exception {
        assertThat(TestServer.anonymous().get(server.url(path)).statusCode()).isEqualTo(404);
    }

    @Test
    void showsCountsUnderThreeAsFewerThanThree() throws Exception {
        JsonNode stats = Json.MAPPER.readTree(body("/api/v1/public/stats"));
        assertThat(stats.get("totals").get("ARREST").asText()).isEqualTo("fewer than 3");
        assertThat(stats.get("totals").get("VIOLENCE").asInt()).isZero();
        stats.get("byYear").get("series").forEach(series -> series.forEach(v -> assertThat(v.isInt()
                ? v.asInt() == 0 || v.asInt() >= 3 : v.asText().equals("fewer than 3")).isTrue()));
        assertThat(body("/public")).contains("fewer than 3");
    }

    @Test
    void placesAreNoFinerThanACity() throws Exception {
        JsonNode places = Json.MAPPER.readTree(body("/api/v1/public/stats")).get("places");
        List<String> names = new ArrayList<>();
        places.forEach(p -> {
            names.add(p.get("place").asText());
            assertThat(p.get("precision").asText()).isNotEqualTo("facility");
            assertThat(p.get("facility")).isNull();
        });
        assertThat(names).contains("Shenyang", "Yalu River");
    }

    @Test
    void anAnalystServerOpensThePublicViewToAnonymousVisitorsOnlyWhenAsked() throws Exception {
        try (TestServer open = TestServer.start(false, true)) {
            assertThat(TestServer.anonymous().get(open.url("/public")).statusCode()).isEqualTo(200);
            assertThat(TestServer.anonymous().get(open.url("/api/v1/public/stats")).statusCode()).isEqualTo(200);
            assertThat(TestServer.anonymous().get(open.url("/cases")).statusCode()).isEqualTo(302);
        }
        try (TestServer closed = TestServer.start(false, false)) {
            assertThat(TestServer.anonymous().get(closed.url("/api/v1/public/stats")).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void createsTheFirstAdminWithAOneTimePasswordOnlyOnAnEmptyDatabase() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("amnok-first-run");
        String db = dir.resolve("first.db").toString();
        String password;
        try (WebServer first = WebServer.start(new WebServer.Settings(db, 0, false, false))) {
            password = first.firstRunPassword().orElseThrow();
            assertThat(password).hasSizeGreaterThanOrEqualTo(Passwords.MIN_LENGTH);
            assertThat(first.app().accounts().findByPassword(WebServer.FIRST_ADMIN, password)).isPresent();
        }
        try (WebServer second = WebServer.start(new WebServer.Settings(db, 0, false, false))) {
            assertThat(second.firstRunPassword()).isEmpty();
            assertThat(second.app().accounts().findByPassword(WebServer.FIRST_ADMIN, "")).isEmpty();
        }
    }
}
