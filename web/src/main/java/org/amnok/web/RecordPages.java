package org.amnok.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amnok.store.AuditEntry;
import org.amnok.store.StoredDocument;
import org.amnok.store.StoredIncident;

/** The analysts' record pages: incidents (list, page, review forms), documents, the audit log, the import form. */
final class RecordPages {
    private final App app;

    RecordPages(App app) {
        this.app = app;
    }

    void register(Javalin javalin) {
        javalin.get("/incidents", this::incidents, Role.VIEWER);
        javalin.get("/incidents/{id}", this::incident, Role.VIEWER);
        javalin.post("/incidents/{id}/confirm", ctx -> done(ctx, app.review().confirm(id(ctx), who(ctx))),
                Role.EDITOR);
        javalin.post("/incidents/{id}/reject", ctx -> done(ctx, app.review().reject(id(ctx), who(ctx))), Role.EDITOR);
        javalin.post("/incidents/{id}/edit", this::edit, Role.EDITOR);
        javalin.get("/documents/{id}", this::document, Role.VIEWER);
        javalin.get("/audit", this::audit, Role.VIEWER);
        javalin.get("/import", ctx -> importPage(ctx, null), Role.EDITOR);
        javalin.post("/import", this::upload, Role.EDITOR);
    }

    private static String id(Context ctx) {
        return ctx.pathParam("id");
    }

    private static Principal who(Context ctx) {
        return Security.principal(ctx);
    }

    private void incidents(Context ctx) {
        Filters f = Filters.of(ctx);
        Listings.Page<StoredIncident> page = app.listings().incidents(f);
        Page.render(ctx, "Incidents", Views.filterForm("/incidents", f, true) + Page.table("incidents",
                Views.INCIDENT_HEADERS, page.items().stream().map(Views::incidentRow).toList())
                + Page.pager("/incidents", f, page));
    }

    private void incident(Context ctx) {
        StoredIncident s = app.store().incident(id(ctx));
        Principal p = who(ctx);
        StringBuilder body = new StringBuilder("<p>").append(Views.label(s.state())).append(" · from ")
                .append(Html.link(Views.documentHref(s.documentId()) + "#ev-" + Views.seg(s.id()), s.documentId()))
                .append(" (").append(Html.orDash(s.source())).append(", ").append(Html.orDash(s.published()))
                .append(") · extractor ").append(Html.esc(s.extractorVersion()));
        app.cases().snapshot().findCaseOf(s.id()).ifPresent(c -> body.append(" · case ")
                .append(Html.link(Views.caseHref(c.id()), c.id())));
        body.append("</p><blockquote class=\"evidence\" id=\"evidence\">").append(Html.esc(s.incident().evidence()
                .text())).append("</blockquote><pre class=\"fields\">")
                .append(Html.esc(Json.write(Json.fields(s.incident())))).append("</pre>");
        if (p.role().allows(Role.EDITOR)) {
            body.append("<h2>Review</h2>").append(Views.editForm(s, p.csrf()));
        }
        body.append("<h2>History</h2>").append(auditTable(app.audit().page("incident:" + s.id(), 0, 100)));
        Page.render(ctx, "Incident " + s.id(), body.toString());
    }

    private void edit(Context ctx) {
        Map<String, String> values = new HashMap<>();
        for (String field : IncidentEdit.FIELDS) {
            if (ctx.formParamMap().containsKey(field)) {
                values.put(field, ctx.formParam(field));
            }
        }
        done(ctx, app.review().edit(id(ctx), values, who(ctx)));
    }

    private static void done(Context ctx, StoredIncident changed) {
        ctx.redirect(Views.incidentHref(changed.id()));
    }

    private void document(Context ctx) {
        StoredDocument d = app.store().findDocument(id(ctx)).orElseThrow(() -> WebProblem.notFound("document "
                + id(ctx)));
        List<StoredIncident> incidents = app.store().incidentsOf(d.id());
        List<Highlighter.Mark> marks = incidents.stream().map(i -> new Highlighter.Mark(
                i.incident().evidence().span(), "ev-" + i.id(), "evidence")).toList();
        Page.render(ctx, d.title() == null ? "Document " + d.id() : d.title(), "<p>" + Html.esc(d.id()) + " · "
                + Html.orDash(d.source()) + " · published " + Html.orDash(d.published()) + (d.url() == null ? ""
                : " · " + Html.esc(d.url())) + "</p><div class=\"document\">" + Highlighter.render(d.text(), marks)
                + "</div><h2>Incidents</h2>" + Page.table("incidents", Views.INCIDENT_HEADERS,
                incidents.stream().map(Views::incidentRow).toList()));
    }

    private void audit(Context ctx) {
        Filters f = Filters.of(ctx);
        String entity = ctx.queryParam("entity");
        long total = app.audit().count(entity);
        Listings.Page<AuditEntry> page = new Listings.Page<>(app.audit().page(entity, f.offset(), f.size()), total,
                f.page(), f.size());
        Page.render(ctx, "Audit log", auditTable(page.items()) + Page.pager("/audit", f, page));
    }

    static String auditTable(List<AuditEntry> entries) {
        List<List<String>> rows = new ArrayList<>();
        for (AuditEntry e : entries) {
            String entity = e.entity().startsWith("incident:") ? Html.link(Views.incidentHref(
                    e.entity().substring("incident:".length())), e.entity()) : Html.esc(e.entity());
            rows.add(List.of(Html.esc(e.at()), Html.esc(e.analyst()), entity, "<pre>" + Html.esc(e.beforeJson())
                    + "</pre>", "<pre>" + Html.esc(e.afterJson()) + "</pre>"));
        }
        return Page.table("audit", List.of("when", "who", "what", "before", "after"), rows);
    }

    private void importPage(Context ctx, Importer.Outcome outcome) {
        Principal p = who(ctx);
        StringBuilder body = new StringBuilder();
        if (outcome != null) {
            body.append("<p class=\"notice\" id=\"import-result\">").append(outcome.added()).append(" added, ")
                    .append(outcome.unchanged()).append(" already stored, ").append(outcome.idTaken())
                    .append(" refused; ").append(outcome.incidents()).append(" incidents read.</p><ul>");
            outcome.problems().forEach(x -> body.append("<li>").append(Html.esc(x)).append("</li>"));
            body.append("</ul>");
        }
        body.append("<p>Upload reports as <code>amnok ingest</code> reads them: <code>.jsonl</code> (one document"
                + " a line), <code>.txt</code> (one report, named after the file), <code>.html</code>, RSS/Atom or"
                + " <code>.pdf</code>.</p>"
                + "<form method=\"post\" action=\"/import\" enctype=\"multipart/form-data\">")
                .append(Html.csrfField(p.csrf())).append("<input type=\"file\" name=\"files\" multiple>"
                        + "<button type=\"submit\">Import</button></form>");
        Page.render(ctx, "Import", body.toString());
    }

    private void upload(Context ctx) {
        importPage(ctx, app.importer().importAll(uploads(ctx)));
    }

    static List<Importer.Upload> uploads(Context ctx) {
        List<UploadedFile> files = ctx.uploadedFiles("files");
        if (files.isEmpty()) {
            throw WebProblem.badRequest("no_files", "no file uploaded; choose one or more files in field 'files'");
        }
        return files.stream().map(u -> new Importer.Upload(u.filename(), u.content())).toList();
    }
}
