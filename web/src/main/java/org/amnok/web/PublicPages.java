package org.amnok.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.List;
import java.util.Map;

/**
 * The public view: aggregates only (see {@link PublicView}), as a page at {@code /public} and as JSON at
 * {@code /api/v1/public/stats}. Open to anyone in public mode or with anonymous access; otherwise to viewers.
 */
final class PublicPages {
    private final App app;

    PublicPages(App app) {
        this.app = app;
    }

    void register(Javalin javalin, boolean open) {
        RouteRole[] roles = open ? new RouteRole[0] : new RouteRole[] {Role.VIEWER};
        javalin.get("/public", this::page, roles);
        javalin.get("/api/v1/public/stats", ctx -> Api.json(ctx, stats()), roles);
    }

    /** Everything the public may see, in one object. */
    Map<String, Object> stats() {
        List<CaseFile> cases = app.cases().snapshot().cases();
        return Json.object("note", "Counts are cases (one real event each, however many reports tell it); counts of"
                + " 1 or 2 read '" + PublicView.FEWER + "'; places are no finer than a city.",
                "totals", PublicView.totals(cases), "byYear", PublicView.byYear(cases),
                "places", PublicView.byPlace(cases));
    }

    private void page(Context ctx) {
        List<CaseFile> cases = app.cases().snapshot().cases();
        Map<String, Object> totals = PublicView.totals(cases);
        List<List<String>> rows = totals.entrySet().stream().map(e -> List.of(Views.label(
                org.amnok.incident.IncidentType.valueOf(e.getKey())), Html.esc(e.getValue()))).toList();
        List<Map<String, Object>> places = PublicView.byPlace(cases);
        List<List<String>> placeRows = places.stream().map(p -> List.of(Html.esc(p.get("place")),
                Html.orDash(p.get("admin1")), Html.orDash(p.get("country")), Html.esc(p.get("cases")))).toList();
        Page.render(ctx, "Cases of North Koreans caught, held and returned in China", "<p>Aggregates only: counts"
                + " of 1 or 2 read “" + PublicView.FEWER + "”, places are no finer than a city, and no report text"
                + " is shown.</p><h2>Cases by type and year</h2><div class=\"chart\" id=\"chart\" data-series=\""
                + Html.esc(Json.write(PublicView.byYear(cases))) + "\"></div><h2>Totals</h2>"
                + Page.table("totals", List.of("type", "cases"), rows) + "<h2>Map</h2>"
                + CasePages.mapDiv(places) + "<h2>Places</h2>"
                + Page.table("places", List.of("place", "province", "country", "cases"), placeRows));
    }
}
