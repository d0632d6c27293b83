package org.amnok.store;

import org.amnok.incident.AmnokException;

/**
 * Root of the store module's unchecked exceptions: broken infrastructure (a database that cannot be opened or
 * migrated) and programmer errors (naming an incident that does not exist). Bad documents are never exceptions:
 * {@link IncidentStore#add} answers them with an {@link AddOutcome}.
 */
public class StoreException extends AmnokException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
