package org.amnok.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.amnok.store.StoreUnavailableException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Users, login sessions and API tokens, in the tables of the store's {@code V2__web_accounts} migration (the
 * store migrates them when it opens the database). Secrets are kept only as fingerprints; passwords as Argon2id.
 * Thread-safe.
 */
final class Accounts {
    /** How long a login lasts. */
    static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    private static final String USER_COLUMNS = "u.id, u.name, u.role, u.must_change";

    /** A user as listed for admins: never the password hash. */
    record User(long id, String name, Role role, Instant createdAt) {
    }

    /** A new session: the cookie value (given out once, stored only as fingerprint) and its CSRF token. */
    record Session(String cookie, String csrf) {
    }

    /** How long a looked-up session or token is trusted without asking the database again. */
    static final Duration CACHE_FOR = Duration.ofSeconds(10);

    /** A looked-up principal and when the lookup stops counting. */
    private record Cached(Optional<Principal> principal, Instant until) {
    }

    private final Jdbi jdbi;
    private final String database;
    // Every request looks its caller up; a short cache spares the database. Deleting a user clears it at once.
    private final java.util.concurrent.ConcurrentHashMap<String, Cached> cache =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Accounts in the tables reached through {@code jdbi}; {@code database} names it in messages. */
    Accounts(Jdbi jdbi, String database) {
        this.jdbi = jdbi;
        this.database = database;
    }

    /**
     * Connections to {@code db}, spelled as for {@code IncidentStore.open} (which must have opened and migrated it
     * first): a file path, a {@code jdbc:sqlite:} or a {@code jdbc:postgresql:} URL.
     */
    static DataSource source(String db) {
        if (db.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(db);
            return pg;
        }
        String path = db.toLowerCase(Locale.ROOT).startsWith("jdbc:sqlite:") ? db.substring("jdbc:sqlite:".length())
                : db;
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + java.nio.file.Path.of(path).toAbsolutePath());
        return source;
    }

    /** How many users exist. */
    long countUsers() {
        return call(h -> h.createQuery("SELECT count(*) FROM web_users").mapTo(Long.class).one());
    }

    /**
     * Creates a user.
     *
     * @throws WebProblem (409) when the name is taken, (400) when name or password will not do
     */
    User createUser(String name, Role role, String password) {
        String clean = name == null ? "" : name.strip();
        if (!clean.matches("[A-Za-z0-9._-]{2,40}")) {
            throw WebProblem.badRequest("bad_name", "user name '" + clean + "' will not do; use 2 to 40 letters,"
                    + " digits, dots, dashes or underscores");
        }
        Passwords.findWeakness(password).ifPresent(w -> {
            throw WebProblem.badRequest("weak_password", w);
        });
        String hash = Passwords.hash(password);
        Instant now = now();
        return call(h -> {
            if (findUserId(h, clean).isPresent()) {
                throw new WebProblem(409, "name_taken", "a user named '" + clean + "' exists; pick another name");
            }
            long id = h.createUpdate("INSERT INTO web_users (name, role, password_hash, created_at)"
                            + " VALUES (:name, :role, :hash, :at)")
                    .bind("name", clean).bind("role", role.column()).bind("hash", hash).bind("at", now.toString())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return new User(id, clean, role, now);
        });
    }

    private static Optional<Long> findUserId(Handle h, String name) {
        return h.createQuery("SELECT id FROM web_users WHERE name = :name").bind("name", name)
                .mapTo(Long.class).findFirst();
    }

    /** Every user, by name. */
    List<User> users() {
        return call(h -> h.createQuery("SELECT id, name, role, created_at FROM web_users ORDER BY name")
                .map((rs, ctx) -> new User(rs.getLong("id"), rs.getString("name"),
                        Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)),
                        Instant.parse(rs.getString("created_at"))))
                .list());
    }

    /** Removes a user with their sessions and tokens; true when there was one. */
    boolean deleteUser(String name) {
        cache.clear();
        return call(h -> h.inTransaction(tx -> {
            Optional<Long> id = findUserId(tx, name);
            id.ifPresent(i -> {
                tx.createUpdate("DELETE FROM web_sessions WHERE user_id = :id").bind("id", i).execute();
                tx.createUpdate("DELETE FROM web_tokens WHERE user_id = :id").bind("id", i).execute();
                tx.createUpdate("DELETE FROM web_users WHERE id = :id").bind("id", i).execute();
            });
            return id.isPresent();
        }));
    }

    /** The user named {@code name} when {@code password} is theirs; as slow when the name is unknown. */
    Optional<Principal> findByPassword(String name, String password) {
        record Row(Principal user, String hash) {
        }
        Optional<Row> row = call(h -> h.createQuery("SELECT " + USER_COLUMNS + ", u.password_hash FROM web_users u"
                        + " WHERE u.name = :name").bind("name", name == null ? "" : name.strip())
                .map((rs, ctx) -> new Row(principal(rs, null), rs.getString("password_hash")))
                .findFirst());
        boolean ok = Passwords.matches(password, row.map(Row::hash).orElse(null));
        return ok ? row.map(Row::user) : Optional.empty();
    }

    /** Opens a session for {@code user}. */
    Session openSession(Principal user) {
        Session session = new Session(Secrets.token(), Secrets.token());
        Instant now = now();
        call(h -> h.createUpdate("INSERT INTO web_sessions (id_hash, user_id, csrf, created_at, expires_at)"
                        + " VALUES (:id, :user, :csrf, :at, :expires)")
                .bind("id", Secrets.fingerprint(session.cookie())).bind("user", user.userId())
                .bind("csrf", session.csrf()).bind("at", now.toString())
                .bind("expires", now.plus(SESSION_LIFETIME).toString()).execute());
        return session;
    }

    /** The user of an unexpired session cookie, with the session's CSRF token. */
    Optional<Principal> findBySession(String cookie) {
        if (cookie == null || cookie.isBlank()) {
            return Optional.empty();
        }
        return cached("s:" + Secrets.fingerprint(cookie), () -> sessionUser(cookie));
    }

    private Optional<Principal> cached(String key, java.util.function.Supplier<Optional<Principal>> lookup) {
        Instant now = Instant.now();
        Cached hit = cache.get(key);
        if (hit != null && now.isBefore(hit.until())) {
            return hit.principal();
        }
        if (cache.size() > 10_000) {
            cache.clear();
        }
        Optional<Principal> found = lookup.get();
        cache.put(key, new Cached(found, now.plus(CACHE_FOR)));
        return found;
    }

    private Optional<Principal> sessionUser(String cookie) {
        return call(h -> h.createQuery("SELECT " + USER_COLUMNS + ", s.csrf FROM web_sessions s"
                        + " JOIN web_users u ON u.id = s.user_id WHERE s.id_hash = :id AND s.expires_at > :now")
                .bind("id", Secrets.fingerprint(cookie)).bind("now", now().toString())
                .map((rs, ctx) -> principal(rs, rs.getString("csrf")))
                .findFirst());
    }

    /** Ends a session; unknown cookies are ignored. Also sweeps expired sessions. */
    void closeSession(String cookie) {
        cache.clear();
        call(h -> h.createUpdate("DELETE FROM web_sessions WHERE id_hash = :id OR expires_at <= :now")
                .bind("id", cookie == null ? "" : Secrets.fingerprint(cookie)).bind("now", now().toString())
                .execute());
    }

    /** Creates an API token for {@code user}; the value is returned once and stored only as fingerprint. */
    String createToken(Principal user, String label) {
        String token = "amk_" + Secrets.token();
        call(h -> h.createUpdate("INSERT INTO web_tokens (token_hash, user_id, label, created_at)"
                        + " VALUES (:hash, :user, :label, :at)")
                .bind("hash", Secrets.fingerprint(token)).bind("user", user.userId())
                .bind("label", label == null || label.isBlank() ? "token" : label.strip())
                .bind("at", now().toString()).execute());
        return token;
    }

    /** The user of an API token. */
    Optional<Principal> findByToken(String token) {
        if (token == null || !token.startsWith("amk_")) {
            return Optional.empty();
        }
        return cached("t:" + Secrets.fingerprint(token), () -> tokenUser(token));
    }

    private Optional<Principal> tokenUser(String token) {
        return call(h -> h.createQuery("SELECT " + USER_COLUMNS + " FROM web_tokens t"
                        + " JOIN web_users u ON u.id = t.user_id WHERE t.token_hash = :hash")
                .bind("hash", Secrets.fingerprint(token))
                .map((rs, ctx) -> principal(rs, null))
                .findFirst());
    }

    private static Principal principal(java.sql.ResultSet rs, String csrf) throws java.sql.SQLException {
        return new Principal(rs.getLong("id"), rs.getString("name"),
                Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)), csrf, rs.getInt("must_change") != 0);
    }

    /**
     * Sets a new password for {@code user}, who must give the current one; the new one counts as chosen.
     *
     * @throws WebProblem (403) for a wrong current password, (400) for a weak or unchanged new one
     */
    void changePassword(Principal user, String current, String next) {
        if (findByPassword(user.name(), current).isEmpty()) {
            throw new WebProblem(403, "wrong_password", "the current password is wrong; type it again");
        }
        Passwords.findWeakness(next).ifPresent(w -> {
            throw WebProblem.badRequest("weak_password", w);
        });
        if (next.equals(current)) {
            throw WebProblem.badRequest("same_password", "the new password is the old one; choose another");
        }
        String hash = Passwords.hash(next);
        cache.clear();
        call(h -> h.createUpdate("UPDATE web_users SET password_hash = :hash, must_change = 0 WHERE id = :id")
                .bind("hash", hash).bind("id", user.userId()).execute());
    }

    /** Marks a user's password as one they did not choose: until they change it, they may do nothing else. */
    void requireChange(String name) {
        cache.clear();
        call(h -> h.createUpdate("UPDATE web_users SET must_change = 1 WHERE name = :name").bind("name", name)
                .execute());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private <T> T call(HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw new StoreUnavailableException(database, "an account statement failed (" + e.getMessage() + ")", e);
        }
    }
}
