package org.amnok.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amnok.incident.Agent;
import org.amnok.incident.Incident;
import org.amnok.incident.Location;
import org.amnok.incident.Precision;
import org.amnok.incident.Scope;
import org.amnok.store.IncidentQuery;
import org.amnok.store.IncidentStore;
import org.amnok.store.StoredIncident;

/**
 * CSV (RFC 4180) with ACLED's column names where they fit, plus people_min and people_max, one row an incident
 * that no analyst rejected, newest first. Stateless.
 *
 * <p>ACLED's codes: time_precision 1 a day, 2 a week, 3 a month or longer; geo_precision 1 a town or facility, 2 a
 * county or stretch of border, 3 a province or country. event_date is the first day the date can mean.
 */
final class CsvExport {
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "time_precision", "event_type",
            "sub_event_type", "actor1", "location", "admin1", "country", "latitude", "longitude", "geo_precision",
            "source", "notes", "people_min", "people_max");
    private static final Map<String, String> COUNTRIES = Map.of("CN", "China", "KP", "North Korea", "KR",
            "South Korea", "RU", "Russia", "VN", "Vietnam", "LA", "Laos", "TH", "Thailand", "MN", "Mongolia",
            "KH", "Cambodia", "MM", "Myanmar");
    private static final Map<Agent, String> ACTORS = Map.of(Agent.CN_AUTHORITIES, "Chinese authorities",
            Agent.KP_AUTHORITIES, "North Korean authorities", Agent.OTHER, "Other");

    private CsvExport() {
    }

    static void write(IncidentStore store, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS) + "\r\n");
        try {
            store.forEach(IncidentQuery.all(), s -> row(out, s));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void row(Writer out, StoredIncident s) {
        try {
            out.write(String.join(",", cells(s).stream().map(CsvExport::quote).toList()) + "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row's cells, in {@link #COLUMNS} order; empty for unknown. */
    static List<String> cells(StoredIncident s) {
        Incident i = s.incident();
        Location l = i.location();
        LocalDate[] days = org.amnok.time.DateBounds.of(i.date())
                .map(b -> new LocalDate[] {b.first(), b.last()}).orElse(null);
        List<String> c = new ArrayList<>();
        c.add(s.id());
        c.add(days == null ? "" : days[0].toString());
        c.add(timePrecision(i.date().value(), days));
        c.add(i.type().name());
        c.add(i.status().name().toLowerCase(Locale.ROOT) + (i.scope() == Scope.AGGREGATE ? " (aggregate)" : ""));
        c.add(i.agent() == null ? "" : ACTORS.get(i.agent()));
        c.add(text(l.place()));
        c.add(text(l.admin1()));
        c.add(l.country() == null ? "" : COUNTRIES.getOrDefault(l.country(), l.country()));
        c.add(l.lat() == null ? "" : l.lat().toString());
        c.add(l.lon() == null ? "" : l.lon().toString());
        c.add(geoPrecision(l.precision()));
        c.add(text(s.source()));
        c.add(i.evidence().text());
        c.add(i.people().min() == null ? "" : i.people().min().toString());
        c.add(i.people().max() == null ? "" : i.people().max().toString());
        return c;
    }

    private static String timePrecision(String value, LocalDate[] days) {
        if (value == null) {
            return "";
        }
        if (days != null && days[0].equals(days[1])) {
            return "1";
        }
        return value.contains("-W") ? "2" : "3";
    }

    private static String geoPrecision(Precision p) {
        if (p == null) {
            return "";
        }
        return switch (p) {
            case FACILITY, CITY -> "1";
            case COUNTY, BORDER -> "2";
            default -> "3";
        };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** A cell quoted when it holds a comma, quote or line break. */
    static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
