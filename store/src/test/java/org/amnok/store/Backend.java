package org.amnok.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases every store test runs on: SQLite in a temporary file, and PostgreSQL from the environment variable
 * {@code AMNOK_PG_URL} in a schema of its own that is dropped afterwards. PostgreSQL cases skip, saying why, when
 * the variable is unset or the server is unreachable.
 */
enum Backend {
    SQLITE, POSTGRESQL;

    static final String PG_ENV = "AMNOK_PG_URL";

    /** Both backends, for {@code @MethodSource}. */
    static Stream<Backend> all() {
        return Stream.of(values());
    }

    /** A database string for a fresh, empty database; skips the test when this backend is not available. */
    TestDb create(Path tempDir) {
        if (this == SQLITE) {
            return new TestDb(tempDir.resolve("amnok-" + UUID.randomUUID() + ".db").toString(), () -> { });
        }
        String url = pgUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        sql(url, "CREATE SCHEMA " + schema);
        String scoped = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDb(scoped, () -> sql(url, "DROP SCHEMA " + schema + " CASCADE"));
    }

    /** The PostgreSQL URL from the environment; skips the test when it is unset or the server does not answer. */
    static String pgUrl() {
        String url = System.getenv(PG_ENV);
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                PG_ENV + " is not set: PostgreSQL cases skipped (CI sets it; see .ci/run)");
        try (Connection c = DriverManager.getConnection(url)) {
            Assumptions.assumeTrue(c.isValid(5), "PostgreSQL at " + PG_ENV + " does not answer: cases skipped");
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL at " + PG_ENV + " is unreachable (" + e.getMessage() + "): cases skipped");
        }
        return url;
    }

    private static void sql(String url, String statement) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("test database setup failed: " + statement, e);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A fresh database for one test: its string, and how to throw it away. */
    record TestDb(String db, Runnable cleanup) implements AutoCloseable {
        IncidentStore open() {
            return IncidentStore.open(db);
        }

        @Override
        public void close() {
            cleanup.run();
        }
    }
}
