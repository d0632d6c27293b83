package org.amnok.store;

/** A JDBC URL for a database other than SQLite or PostgreSQL. */
public final class UnsupportedDatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String database;

    public UnsupportedDatabaseException(String database) {
        super("database " + database + " is not supported; give a file path (SQLite) or a jdbc:postgresql: URL",
                null);
        this.database = database;
    }

    /** The rejected database string, with any password removed. */
    public String database() {
        return database;
    }
}
