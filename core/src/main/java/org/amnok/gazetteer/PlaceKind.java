package org.amnok.gazetteer;

import org.amnok.incident.Precision;

/** What sort of place a {@link Place} is; fixes how precisely an incident located there is known. */
public enum PlaceKind {
    COUNTRY, PROVINCE, CITY, COUNTY, RIVER, BRIDGE, PORT, DAM, CUSTOMS, FACILITY, BORDER;

    /**
     * The spec's precision for a location at a place of this kind: a river or the frontier is a stretch of
     * {@code border}; bridges, ports, dams, customs posts and detention sites are {@code facility}.
     */
    public Precision precision() {
        return switch (this) {
            case COUNTRY -> Precision.COUNTRY;
            case PROVINCE -> Precision.PROVINCE;
            case CITY -> Precision.CITY;
            case COUNTY -> Precision.COUNTY;
            case RIVER, BORDER -> Precision.BORDER;
            case BRIDGE, PORT, DAM, CUSTOMS, FACILITY -> Precision.FACILITY;
        };
    }
}
