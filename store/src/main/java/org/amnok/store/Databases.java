package org.amnok.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Turns the user's database string into a migrated data source of the right dialect. Stateless. */
final class Databases {
    private static final String SQLITE_URL = "jdbc:sqlite:";
    private static final String POSTGRESQL_URL = "jdbc:postgresql:";
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final int BUSY_TIMEOUT_MS = 30_000;

    private Databases() {
    }

    /** An opened database: its dialect and where connections come from. */
    record Opened(Dialect dialect, DataSource source) {
    }

    /** Opens and migrates {@code db}: a file path or {@code jdbc:sqlite:} URL, or a {@code jdbc:postgresql:} URL. */
    static Opened open(String db) {
        Opened opened = connect(db);
        check(db, opened.source());
        migrate(db, opened);
        return opened;
    }

    /** {@code db} with any password replaced, fit for messages and logs. */
    static String redact(String db) {
        return PASSWORD.matcher(db).replaceAll("$1***");
    }

    private static Opened connect(String db) {
        String lower = db.toLowerCase(Locale.ROOT);
        if (lower.startsWith(POSTGRESQL_URL)) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(db);
            return new Opened(Dialect.POSTGRESQL, pg);
        }
        if (lower.startsWith("jdbc:") && !lower.startsWith(SQLITE_URL)) {
            throw new UnsupportedDatabaseException(redact(db));
        }
        Path file = Path.of(lower.startsWith(SQLITE_URL) ? db.substring(SQLITE_URL.length()) : db);
        createParent(db, file);
        return new Opened(Dialect.SQLITE, sqlite(file));
    }

    private static void createParent(String db, Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreUnavailableException(db, "cannot create folder " + parent + " (" + e.getMessage()
                    + "); pass --db with a path in a writable folder", e);
        }
    }

    private static DataSource sqlite(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        // WAL survives a killed process with every committed transaction intact, and lets readers run during an
        // ingest; NORMAL sync can lose the last commits on power loss, never consistency.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Take the write lock when a transaction begins, not at its first write: two writers then queue on the busy
        // timeout instead of one failing to upgrade its read lock.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(SQLITE_URL + file.toAbsolutePath());
        return source;
    }

    private static void check(String db, DataSource source) {
        try (Connection c = source.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new StoreUnavailableException(redact(db), "cannot connect (" + e.getMessage()
                    + "); check the path or URL, and that the server runs and accepts these credentials", e);
        }
    }

    private static void migrate(String db, Opened opened) {
        try {
            // Through SLF4J, so the application's binding decides whether migrations talk (the CLI's is silent).
            Flyway.configure()
                    .loggers("slf4j")
                    .dataSource(opened.source())
                    .locations(opened.dialect().migrations())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreUnavailableException(redact(db), "cannot bring the schema up to date (" + e.getMessage()
                    + "); was this database written by a newer Amnok?", e);
        }
    }
}
