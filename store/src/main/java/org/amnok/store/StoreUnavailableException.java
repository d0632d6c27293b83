package org.amnok.store;

/** The database could not be opened, reached, migrated or written: the message says which and why. */
public final class StoreUnavailableException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String database;

    public StoreUnavailableException(String database, String reason, Throwable cause) {
        super("database " + database + " is unavailable: " + reason, cause);
        this.database = database;
    }

    /** The database as given to {@link IncidentStore#open(String)}, with any password removed. */
    public String database() {
        return database;
    }
}
