package org.amnok.web;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;

/**
 * Authentication, authorization and CSRF for every matched route, in one place (a before-matched handler), and the
 * security headers of every response. Thread-safe.
 *
 * <p>A route with no roles is open to anyone; otherwise the request needs a user whose role allows one of them,
 * from a session cookie or an API token ({@code Authorization: Bearer amk_...}). A state-changing request
 * (POST, PUT, PATCH, DELETE) that came with a session cookie must carry the session's CSRF token, as form field
 * {@code _csrf} or header {@code X-CSRF-Token}; token requests carry no cookie and need none.
 */
final class Security {
    /** The session cookie: HttpOnly, SameSite=Strict. */
    static final String SESSION_COOKIE = "amnok_session";
    /** A pre-login cookie whose value the login form must echo (double submit), against login CSRF. */
    static final String LOGIN_COOKIE = "amnok_login";
    /** Context attribute: the authenticated {@link Principal}. */
    static final String PRINCIPAL = "amnok.principal";
    /** Context attribute: true when the server runs in public mode. */
    static final String PUBLIC_MODE = "amnok.public";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** The error code while a user must change a password they did not choose. */
    static final String PASSWORD_CHANGE_REQUIRED = "password_change_required";
    /** The routes such a user may use. */
    private static final Set<String> PASSWORD_CHANGE = Set.of("/account", "/account/password", "/logout");
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none';"
            + " base-uri 'none'; form-action 'self'";

    private final Accounts accounts;
    private final boolean publicMode;

    Security(Accounts accounts, boolean publicMode) {
        this.accounts = accounts;
        this.publicMode = publicMode;
    }

    /** In public mode refuses every route with roles; else authenticates and, for routes with roles, authorizes. */
    void before(Context ctx) {
        ctx.attribute(PUBLIC_MODE, publicMode);
        if (publicMode) {
            // Public mode has no logins: a route that needs a role must not exist there, whatever was registered.
            if (!ctx.routeRoles().isEmpty()) {
                throw WebProblem.notFound(ctx.method() + " " + ctx.path());
            }
            return;
        }
        Optional<Principal> user = authenticate(ctx);
        user.ifPresent(p -> ctx.attribute(PRINCIPAL, p));
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) {
            return;
        }
        Principal p = user.orElseThrow(WebProblem::unauthenticated);
        Role needed = roles.stream().map(Role.class::cast).min(Enum::compareTo).orElseThrow();
        if (!p.role().allows(needed)) {
            throw WebProblem.forbidden(needed);
        }
        if (p.mustChange() && !PASSWORD_CHANGE.contains(ctx.endpointHandlerPath())) {
            throw new WebProblem(403, PASSWORD_CHANGE_REQUIRED, "this password was given to you, not chosen: change"
                    + " it on /account first");
        }
        if (STATE_CHANGING.contains(ctx.method().name()) && p.bySession() && !Secrets.same(p.csrf(), csrf(ctx))) {
            throw WebProblem.csrf();
        }
    }

    private static String csrf(Context ctx) {
        String header = ctx.header("X-CSRF-Token");
        return header != null ? header : ctx.formParam("_csrf");
    }

    private Optional<Principal> authenticate(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return accounts.findByToken(auth.substring(7).strip());
        }
        return accounts.findBySession(ctx.cookie(SESSION_COOKIE));
    }

    /** Sets the security headers; runs for every request, static files included. */
    void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }

    /** The request's user, when authenticated. */
    static Optional<Principal> findPrincipal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    /** The request's user; routes with roles always have one. */
    static Principal principal(Context ctx) {
        return findPrincipal(ctx).orElseThrow(WebProblem::unauthenticated);
    }

    /** Sets a cookie the browser keeps from script and from cross-site requests. */
    static void cookie(Context ctx, String name, String value, long maxAgeSeconds) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                + maxAgeSeconds);
    }
}
