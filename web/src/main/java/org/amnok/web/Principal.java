package org.amnok.web;

import java.util.Objects;

/**
 * Who makes a request, once authenticated.
 *
 * @param userId database id of the user
 * @param name the user's name, as written in the audit log
 * @param role what the user may do
 * @param csrf the session's CSRF token, or {@code null} when the request came with an API token (no cookie, so no
 *     cross-site forgery to guard against)
 * @param mustChange true while the user's password is one they did not choose: they may only change it
 */
record Principal(long userId, String name, Role role, String csrf, boolean mustChange) {
    Principal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** True when the request was authenticated by a session cookie, so state changes need the CSRF token. */
    boolean bySession() {
        return csrf != null;
    }
}
