package org.amnok.web;

import io.javalin.security.RouteRole;
import java.util.Locale;

/**
 * What a user may do. Each role includes the ones below it: an admin may do all an editor may, an editor all a
 * viewer may.
 */
enum Role implements RouteRole {
    /** Reads everything analysts see: cases, incidents, documents, evidence, the audit log. */
    VIEWER,
    /** Also confirms, edits and rejects incidents, merges and splits cases, imports reports. */
    EDITOR,
    /** Also manages users. */
    ADMIN;

    /** True when a user with this role may use a route that needs {@code needed}. */
    boolean allows(Role needed) {
        return compareTo(needed) >= 0;
    }

    /** The database and form spelling, lower case. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role spelled {@code s} in any case. */
    static java.util.Optional<Role> find(String s) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
