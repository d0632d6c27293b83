package org.amnok.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amnok.store.AuditEntry;
import org.amnok.store.StoredDocument;

/**
 * The REST API under {@code /api/v1}, described by {@code /api/v1/openapi.json}. JSON in and out; lists are paged
 * ({@code page}, {@code size}) and answer {@code {"items", "page", "size", "total", "pages"}}; errors answer
 * {@code {"error": {"code", "message"}}} (see {@link Errors}).
 */
final class Api {
    static final String BASE = "/api/v1";
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final App app;
    private final String openApi;

    Api(App app) {
        this.app = app;
        this.openApi = resource("/web/openapi.json");
    }

    /** Registers the API; in public mode only its description (the public stats are {@link PublicPages}'). */
    void register(Javalin j, boolean publicMode) {
        j.get(BASE + "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        if (!publicMode) {
            registerAnalysts(j);
        }
    }

    private void registerAnalysts(Javalin j) {
        j.get(BASE + "/me", ctx -> json(ctx, Json.object("name", who(ctx).name(), "role", who(ctx).role().column())),
                Role.VIEWER);
        j.get(BASE + "/incidents", ctx -> json(ctx, Json.page(app.listings().incidents(Filters.of(ctx)),
                Json::incident)), Role.VIEWER);
        j.get(BASE + "/incidents/{id}", ctx -> json(ctx, Json.incident(app.store().incident(id(ctx)))), Role.VIEWER);
        j.post(BASE + "/incidents/{id}/confirm", ctx -> json(ctx, Json.incident(app.review().confirm(id(ctx),
                who(ctx)))), Role.EDITOR);
        j.post(BASE + "/incidents/{id}/reject", ctx -> json(ctx, Json.incident(app.review().reject(id(ctx),
                who(ctx)))), Role.EDITOR);
        j.put(BASE + "/incidents/{id}", ctx -> json(ctx, Json.incident(app.review().edit(id(ctx), strings(ctx),
                who(ctx)))), Role.EDITOR);
        j.get(BASE + "/cases", ctx -> json(ctx, Json.page(app.listings().cases(Filters.of(ctx)),
                c -> Json.caseFile(c, false))), Role.VIEWER);
        j.get(BASE + "/cases/{id}", ctx -> json(ctx, Json.caseFile(app.cases().snapshot().findCase(id(ctx))
                .orElseThrow(() -> WebProblem.notFound("case " + id(ctx))), true)), Role.VIEWER);
        j.post(BASE + "/cases/merge", this::merge, Role.EDITOR);
        j.post(BASE + "/cases/split", this::split, Role.EDITOR);
        j.get(BASE + "/documents/{id}", ctx -> json(ctx, Json.document(document(id(ctx)))), Role.VIEWER);
        j.get(BASE + "/at-risk", ctx -> json(ctx, Json.page(atRisk(Filters.of(ctx)), c -> Json.caseFile(c, false))),
                Role.VIEWER);
        j.get(BASE + "/stats", ctx -> json(ctx, app.cases().snapshot().byMonth().json()), Role.VIEWER);
        j.get(BASE + "/audit", this::audit, Role.VIEWER);
        j.post(BASE + "/import", ctx -> json(ctx, app.importer().importAll(RecordPages.uploads(ctx))), Role.EDITOR);
        j.post(BASE + "/tokens", ctx -> json(ctx.status(201), Json.object("token", app.accounts().createToken(
                who(ctx), (String) body(ctx).get("label")))), Role.VIEWER);
        j.get(BASE + "/users", ctx -> json(ctx, app.accounts().users().stream().map(u -> Json.object("name", u.name(),
                "role", u.role().column(), "createdAt", u.createdAt().toString())).toList()), Role.ADMIN);
        j.post(BASE + "/users", this::createUser, Role.ADMIN);
        j.delete(BASE + "/users/{name}", this::deleteUser, Role.ADMIN);
    }

    static void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(Json.write(value));
    }

    private static String id(Context ctx) {
        return ctx.pathParam("id");
    }

    private static Principal who(Context ctx) {
        return Security.principal(ctx);
    }

    private StoredDocument document(String id) {
        return app.store().findDocument(id).orElseThrow(() -> WebProblem.notFound("document " + id));
    }

    private Listings.Page<CaseFile> atRisk(Filters f) {
        List<CaseFile> all = app.cases().snapshot().atRisk();
        int from = (int) Math.min(all.size(), f.offset());
        return new Listings.Page<>(all.subList(from, Math.min(all.size(), from + f.size())), all.size(), f.page(),
                f.size());
    }

    private void merge(Context ctx) {
        Map<String, Object> body = body(ctx);
        String a = field(body, "a");
        app.review().merge(a, field(body, "b"), who(ctx));
        json(ctx, Json.caseFile(app.cases().snapshot().findCaseOf(a).orElseThrow(), false));
    }

    private void split(Context ctx) {
        String member = field(body(ctx), "member");
        app.review().split(member, who(ctx));
        json(ctx, Json.caseFile(app.cases().snapshot().findCaseOf(member).orElseThrow(), false));
    }

    private void audit(Context ctx) {
        Filters f = Filters.of(ctx);
        String entity = ctx.queryParam("entity");
        Listings.Page<AuditEntry> page = new Listings.Page<>(app.audit().page(entity, f.offset(), f.size()),
                app.audit().count(entity), f.page(), f.size());
        json(ctx, Json.page(page, Json::audit));
    }

    private void createUser(Context ctx) {
        Map<String, Object> body = body(ctx);
        Role role = Role.find(field(body, "role")).orElseThrow(() -> WebProblem.badRequest("bad_role",
                "role must be one of admin, editor, viewer"));
        Accounts.User u = app.accounts().createUser(field(body, "name"), role, field(body, "password"));
        app.accounts().requireChange(u.name());
        app.store().audit(who(ctx).name(), "user:" + u.name(), null, Json.write(Json.object("name", u.name(),
                "role", u.role().column())));
        json(ctx.status(201), Json.object("name", u.name(), "role", u.role().column()));
    }

    private void deleteUser(Context ctx) {
        String name = ctx.pathParam("name");
        if (name.equals(who(ctx).name())) {
            throw WebProblem.badRequest("self", "you cannot delete yourself; ask another admin");
        }
        if (!app.accounts().deleteUser(name)) {
            throw WebProblem.notFound("user " + name);
        }
        app.store().audit(who(ctx).name(), "user:" + name, Json.write(Json.object("name", name)), null);
        ctx.status(204);
    }

    /** The request's JSON object; anything else is a 400. */
    static Map<String, Object> body(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> m = Json.MAPPER.readValue(text, OBJECT);
            return m == null ? Map.of() : m;
        } catch (JsonProcessingException e) {
            throw WebProblem.badRequest("bad_json", "the request body is not a JSON object ("
                    + e.getOriginalMessage() + ")");
        }
    }

    private static String field(Map<String, Object> body, String name) {
        Object v = body.get(name);
        if (!(v instanceof String s) || s.isBlank()) {
            throw WebProblem.badRequest("missing", "JSON field '" + name + "' is required, as a string");
        }
        return s.strip();
    }

    /** A flat JSON object of incident fields as strings (numbers and booleans written out, null as blank). */
    private static Map<String, String> strings(Context ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        body(ctx).forEach((k, v) -> {
            if (v instanceof Map || v instanceof List) {
                throw WebProblem.badRequest("bad_field", "field '" + k + "' must be a string, number, boolean or"
                        + " null; the fields are " + IncidentEdit.FIELDS);
            }
            if (!IncidentEdit.FIELDS.contains(k)) {
                throw WebProblem.badRequest("bad_field", "unknown field '" + k + "'; the fields are "
                        + IncidentEdit.FIELDS);
            }
            out.put(k, v == null ? "" : v.toString());
        });
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = Api.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new org.amnok.incident.ResourceMissingException(path, null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " from the jar", e);
        }
    }
}
