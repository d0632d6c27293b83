package org.amnok.web;

import java.time.Instant;
import java.util.List;
import org.amnok.store.AuditEntry;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads the store's audit log newest first, a page at a time, optionally for one entity. The store writes it; this
 * only reads (the store's API reads one entity's trail, oldest first). Thread-safe.
 */
final class AuditLog {
    private final Jdbi jdbi;

    AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One page of entries, newest first; {@code entity} ({@code KIND:ID}) narrows when not {@code null}. */
    List<AuditEntry> page(String entity, long offset, int limit) {
        return jdbi.withHandle(h -> narrow(h.createQuery("SELECT * FROM audit_log" + where(entity)
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset"), entity)
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), rs.getString("analyst"),
                        Instant.parse(rs.getString("at")), rs.getString("entity"), rs.getString("before_json"),
                        rs.getString("after_json")))
                .list());
    }

    /** How many entries there are, for {@code entity} when not {@code null}. */
    long count(String entity) {
        return jdbi.withHandle(h -> narrow(h.createQuery("SELECT count(*) FROM audit_log" + where(entity)), entity)
                .mapTo(Long.class).one());
    }

    private static String where(String entity) {
        return entity == null ? "" : " WHERE entity = :entity";
    }

    private static Query narrow(Query q, String entity) {
        return entity == null ? q : q.bind("entity", entity);
    }
}
