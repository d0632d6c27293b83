package org.amnok.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Keeps up to {@code maxIdle} connections open between uses, so each store call does not pay for a new
 * connection (a TCP handshake and login on PostgreSQL, pragmas on SQLite). Thread-safe.
 *
 * <p>A connection comes back to the pool only in auto-commit mode, as Jdbi leaves it after a transaction ends;
 * anything else is closed, so no half-open transaction is ever handed out again.
 */
final class ConnectionPool implements ConnectionFactory, AutoCloseable {
    private final DataSource source;
    private final int maxIdle;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    ConnectionPool(DataSource source, int maxIdle) {
        this.source = source;
        this.maxIdle = maxIdle;
    }

    @Override
    public Connection openConnection() throws SQLException {
        Connection pooled = idle.pollFirst();
        return pooled != null ? pooled : source.getConnection();
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        if (closed.get() || connection.isClosed() || !connection.getAutoCommit() || idle.size() >= maxIdle) {
            connection.close();
        } else {
            idle.offerFirst(connection);
        }
    }

    @Override
    public void close() throws SQLException {
        closed.set(true);
        for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
            c.close();
        }
    }
}
