package org.amnok.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.amnok.incident.Document;
import org.amnok.incident.Incident;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * The incident database: reports with their full text, the incidents read from them, analysts' decisions and an
 * audit log, on an embedded SQLite file or a PostgreSQL server.
 *
 * <p>Thread-safe: share one store per database; every call runs on a pooled connection of its own. Each write
 * is one transaction, so a killed process leaves each document either wholly stored, with all its incidents, or
 * not at all.
 *
 * <p><b>Cases are computed on read, not stored.</b> Case merging is a deterministic function of the stored
 * incidents and decisions, and fast (it blocks by type and month); a stored copy would go stale on every ingest,
 * re-extraction, edit or decision and need its own invalidation. Callers read {@link #forEach} and
 * {@link #decisions()} and hand them to the case merger; case ids are deterministic, so they are stable between
 * reads as long as the members are.
 *
 * <p>Analysts' work is never overwritten by machines: {@link #reextract} replaces only incidents in state
 * {@link IncidentState#EXTRACTED}, and decisions name incidents by member id, which re-extraction keeps.
 */
public final class IncidentStore implements AutoCloseable {
    /** Where the SQLite file goes when the user names none. */
    public static final String DEFAULT_DB = "./data/amnok.db";
    private static final int POOL_SIZE = 4;
    /** Above this many documents matching a text search, a newest-first page is found faster by walking the order. */
    private static final int FEW_MATCHES = 1_000;

    private final String database;
    private final Dialect dialect;
    private final ConnectionPool pool;
    private final Jdbi jdbi;

    private IncidentStore(String database, Dialect dialect, ConnectionPool pool) {
        this.database = database;
        this.dialect = dialect;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /**
     * Opens {@code db}, creating and migrating it as needed.
     *
     * @param db a file path or {@code jdbc:sqlite:} URL (SQLite: parent folders are created, WAL mode, foreign keys
     *     on), or a {@code jdbc:postgresql:} URL
     * @throws UnsupportedDatabaseException for another JDBC URL
     * @throws StoreUnavailableException when the database cannot be opened, reached or migrated
     */
    public static IncidentStore open(String db) {
        Databases.Opened opened = Databases.open(db);
        return new IncidentStore(Databases.redact(db), opened.dialect(), new ConnectionPool(opened.source(),
                POOL_SIZE));
    }

    /** The database this store was opened on, password removed. */
    public String database() {
        return database;
    }

    /** The id of the stored document with the same normalized text or the same URL as {@code document}. */
    public Optional<String> findStoredId(Document document) {
        return call(h -> findStoredId(h, document));
    }

    /**
     * Stores {@code document} and its {@code incidents} (indexed 0, 1, ... in list order) in one transaction, unless
     * a document with the same normalized text or URL, or the same id, is already stored.
     *
     * @param extractorVersion names the extractor that produced the incidents, for provenance
     * @return what happened; nothing is written unless {@link AddOutcome#ADDED}
     */
    public AddOutcome add(Document document, List<Incident> incidents, String extractorVersion) {
        Instant now = now();
        return call(h -> h.inTransaction(tx -> {
            int inserted = tx.createUpdate("INSERT INTO documents (id, content_hash, url, source, title, published,"
                            + " lang, text, ingested_at) VALUES (:id, :hash, :url, :source, :title, :published, :lang,"
                            + " :text, :at) ON CONFLICT DO NOTHING")
                    .bind("id", document.id()).bind("hash", ContentHash.of(document.text()))
                    .bind("url", document.url()).bind("source", document.source()).bind("title", document.title())
                    .bind("published", document.published() == null ? null : document.published().toString())
                    .bind("lang", document.lang()).bind("text", document.text()).bind("at", now.toString())
                    .execute();
            if (inserted == 0) {
                return findStoredId(tx, document).isPresent() ? AddOutcome.UNCHANGED : AddOutcome.ID_TAKEN;
            }
            insertAll(tx, document.id(), document.source(), 0, incidents, extractorVersion, now);
            return AddOutcome.ADDED;
        }));
    }

    private static Optional<String> findStoredId(Handle h, Document document) {
        return h.createQuery("SELECT id FROM documents WHERE content_hash = :hash OR url = :url")
                .bind("hash", ContentHash.of(document.text())).bind("url", document.url())
                .mapTo(String.class).findFirst();
    }

    private static void insertAll(Handle h, String documentId, String source, int firstIndex,
                                  List<Incident> incidents, String version, Instant now) {
        if (incidents.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(IncidentRows.INSERT);
        for (int i = 0; i < incidents.size(); i++) {
            IncidentRows.Slot slot = new IncidentRows.Slot(documentId, firstIndex + i, source);
            IncidentRows.bind(batch, slot, incidents.get(i), version, IncidentState.EXTRACTED, now).add();
        }
        batch.execute();
    }

    /**
     * Replaces the machine-extracted incidents of a stored document with {@code incidents}, in one transaction.
     * Incidents an analyst confirmed, edited or rejected stay as they are, and a new incident of the same type
     * whose evidence overlaps one of theirs is dropped: the analyst's word stands. A new incident with the type and
     * evidence start of an old extracted one takes its index, so its member id (and any decision naming it) holds.
     *
     * @throws IllegalArgumentException when no document has {@code documentId}
     */
    public Reextraction reextract(String documentId, List<Incident> incidents, String extractorVersion) {
        Instant now = now();
        return call(h -> h.inTransaction(tx -> {
            StoredDocument document = findDocument(tx, documentId).orElseThrow(() -> new IllegalArgumentException(
                    "no stored document has id '" + documentId + "'; ingest it before re-extracting it"));
            List<StoredIncident> old = incidentsOf(tx, documentId);
            tx.createUpdate("DELETE FROM incidents WHERE document_id = :doc AND state = :state")
                    .bind("doc", documentId).bind("state", IncidentState.EXTRACTED.column()).execute();
            Reextractor plan = new Reextractor(old, incidents);
            for (Reextractor.Placed p : plan.placed()) {
                insertAll(tx, documentId, document.source(), p.index(), List.of(p.incident()), extractorVersion, now);
            }
            return plan.outcome();
        }));
    }

    /** Ids of every stored document, in ingestion order. */
    public List<String> documentIds() {
        return call(h -> h.createQuery("SELECT id FROM documents ORDER BY seq").mapTo(String.class).list());
    }

    /** The stored document with this id. */
    public Optional<StoredDocument> findDocument(String documentId) {
        return call(h -> findDocument(h, documentId));
    }

    private static Optional<StoredDocument> findDocument(Handle h, String documentId) {
        return h.createQuery("SELECT * FROM documents WHERE id = :id").bind("id", documentId)
                .map((rs, ctx) -> new StoredDocument(rs.getString("id"), rs.getString("content_hash"),
                        rs.getString("url"), rs.getString("source"), rs.getString("title"),
                        rs.getString("published") == null ? null : LocalDate.parse(rs.getString("published")),
                        rs.getString("lang"), rs.getString("text"), Instant.parse(rs.getString("ingested_at"))))
                .findFirst();
    }

    /** Every incident of a document, whatever its state, by index. */
    public List<StoredIncident> incidentsOf(String documentId) {
        return call(h -> incidentsOf(h, documentId));
    }

    private static List<StoredIncident> incidentsOf(Handle h, String documentId) {
        return h.createQuery(IncidentRows.SELECT + " WHERE i.document_id = :doc ORDER BY i.idx")
                .bind("doc", documentId).map((rs, ctx) -> IncidentRows.map(rs)).list();
    }

    /** The incident with member id {@code id} ("DOC#INDEX"), whatever its state. */
    public Optional<StoredIncident> findIncident(String id) {
        return call(h -> findIncident(h, id));
    }

    private static Optional<StoredIncident> findIncident(Handle h, String id) {
        int hash = id.lastIndexOf('#');
        if (hash < 0 || !id.substring(hash + 1).matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return h.createQuery(IncidentRows.SELECT + " WHERE i.document_id = :doc AND i.idx = :idx")
                .bind("doc", id.substring(0, hash)).bind("idx", Integer.parseInt(id.substring(hash + 1)))
                .map((rs, ctx) -> IncidentRows.map(rs)).findFirst();
    }

    /**
     * The incident with member id {@code id}.
     *
     * @throws IncidentNotFoundException when there is none
     */
    public StoredIncident incident(String id) {
        return findIncident(id).orElseThrow(() -> new IncidentNotFoundException(id));
    }

    /** One page of the incidents that match {@code query}, newest first. */
    public List<StoredIncident> list(IncidentQuery query) {
        return call(h -> {
            QuerySql sql = QuerySql.of(query, dialect, plan(h, query, true));
            return sql.bind(h.createQuery(IncidentRows.SELECT + sql.where() + QuerySql.ORDER
                            + " LIMIT :limit OFFSET :offset"))
                    .bind("limit", query.limit()).bind("offset", query.offset())
                    .map((rs, ctx) -> IncidentRows.map(rs)).list();
        });
    }

    /** What the SQL of {@code query} should know about the data; {@code ordered} when rows come sorted. */
    private QuerySql.Plan plan(Handle h, IncidentQuery query, boolean ordered) {
        int longest = query.from() == null ? 0
                : h.createQuery("SELECT max(span_days) FROM incidents").mapTo(Integer.class).findOne().orElse(0);
        String count = dialect.matchCount("text", FEW_MATCHES + 1);
        boolean drives = !ordered || query.text() == null || count == null
                || h.createQuery(count).bind("text", dialect.textArgument(query.text())).mapTo(Long.class).one()
                <= FEW_MATCHES;
        return new QuerySql.Plan(longest, drives);
    }

    /** How many incidents match {@code query}, paging aside. */
    public long count(IncidentQuery query) {
        Optional<String> totals = QuerySql.totalsColumn(query);
        if (totals.isPresent()) {
            return call(h -> h.createQuery("SELECT " + totals.get() + " FROM incident_totals").mapTo(Long.class).one());
        }
        return call(h -> {
            QuerySql sql = QuerySql.of(query, dialect, plan(h, query, false));
            return sql.bind(h.createQuery("SELECT count(*) FROM incidents i" + sql.where())).mapTo(Long.class).one();
        });
    }

    /**
     * Hands every incident that matches {@code query} to {@code action}, newest first, paging aside, streaming:
     * memory stays flat however many there are. {@code action} runs on the caller's thread.
     */
    public void forEach(IncidentQuery query, Consumer<StoredIncident> action) {
        // PostgreSQL streams with a cursor only inside a transaction. SQLite streams either way, and there a
        // transaction would take the write lock (they begin IMMEDIATE) and hold up an ingest for a whole export.
        HandleCallback<Void, RuntimeException> stream = h -> {
            QuerySql sql = QuerySql.of(query, dialect, plan(h, query, true));
            Query q = sql.bind(h.createQuery(IncidentRows.SELECT + sql.where() + QuerySql.ORDER));
            q.setFetchSize(1_000).map((rs, ctx) -> IncidentRows.map(rs)).forEach(action);
            return null;
        };
        call(h -> dialect == Dialect.POSTGRESQL ? h.inTransaction(stream::withHandle) : stream.withHandle(h));
    }

    /**
     * Sets an incident's analyst state and logs the change.
     *
     * @throws IncidentNotFoundException when no incident has member id {@code id}
     */
    public StoredIncident setState(String id, IncidentState state, String analyst) {
        return change(id, analyst, (tx, before) -> tx.createUpdate("UPDATE incidents SET state = :state,"
                        + " updated_at = :at WHERE document_id = :doc AND idx = :idx")
                .bind("state", state.column()).bind("at", now().toString())
                .bind("doc", before.documentId()).bind("idx", before.index()).execute());
    }

    /**
     * Replaces an incident's fields with an analyst's, sets it {@link IncidentState#EDITED} and logs the change.
     *
     * @throws IncidentNotFoundException when no incident has member id {@code id}
     */
    public StoredIncident edit(String id, Incident edited, String analyst) {
        return change(id, analyst, (tx, before) -> IncidentRows.bind(tx.createUpdate(IncidentRows.UPDATE),
                new IncidentRows.Slot(before.documentId(), before.index(), before.source()), edited, "analyst",
                IncidentState.EDITED, now()).execute());
    }

    private interface Change {
        void apply(Handle tx, StoredIncident before);
    }

    private StoredIncident change(String id, String analyst, Change change) {
        requireAnalyst(analyst);
        return call(h -> h.inTransaction(tx -> {
            StoredIncident before = findIncident(tx, id).orElseThrow(() -> new IncidentNotFoundException(id));
            change.apply(tx, before);
            StoredIncident after = findIncident(tx, id).orElseThrow();
            audit(tx, analyst, "incident:" + id, AuditJson.of(before), AuditJson.of(after));
            return after;
        }));
    }

    /**
     * Stores an analyst's decision that incidents {@code a} and {@code b} describe one event (merge) or two
     * (split), and logs it. Later decisions on the same pair win.
     *
     * @throws IncidentNotFoundException when either id names no stored incident
     */
    public AnalystDecision decide(DecisionKind kind, String a, String b, String analyst) {
        requireAnalyst(analyst);
        if (a.equals(b)) {
            throw new IllegalArgumentException("a decision needs two different incidents, got " + a + " twice");
        }
        Instant at = now();
        return call(h -> h.inTransaction(tx -> {
            for (String id : List.of(a, b)) {
                findIncident(tx, id).orElseThrow(() -> new IncidentNotFoundException(id));
            }
            long id = tx.createUpdate("INSERT INTO decisions (kind, member_a, member_b, analyst, decided_at)"
                            + " VALUES (:kind, :a, :b, :analyst, :at)")
                    .bind("kind", kind.column()).bind("a", a).bind("b", b).bind("analyst", analyst)
                    .bind("at", at.toString()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            AnalystDecision decision = new AnalystDecision(id, kind, a, b, analyst, at);
            audit(tx, analyst, "decision:" + id, null, AuditJson.of(decision));
            return decision;
        }));
    }

    /** Every analyst decision, oldest first. */
    public List<AnalystDecision> decisions() {
        return call(h -> h.createQuery("SELECT * FROM decisions ORDER BY id")
                .map((rs, ctx) -> new AnalystDecision(rs.getLong("id"), DecisionKind.fromColumn(rs.getString("kind")),
                        rs.getString("member_a"), rs.getString("member_b"), rs.getString("analyst"),
                        Instant.parse(rs.getString("decided_at"))))
                .list());
    }

    /**
     * Appends an entry to the audit log, for changes made outside this class (the web app).
     *
     * @param entity {@code KIND:ID}
     */
    public void audit(String analyst, String entity, String beforeJson, String afterJson) {
        requireAnalyst(analyst);
        call(h -> {
            audit(h, analyst, entity, beforeJson, afterJson);
            return null;
        });
    }

    private static void audit(Handle h, String analyst, String entity, String before, String after) {
        h.createUpdate("INSERT INTO audit_log (analyst, at, entity, before_json, after_json)"
                        + " VALUES (:analyst, :at, :entity, :before, :after)")
                .bind("analyst", analyst).bind("at", now().toString()).bind("entity", entity)
                .bind("before", before).bind("after", after).execute();
    }

    /** The audit trail of one entity ({@code KIND:ID}), oldest first. */
    public List<AuditEntry> auditTrail(String entity) {
        return call(h -> h.createQuery("SELECT * FROM audit_log WHERE entity = :entity ORDER BY id")
                .bind("entity", entity)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), rs.getString("analyst"),
                        Instant.parse(rs.getString("at")), rs.getString("entity"), rs.getString("before_json"),
                        rs.getString("after_json")))
                .list());
    }

    /** Row counts of every table. */
    public StoreCounts counts() {
        return call(h -> new StoreCounts(countRows(h, "documents"), countRows(h, "incidents"),
                countRows(h, "decisions"), countRows(h, "audit_log")));
    }

    private static long countRows(Handle h, String table) {
        return h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one();
    }

    private static void requireAnalyst(String analyst) {
        if (analyst == null || analyst.isBlank()) {
            throw new IllegalArgumentException("analyst is blank; name who makes the change");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private <T> T call(HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw new StoreUnavailableException(database, "a statement failed (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Refreshes SQLite's planner statistics where they are stale (PRAGMA optimize, as SQLite advises before closing)
     * and closes the pooled connections; calls after this open fresh ones and leave them to the garbage collector.
     */
    @Override
    public void close() {
        if (dialect == Dialect.SQLITE) {
            call(h -> h.execute("PRAGMA optimize"));
        }
        try {
            pool.close();
        } catch (SQLException e) {
            throw new StoreUnavailableException(database, "closing failed (" + e.getMessage() + ")", e);
        }
    }

    /** How many incidents have no document: always 0 while foreign keys hold; tests check it after a crash. */
    long orphanIncidents() {
        return call(h -> h.createQuery("SELECT count(*) FROM incidents i WHERE NOT EXISTS"
                + " (SELECT 1 FROM documents d WHERE d.id = i.document_id)").mapTo(Long.class).one());
    }
}
