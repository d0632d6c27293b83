package org.amnok.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.amnok.incident.Agent;
import org.amnok.incident.DatePart;
import org.amnok.incident.DateValue;
import org.amnok.incident.Evidence;
import org.amnok.incident.Group;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.People;
import org.amnok.incident.Precision;
import org.amnok.incident.Scope;
import org.amnok.incident.Span;
import org.amnok.incident.Status;
import org.amnok.time.DateBounds;
import org.jdbi.v3.core.statement.SqlStatement;

/** Incidents to and from rows of the {@code incidents} table. Stateless. */
final class IncidentRows {
    /** Placeholder sort key of undated incidents: sorts before every real date. */
    static final String UNDATED = "0000-00-00";
    /** A sort key above {@link #UNDATED} and below every real date. */
    static final String FIRST_DATE = "0000-01-01";

    static final String INSERT = "INSERT INTO incidents (document_id, idx, type, status, scope, people_min, people_max,"
            + " people_approx, people_female, people_male, people_minors, people_ages, people_group, agent, place,"
            + " admin1, country, location_precision, facility, lat, lon, date_value, date_part, date_from, date_to,"
            + " span_days, sort_date, fatalities, evidence_start, evidence_end, evidence_text, source,"
            + " extractor_version, state, updated_at) VALUES (:document_id, :idx, :type, :status, :scope,"
            + " :people_min, :people_max,"
            + " :people_approx, :people_female, :people_male, :people_minors, :people_ages, :people_group, :agent,"
            + " :place, :admin1, :country, :location_precision, :facility, :lat, :lon, :date_value, :date_part,"
            + " :date_from, :date_to, :span_days, :sort_date, :fatalities, :evidence_start, :evidence_end,"
            + " :evidence_text, :source, :extractor_version, :state, :updated_at)";

    static final String UPDATE = "UPDATE incidents SET type = :type, status = :status, scope = :scope,"
            + " people_min = :people_min, people_max = :people_max, people_approx = :people_approx,"
            + " people_female = :people_female, people_male = :people_male, people_minors = :people_minors,"
            + " people_ages = :people_ages, people_group = :people_group, agent = :agent, place = :place,"
            + " admin1 = :admin1, country = :country, location_precision = :location_precision,"
            + " facility = :facility, lat = :lat, lon = :lon, date_value = :date_value, date_part = :date_part,"
            + " date_from = :date_from, date_to = :date_to, span_days = :span_days, sort_date = :sort_date,"
            + " fatalities = :fatalities,"
            + " evidence_start = :evidence_start, evidence_end = :evidence_end, evidence_text = :evidence_text,"
            + " source = :source, extractor_version = :extractor_version, state = :state, updated_at = :updated_at"
            + " WHERE document_id = :document_id AND idx = :idx";

    /** Columns every incident query selects: the incident's, plus its document's date. */
    static final String SELECT = "SELECT i.*, d.published AS doc_published"
            + " FROM incidents i JOIN documents d ON d.id = i.document_id";

    private IncidentRows() {
    }

    /** Where an incident row goes: its document, its index there, and the document's outlet (or {@code null}). */
    record Slot(String documentId, int index, String source) {
    }

    /** Binds every column of {@link #INSERT} and {@link #UPDATE}; {@code source} is the document's outlet. */
    static <T extends SqlStatement<T>> T bind(T statement, Slot slot, Incident incident, String extractorVersion,
                                              IncidentState state, Instant now) {
        statement.bind("document_id", slot.documentId()).bind("idx", slot.index()).bind("source", slot.source())
                .bind("type", incident.type().name()).bind("status", incident.status().name())
                .bind("scope", incident.scope().name()).bind("fatalities", incident.fatalities())
                .bind("people_group", name(incident.group())).bind("agent", name(incident.agent()))
                .bind("extractor_version", extractorVersion).bind("state", state.column())
                .bind("updated_at", now.toString());
        bindPeople(statement, incident.people());
        bindLocation(statement, incident.location());
        bindDate(statement, incident.date());
        Evidence e = incident.evidence();
        return statement.bind("evidence_start", e.span().start()).bind("evidence_end", e.span().end())
                .bind("evidence_text", e.text());
    }

    private static void bindPeople(SqlStatement<?> s, People p) {
        s.bind("people_min", p.min()).bind("people_max", p.max()).bind("people_approx", p.approx())
                .bind("people_female", p.female()).bind("people_male", p.male()).bind("people_minors", p.minors())
                .bind("people_ages", p.ages().stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    private static void bindLocation(SqlStatement<?> s, Location l) {
        s.bind("place", l.place()).bind("admin1", l.admin1()).bind("country", l.country())
                .bind("location_precision", l.precision() == null ? null : l.precision().json())
                .bind("facility", l.facility()).bind("lat", l.lat()).bind("lon", l.lon());
    }

    private static void bindDate(SqlStatement<?> s, DateValue d) {
        Optional<DateBounds> bounds = DateBounds.of(d);
        String from = bounds.map(b -> b.first().toString()).orElse(null);
        s.bind("date_value", d.value()).bind("date_part", name(d.part())).bind("date_from", from)
                .bind("date_to", bounds.map(b -> b.last().toString()).orElse(null))
                .bind("span_days", bounds.map(b -> ChronoUnit.DAYS.between(b.first(), b.last())).orElse(null))
                .bind("sort_date", from == null ? UNDATED : from);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** The stored incident on the current row of a {@link #SELECT}. */
    static StoredIncident map(ResultSet rs) throws SQLException {
        String documentId = rs.getString("document_id");
        int index = rs.getInt("idx");
        String published = rs.getString("doc_published");
        return new StoredIncident(StoredIncident.memberId(documentId, index), documentId, index,
                rs.getString("source"), published == null ? null : LocalDate.parse(published), incident(rs),
                IncidentState.fromColumn(rs.getString("state")), rs.getString("extractor_version"));
    }

    private static Incident incident(ResultSet rs) throws SQLException {
        Span span = new Span(rs.getInt("evidence_start"), rs.getInt("evidence_end"));
        String part = rs.getString("date_part");
        return new Incident(IncidentType.valueOf(rs.getString("type")), Status.valueOf(rs.getString("status")),
                Scope.valueOf(rs.getString("scope")), people(rs), enumOf(Group.class, rs.getString("people_group")),
                enumOf(Agent.class, rs.getString("agent")), location(rs),
                new DateValue(rs.getString("date_value"), part == null ? null : DatePart.valueOf(part)),
                integer(rs, "fatalities"), new Evidence(span, rs.getString("evidence_text")));
    }

    private static People people(ResultSet rs) throws SQLException {
        String ages = rs.getString("people_ages");
        List<Integer> list = ages.isEmpty() ? List.of()
                : Arrays.stream(ages.split(",")).map(Integer::valueOf).collect(Collectors.toList());
        return new People(integer(rs, "people_min"), integer(rs, "people_max"), rs.getBoolean("people_approx"),
                integer(rs, "people_female"), integer(rs, "people_male"), integer(rs, "people_minors"), list);
    }

    private static Location location(ResultSet rs) throws SQLException {
        String precision = rs.getString("location_precision");
        return new Location(rs.getString("place"), rs.getString("admin1"), rs.getString("country"),
                precision == null ? null : Precision.fromJson(precision), rs.getString("facility"),
                decimal(rs, "lat"), decimal(rs, "lon"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
