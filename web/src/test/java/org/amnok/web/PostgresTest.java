package org.amnok.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.amnok.store.IncidentStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The web app on PostgreSQL (the accounts migration and connections of that dialect): log in, edit, read the audit
 * log, search text. Runs in a schema of its own, dropped afterwards; skips when {@code AMNOK_PG_URL} is unset or
 * the server does not answer (CI sets it; see .ci/run).
 */
class PostgresTest {
    private static String pgUrl() {
        String url = System.getenv("AMNOK_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "AMNOK_PG_URL is not set: PostgreSQL web test skipped");
        try (Connection c = DriverManager.getConnection(url)) {
            Assumptions.assumeTrue(c.isValid(5), "PostgreSQL at AMNOK_PG_URL does not answer: test skipped");
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL at AMNOK_PG_URL is unreachable (" + e.getMessage() + "): test skipped");
        }
        return url;
    }

    private static void sql(String url, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void logsInEditsAndAuditsOnPostgresql() throws Exception {
        String url = pgUrl();
        String schema = "web_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql(url, "CREATE SCHEMA " + schema);
        String db = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            try (IncidentStore store = IncidentStore.open(db)) {
                Fixtures.fill(store);
            }
            try (WebServer server = WebServer.start(new WebServer.Settings(db, 0, false, false))) {
                String admin = server.firstRunPassword().orElseThrow();
                server.app().accounts().createUser("editor1", Role.EDITOR, TestServer.PASSWORD);
                assertThat(server.app().accounts().findByPassword("admin", admin)).isPresent();
                Principal editor = server.app().accounts().findByPassword("editor1", TestServer.PASSWORD)
                        .orElseThrow();
                String token = "Bearer " + server.app().accounts().createToken(editor, "pg");
                TestServer.Client c = TestServer.anonymous();
                HttpResponse<String> edit = c.sendJson("PUT", server.url() + "/api/v1/incidents/fx-arrest%230",
                        Json.write(Map.of("place", "Dandong")), "Authorization", token);
                assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
                JsonNode audit = Json.MAPPER.readTree(c.get(server.url() + "/api/v1/audit", "Authorization", token)
                        .body());
                assertThat(audit.get("items").get(0).get("after").asText()).contains("Dandong");
                JsonNode found = Json.MAPPER.readTree(c.get(server.url() + "/api/v1/incidents?q=brokers",
                        "Authorization", token).body());
                assertThat(found.get("total").asInt()).as("English stemming: brokers finds broker").isEqualTo(1);
            }
        } finally {
            sql(url, "DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
