package org.amnok.store;

/** An incident id ("DOC#INDEX") that names no stored incident. */
public final class IncidentNotFoundException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String incidentId;

    public IncidentNotFoundException(String incidentId) {
        super("no stored incident has id '" + incidentId + "'; ids are DOCUMENT#INDEX, as `amnok export` shows them",
                null);
        this.incidentId = incidentId;
    }

    /** The id that was not found. */
    public String incidentId() {
        return incidentId;
    }
}
