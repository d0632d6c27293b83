package org.amnok.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.amnok.store.IncidentNotFoundException;
import org.amnok.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that maps exceptions to HTTP statuses. Under {@code /api} the body is always
 * {@code {"error": {"code": ..., "message": ...}}}; elsewhere an HTML page, or a redirect to the login page when a
 * page needs a login. Unexpected exceptions become a 500 whose message reveals nothing; they are logged.
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    static void register(Javalin app) {
        app.exception(WebProblem.class, (e, ctx) -> {
            if (e.code().equals(Security.PASSWORD_CHANGE_REQUIRED) && !ctx.path().startsWith("/api/")) {
                ctx.redirect("/account");
            } else {
                respond(ctx, e.status(), e.code(), e.getMessage());
            }
        });
        app.exception(IncidentNotFoundException.class, (e, ctx) -> respond(ctx, 404, "not_found", e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> respond(ctx, 400, "bad_request", e.getMessage()));
        app.exception(StoreUnavailableException.class, (e, ctx) -> {
            LOG.error("store unavailable", e);
            respond(ctx, 503, "unavailable", "the database is unavailable; try again, or ask the operator");
        });
        app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), code(e.getStatus()),
                e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on " + ctx.method() + " " + ctx.path(), e);
            respond(ctx, 500, "internal", "something failed on the server; the operator's log has the details");
        });
        app.error(404, ctx -> {
            if (ctx.resultInputStream() == null) {
                respond(ctx, 404, "not_found", "nothing at " + ctx.method() + " " + ctx.path()
                        + "; see /api/v1/openapi.json for the API");
            }
        });
        app.error(405, ctx -> {
            if (ctx.resultInputStream() == null) {
                respond(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path());
            }
        });
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 429 -> "rate_limited";
            default -> status >= 500 ? "internal" : "error";
        };
    }

    /** Writes an error response in the request's form (JSON for the API, HTML otherwise). */
    static void respond(Context ctx, int status, String code, String message) {
        if (ctx.path().startsWith("/api/")) {
            ctx.status(status).contentType("application/json").result(Json.write(Json.error(code, message)));
        } else if (status == 401 && ctx.method().name().equals("GET")) {
            ctx.redirect("/login?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
        } else {
            ctx.status(status);
            Page.render(ctx, "Error " + status, "<p class=\"error\">" + Html.esc(message) + "</p>");
        }
    }
}
