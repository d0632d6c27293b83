package org.amnok.web;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * The HTML shell around every page: head, navigation for the user's role, the body. Pages load only files from
 * this server ({@code /static}); the Content-Security-Policy set by {@link Security} forbids inline scripts, so
 * data reaches scripts through escaped {@code data-*} attributes. Stateless.
 */
final class Page {
    private Page() {
    }

    /** Writes a full page with {@code body} (already escaped HTML) to {@code ctx}. */
    static void render(Context ctx, String title, String body) {
        ctx.contentType("text/html; charset=utf-8").result(html(ctx, title, body));
    }

    static String html(Context ctx, String title, String body) {
        Optional<Principal> user = Security.findPrincipal(ctx);
        boolean publicMode = Boolean.TRUE.equals(ctx.attribute(Security.PUBLIC_MODE));
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.esc(title) + " · Amnok</title>"
                + "<link rel=\"stylesheet\" href=\"/static/app.css\">"
                + "<link rel=\"stylesheet\" href=\"/webjars/leaflet/1.9.4/dist/leaflet.css\">"
                + "<link rel=\"stylesheet\" href=\"/webjars/uplot/1.6.30/dist/uPlot.min.css\">"
                + "</head><body><header><a class=\"brand\" href=\"/\">Amnok</a>"
                + nav(user, publicMode) + "</header><main><h1>" + Html.esc(title) + "</h1>" + body + "</main>"
                + "<script src=\"/webjars/leaflet/1.9.4/dist/leaflet.js\"></script>"
                + "<script src=\"/webjars/uplot/1.6.30/dist/uPlot.iife.min.js\"></script>"
                + "<script src=\"/static/vendor/topojson-client.min.js\"></script>"
                + "<script src=\"/static/app.js\"></script></body></html>";
    }

    private static String nav(Optional<Principal> user, boolean publicMode) {
        if (publicMode || user.isEmpty()) {
            return "<nav><a href=\"/public\">Overview</a></nav>";
        }
        Principal p = user.get();
        StringBuilder nav = new StringBuilder("<nav>");
        for (String[] item : new String[][] {{"/", "Dashboard"}, {"/timeline", "Timeline"}, {"/map", "Map"},
            {"/cases", "Cases"}, {"/incidents", "Incidents"}, {"/at-risk", "At risk"}, {"/audit", "Audit log"},
            {"/public", "Public view"}}) {
            nav.append(Html.link(item[0], item[1]));
        }
        if (p.role().allows(Role.EDITOR)) {
            nav.append(Html.link("/import", "Import"));
        }
        if (p.role().allows(Role.ADMIN)) {
            nav.append(Html.link("/admin/users", "Users"));
        }
        nav.append(Html.link("/account", p.name() + " (" + p.role().column() + ")"));
        nav.append("<form method=\"post\" action=\"/logout\" class=\"inline\">").append(Html.csrfField(p.csrf()))
                .append("<button type=\"submit\">Log out</button></form></nav>");
        return nav.toString();
    }

    /** A table of {@code rows} (already escaped cells) under escaped {@code headers}. */
    static String table(String cssClass, java.util.List<String> headers, java.util.List<java.util.List<String>> rows) {
        StringBuilder t = new StringBuilder("<table class=\"" + Html.esc(cssClass) + "\"><thead><tr>");
        headers.forEach(h -> t.append("<th>").append(Html.esc(h)).append("</th>"));
        t.append("</tr></thead><tbody>");
        for (java.util.List<String> row : rows) {
            t.append("<tr>");
            row.forEach(cell -> t.append("<td>").append(cell).append("</td>"));
            t.append("</tr>");
        }
        if (rows.isEmpty()) {
            t.append("<tr><td colspan=\"").append(headers.size()).append("\" class=\"empty\">Nothing here.</td></tr>");
        }
        return t.append("</tbody></table>").toString();
    }

    /** Previous/next links for a paged list at {@code path} with {@code filters}. */
    static String pager(String path, Filters filters, Listings.Page<?> page) {
        StringBuilder p = new StringBuilder("<p class=\"pager\">");
        if (page.page() > 1) {
            p.append(Html.link(path + "?" + filters.queryString(page.page() - 1), "← previous")).append(' ');
        }
        p.append("page ").append(page.page()).append(" of ").append(page.pages()).append(" · ")
                .append(page.total()).append(" in all");
        if (page.page() < page.pages()) {
            p.append(' ').append(Html.link(path + "?" + filters.queryString(page.page() + 1), "next →"));
        }
        return p.append("</p>").toString();
    }
}
