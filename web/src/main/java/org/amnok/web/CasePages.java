package org.amnok.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.amnok.store.StoredDocument;
import org.amnok.store.StoredIncident;

/** The analysts' case pages: dashboard, timeline, map, at-risk list, case list, case page with merge and split. */
final class CasePages {
    private final App app;

    CasePages(App app) {
        this.app = app;
    }

    void register(Javalin javalin) {
        javalin.get("/", this::dashboard, Role.VIEWER);
        javalin.get("/timeline", this::timeline, Role.VIEWER);
        javalin.get("/map", this::map, Role.VIEWER);
        javalin.get("/at-risk", this::atRisk, Role.VIEWER);
        javalin.get("/cases", this::cases, Role.VIEWER);
        javalin.get("/cases/{id}", this::caseFile, Role.VIEWER);
        javalin.post("/cases/merge", this::merge, Role.EDITOR);
        javalin.post("/cases/split", this::split, Role.EDITOR);
    }

    private void dashboard(Context ctx) {
        CaseBook.Snapshot s = app.cases().snapshot();
        List<CaseFile> latest = s.cases().stream().filter(c -> c.lastReport() != null)
                .sorted(Comparator.comparing(CaseFile::lastReport).reversed()).limit(10).toList();
        List<CaseFile> risk = s.atRisk().stream().limit(10).toList();
        String chart = "<div class=\"chart\" id=\"chart\" data-series=\"" + Html.esc(Json.write(s.byMonth().json()))
                + "\"></div>";
        Page.render(ctx, "Dashboard", "<p class=\"totals\">" + s.counts().documents() + " reports · "
                + s.counts().incidents() + " incidents · " + s.cases().size() + " cases · "
                + s.atRisk().size() + " at risk</p>"
                + "<h2>Cases by type and month</h2>" + chart
                + "<h2>Latest reports</h2>" + Page.table("cases", Views.CASE_HEADERS,
                        latest.stream().map(Views::caseRow).toList())
                + "<h2>At risk</h2>" + Page.table("cases", Views.CASE_HEADERS,
                        risk.stream().map(Views::caseRow).toList()) + "<p>" + Html.link("/at-risk", "All at risk")
                + "</p>");
    }

    private void timeline(Context ctx) {
        Filters f = Filters.of(ctx);
        // Matching cases keep the snapshot's order, newest first: no sort needed.
        List<CaseFile> cases = app.listings().matching(f).filter(c -> c.firstDay() != null).toList();
        Map<String, List<CaseFile>> byMonth = cases.stream().limit(2_000).collect(Collectors.groupingBy(
                c -> c.firstDay().toString().substring(0, 7), java.util.LinkedHashMap::new, Collectors.toList()));
        StringBuilder body = new StringBuilder(Views.filterForm("/timeline", f, false))
                .append("<ol class=\"timeline\">");
        byMonth.forEach((month, list) -> {
            body.append("<li><h3>").append(Html.esc(month)).append(" <small>").append(list.size())
                    .append(list.size() == 1 ? " case" : " cases").append("</small></h3><ul>");
            list.forEach(c -> body.append("<li>").append(Html.esc(c.date())).append(' ').append(Views.label(c.type()))
                    .append(' ').append(Html.link(Views.caseHref(c.id()), c.id())).append(" · ")
                    .append(Views.people(c.peopleLow(), c.peopleHigh(), false)).append(" · ")
                    .append(Views.place(c.location())).append("</li>"));
            body.append("</ul></li>");
        });
        Page.render(ctx, "Timeline", body.append("</ol>").append(cases.size() > 2_000
                ? "<p>Showing the latest 2000; narrow the filters to see older ones.</p>" : "").toString());
    }

    private void map(Context ctx) {
        Filters f = Filters.of(ctx);
        List<CaseFile> cases = app.listings().matching(f).toList();
        List<Map<String, Object>> places = Stats.byPlace(cases, l -> l).stream().map(p -> Json.object("place",
                p.place(), "admin1", p.admin1(), "country", p.country(), "precision", p.precision() == null ? null
                        : p.precision().json(), "lat", p.lat(), "lon", p.lon(), "cases", p.cases(),
                "href", "/cases?place=" + Views.seg(p.place()))).toList();
        Page.render(ctx, "Map", Views.filterForm("/map", f, false) + mapDiv(places)
                + "<p class=\"legend\">Marker area grows with the number of cases. Solid: a city or finer;"
                + " dashed: a county, border stretch or province; faint: a country.</p>");
    }

    static String mapDiv(List<Map<String, Object>> places) {
        return "<div class=\"map\" id=\"map\" data-basemap=\"/static/vendor/countries-110m.json\" data-places=\""
                + Html.esc(Json.write(places)) + "\"></div>";
    }

    private void atRisk(Context ctx) {
        List<CaseFile> risk = app.cases().snapshot().atRisk().stream()
                .sorted(Comparator.comparing(CaseFile::lastReport, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        List<List<String>> rows = risk.stream().map(c -> {
            List<String> row = new ArrayList<>(Views.caseRow(c));
            row.add(Html.orDash(c.members().stream().map(m -> m.incident().location().facility())
                    .filter(Objects::nonNull).reduce((a, b) -> b).orElse(null)));
            row.add(Html.orDash(c.lastReport()));
            return row;
        }).toList();
        List<String> headers = new ArrayList<>(Views.CASE_HEADERS);
        headers.addAll(List.of("facility", "last report"));
        Page.render(ctx, "At risk", "<p>People last reported arrested, held or facing return, with no report of"
                + " their return, release or escape.</p>" + Page.table("cases", headers, rows));
    }

    private void cases(Context ctx) {
        Filters f = Filters.of(ctx);
        Listings.Page<CaseFile> page = app.listings().cases(f);
        Page.render(ctx, "Cases", Views.filterForm("/cases", f, false) + Page.table("cases", Views.CASE_HEADERS,
                page.items().stream().map(Views::caseRow).toList()) + Page.pager("/cases", f, page));
    }

    private void caseFile(Context ctx) {
        String id = ctx.pathParam("id");
        CaseFile c = app.cases().snapshot().findCase(id).orElseThrow(() -> WebProblem.notFound("case " + id));
        Principal p = Security.principal(ctx);
        StringBuilder body = new StringBuilder(summary(c));
        for (StoredIncident m : c.members()) {
            body.append(member(m, c, p));
        }
        if (p.role().allows(Role.EDITOR)) {
            body.append("<h2>Merge another case into this one</h2><form method=\"post\" action=\"/cases/merge\">")
                    .append(Html.csrfField(p.csrf())).append("<input type=\"hidden\" name=\"a\" value=\"")
                    .append(Html.esc(c.members().get(0).id())).append("\">")
                    .append(Views.input("b", "text", "")).append("<button type=\"submit\">Merge</button>"
                            + " <small>(an incident id or case id of the other case)</small></form>");
        }
        Page.render(ctx, "Case " + c.id(), body.toString());
    }

    private static String summary(CaseFile c) {
        StringBuilder s = new StringBuilder("<dl class=\"summary\">");
        s.append("<dt>type</dt><dd>").append(Views.label(c.type())).append("</dd><dt>status</dt><dd>")
                .append(Views.label(c.status())).append("</dd><dt>scope</dt><dd>").append(Views.label(c.scope()))
                .append("</dd><dt>people</dt><dd>").append(Views.people(c.peopleLow(), c.peopleHigh(), false))
                .append("</dd><dt>date</dt><dd>").append(Html.orDash(c.date())).append("</dd><dt>place</dt><dd>")
                .append(Views.place(c.location())).append("</dd><dt>group</dt><dd>").append(Views.label(c.group()))
                .append("</dd><dt>agent</dt><dd>").append(Views.label(c.agent())).append("</dd><dt>sources</dt><dd>")
                .append(Html.esc(String.join(", ", c.sources()))).append("</dd></dl>");
        if (c.atRisk()) {
            s.append("<p class=\"risk\">At risk: no later report of their return, release or escape.</p>");
        }
        if (!c.joins().isEmpty()) {
            s.append("<h2>Why these reports are one case</h2><ul class=\"joins\">");
            c.joins().forEach(j -> s.append("<li>").append(Html.esc(j)).append("</li>"));
            s.append("</ul>");
        }
        if (!c.conflicts().isEmpty()) {
            s.append("<h2>Conflicts</h2><ul class=\"conflicts\">");
            c.conflicts().forEach(x -> s.append("<li><b>").append(Html.esc(x.field())).append("</b>: ")
                    .append(Html.esc(String.join(" vs ", x.claims()))).append("</li>"));
            s.append("</ul>");
        }
        return s.toString();
    }

    private String member(StoredIncident m, CaseFile c, Principal p) {
        StoredDocument doc = app.store().findDocument(m.documentId()).orElse(null);
        StringBuilder s = new StringBuilder("<section class=\"member\"><h2>")
                .append(Html.link(Views.incidentHref(m.id()), m.id())).append(' ').append(Views.label(m.state()))
                .append("</h2><p>").append(Html.orDash(m.source())).append(" · published ")
                .append(Html.orDash(m.published())).append(" · ").append(Views.label(m.incident().type()))
                .append(' ').append(Views.people(m.incident().people())).append(" · ")
                .append(Html.orDash(m.incident().date().value())).append(" · ")
                .append(Views.place(m.incident().location())).append("</p>");
        if (doc != null) {
            s.append("<div class=\"document\">").append(Highlighter.render(doc.text(), List.of(new Highlighter.Mark(
                    m.incident().evidence().span(), "ev-" + m.id(), "evidence")))).append("</div>");
        }
        if (c.members().size() > 1 && p.role().allows(Role.EDITOR)) {
            s.append("<form method=\"post\" action=\"/cases/split\">").append(Html.csrfField(p.csrf()))
                    .append("<input type=\"hidden\" name=\"member\" value=\"").append(Html.esc(m.id()))
                    .append("\"><button type=\"submit\">Split out of this case</button></form>");
        }
        return s.append("</section>").toString();
    }

    private void merge(Context ctx) {
        String a = required(ctx, "a");
        String b = resolveMember(required(ctx, "b"));
        app.review().merge(a, b, Security.principal(ctx));
        CaseFile merged = app.cases().snapshot().findCaseOf(a).orElseThrow();
        ctx.redirect(Views.caseHref(merged.id()));
    }

    /** A case id names its smallest member; an incident id names itself. */
    private String resolveMember(String idOrCase) {
        return app.cases().snapshot().findCase(idOrCase).map(c -> c.members().get(0).id()).orElse(idOrCase);
    }

    private void split(Context ctx) {
        String member = required(ctx, "member");
        app.review().split(member, Security.principal(ctx));
        ctx.redirect(Views.caseHref(app.cases().snapshot().findCaseOf(member).orElseThrow().id()));
    }

    static String required(Context ctx, String name) {
        String v = ctx.formParam(name);
        if (v == null || v.isBlank()) {
            throw WebProblem.badRequest("missing", "form field '" + name + "' is required");
        }
        return v.strip();
    }
}
