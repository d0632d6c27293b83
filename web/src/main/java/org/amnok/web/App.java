package org.amnok.web;

import org.amnok.store.IncidentStore;

/**
 * The parts the routes share, wired once by {@link WebServer}. All thread-safe.
 *
 * @param store the incident database
 * @param accounts users, sessions, tokens
 * @param cases the computed cases
 * @param listings filtered, paged lists
 * @param review analysts' changes
 * @param importer uploads through extraction into the store
 * @param throttle failed-login limits
 * @param audit the audit log, read newest first
 * @param anonymousPublic true when the public pages are open without login
 */
record App(IncidentStore store, Accounts accounts, CaseBook cases, Listings listings, Review review,
           Importer importer, LoginThrottle throttle, AuditLog audit, boolean anonymousPublic) {
}
