package org.amnok.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.amnok.incident.Agent;
import org.amnok.incident.DatePart;
import org.amnok.incident.Group;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.People;
import org.amnok.incident.Precision;
import org.amnok.incident.Scope;
import org.amnok.incident.Status;
import org.amnok.store.IncidentState;
import org.amnok.store.StoredIncident;

/** HTML fragments shared by the analyst pages; every value escaped through {@link Html#esc}. Stateless. */
final class Views {
    private Views() {
    }

    /** A path segment for an id (member ids hold '#'): URL-encoded. */
    static String seg(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String incidentHref(String id) {
        return "/incidents/" + seg(id);
    }

    static String caseHref(String id) {
        return "/cases/" + seg(id);
    }

    static String documentHref(String id) {
        return "/documents/" + seg(id);
    }

    /** "4", "31 or more", "5 to 6", "about 20", or a dash. */
    static String people(Integer min, Integer max, boolean approx) {
        String n;
        if (min == null && max == null) {
            return "&mdash;";
        } else if (max == null) {
            n = min + " or more";
        } else if (min == null || min.equals(max)) {
            n = Integer.toString(max);
        } else {
            n = min + " to " + max;
        }
        return Html.esc((approx ? "about " : "") + n);
    }

    static String people(People p) {
        return people(p.min(), p.max(), p.approx());
    }

    /** "Shenyang, Liaoning, CN (city)" or a dash. */
    static String place(Location l) {
        if (l.place() == null) {
            return "&mdash;";
        }
        StringBuilder s = new StringBuilder(l.place());
        if (l.admin1() != null && !l.admin1().equals(l.place())) {
            s.append(", ").append(l.admin1());
        }
        if (l.country() != null) {
            s.append(", ").append(l.country());
        }
        if (l.precision() != null) {
            s.append(" (").append(l.precision().json()).append(')');
        }
        return Html.esc(s);
    }

    static String label(Enum<?> e) {
        return e == null ? "&mdash;" : "<span class=\"tag " + Html.esc(e.name().toLowerCase(Locale.ROOT)) + "\">"
                + Html.esc(e.name()) + "</span>";
    }

    /** The filter form of a list page; {@code incidents} adds the analyst-state filter. */
    static String filterForm(String action, Filters f, boolean incidents) {
        StringBuilder s = new StringBuilder("<form method=\"get\" action=\"" + Html.esc(action)
                + "\" class=\"filters\" id=\"filters\">");
        s.append(select("type", IncidentType.values(), f.types().stream().findFirst().orElse(null)));
        s.append(select("status", Status.values(), f.statuses().stream().findFirst().orElse(null)));
        s.append(select("group", Group.values(), f.group()));
        s.append(select("agent", Agent.values(), f.agent()));
        if (incidents) {
            s.append(select("state", IncidentState.values(), f.states().size() == 1 ? f.states().iterator().next()
                    : null));
        }
        s.append(input("from", "date", f.from())).append(input("to", "date", f.to()));
        s.append(input("place", "text", f.place())).append(input("province", "text", f.province()))
                .append(input("source", "text", f.source()));
        s.append(input("q", "search", f.text()));
        s.append("<label>sort <select name=\"sort\">");
        for (String sort : incidents ? List.of("newest", "oldest") : Filters.SORTS) {
            s.append("<option").append(sort.equals(f.sort()) ? " selected" : "").append('>').append(Html.esc(sort))
                    .append("</option>");
        }
        return s.append("</select></label><button type=\"submit\">Filter</button></form>").toString();
    }

    static <E extends Enum<E>> String select(String name, E[] values, E selected) {
        StringBuilder s = new StringBuilder("<label>" + Html.esc(name) + " <select name=\"" + Html.esc(name)
                + "\"><option value=\"\">any</option>");
        for (E v : values) {
            s.append("<option").append(v == selected ? " selected" : "").append('>').append(Html.esc(v.name()))
                    .append("</option>");
        }
        return s.append("</select></label>").toString();
    }

    static String input(String name, String type, Object value) {
        return "<label>" + Html.esc(name) + " <input type=\"" + Html.esc(type) + "\" name=\"" + Html.esc(name)
                + "\" value=\"" + Html.esc(value) + "\"></label>";
    }

    /** A row of the incidents table. */
    static List<String> incidentRow(StoredIncident s) {
        Incident i = s.incident();
        return List.of(Html.link(incidentHref(s.id()), s.id()), label(i.type()), label(i.status()),
                people(i.people()), Html.orDash(i.date().value()), place(i.location()), Html.orDash(s.source()),
                label(s.state()));
    }

    static final List<String> INCIDENT_HEADERS = List.of("id", "type", "status", "people", "date", "place",
            "source", "state");

    /** A row of the cases table. */
    static List<String> caseRow(CaseFile c) {
        return List.of(Html.link(caseHref(c.id()), c.id()), label(c.type()), label(c.status()),
                people(c.peopleLow(), c.peopleHigh(), false), Html.orDash(c.date()), place(c.location()),
                Html.esc(c.members().size()), Html.esc(String.join(", ", c.sources())),
                c.conflicts().isEmpty() ? "" : "<span class=\"tag conflict\">conflict</span>");
    }

    static final List<String> CASE_HEADERS = List.of("case", "type", "status", "people", "date", "place",
            "reports", "sources", "");

    /** The edit form of an incident, with confirm and reject buttons. */
    static String editForm(StoredIncident s, String csrf) {
        Incident i = s.incident();
        String action = incidentHref(s.id());
        StringBuilder f = new StringBuilder("<div class=\"actions\">");
        for (String verb : List.of("confirm", "reject")) {
            f.append("<form method=\"post\" action=\"").append(Html.esc(action + "/" + verb)).append("\">")
                    .append(Html.csrfField(csrf)).append("<button type=\"submit\" id=\"").append(verb).append("\">")
                    .append(verb).append("</button></form>");
        }
        f.append("</div><form method=\"post\" action=\"").append(Html.esc(action + "/edit"))
                .append("\" class=\"edit\" id=\"edit-form\">").append(Html.csrfField(csrf));
        f.append(select("type", IncidentType.values(), i.type())).append(select("status", Status.values(), i.status()))
                .append(select("scope", Scope.values(), i.scope()));
        People p = i.people();
        f.append(input("people_min", "number", p.min())).append(input("people_max", "number", p.max()))
                .append("<label>people_approx <input type=\"checkbox\" name=\"people_approx\" value=\"true\"")
                .append(p.approx() ? " checked" : "").append("></label><input type=\"hidden\" name=\"people_approx\""
                        + " value=\"false\">")
                .append(input("female", "number", p.female())).append(input("male", "number", p.male()))
                .append(input("minors", "number", p.minors()));
        f.append(select("group", Group.values(), i.group())).append(select("agent", Agent.values(), i.agent()));
        Location l = i.location();
        f.append(input("place", "text", l.place())).append(input("admin1", "text", l.admin1()))
                .append(input("country", "text", l.country()))
                .append(select("precision", Precision.values(), l.precision()))
                .append(input("facility", "text", l.facility())).append(input("lat", "text", l.lat()))
                .append(input("lon", "text", l.lon()));
        f.append(input("date", "text", i.date().value())).append(select("date_part", DatePart.values(),
                i.date().part())).append(input("fatalities", "number", i.fatalities()));
        return f.append("<button type=\"submit\" id=\"save\">Save edit</button></form>").toString();
    }

    /** Unused enum guard: all enum names, for help texts. */
    static String names(Enum<?>[] values) {
        return Html.esc(Arrays.toString(values));
    }
}
