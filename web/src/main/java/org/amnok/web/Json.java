package org.amnok.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.amnok.incident.AmnokException;
import org.amnok.incident.Incident;
import org.amnok.incident.Location;
import org.amnok.store.AuditEntry;
import org.amnok.store.StoredDocument;
import org.amnok.store.StoredIncident;

/**
 * The API's JSON shapes, built as ordered maps so that field order is stable and documented in
 * {@code openapi.json}. Enum values are written as their names (upper case, as in the spec). Stateless.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** {@code value} as JSON text. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AmnokException("cannot write " + value.getClass().getSimpleName() + " as JSON ("
                    + e.getMessage() + "); every API value must be maps, lists and scalars", e);
        }
    }

    /** A stored incident with its evidence. */
    static Map<String, Object> incident(StoredIncident s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("document", s.documentId());
        m.put("source", s.source());
        m.put("published", s.published() == null ? null : s.published().toString());
        m.put("state", s.state().name());
        m.put("extractor", s.extractorVersion());
        m.putAll(fields(s.incident()));
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("start", s.incident().evidence().span().start());
        evidence.put("end", s.incident().evidence().span().end());
        evidence.put("text", s.incident().evidence().text());
        m.put("evidence", evidence);
        return m;
    }

    /** The fields of an incident but its evidence, as in the spec. */
    static Map<String, Object> fields(Incident i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", i.type().name());
        m.put("status", i.status().name());
        m.put("scope", i.scope().name());
        Map<String, Object> people = new LinkedHashMap<>();
        people.put("min", i.people().min());
        people.put("max", i.people().max());
        people.put("approx", i.people().approx());
        people.put("female", i.people().female());
        people.put("male", i.people().male());
        people.put("minors", i.people().minors());
        people.put("ages", i.people().ages());
        m.put("people", people);
        m.put("group", i.group() == null ? null : i.group().name());
        m.put("agent", i.agent() == null ? null : i.agent().name());
        m.put("location", location(i.location()));
        m.put("date", object("value", i.date().value(), "part", i.date().part() == null ? null
                : i.date().part().name()));
        m.put("fatalities", i.fatalities());
        return m;
    }

    static Map<String, Object> location(Location l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("place", l.place());
        m.put("admin1", l.admin1());
        m.put("country", l.country());
        m.put("precision", l.precision() == null ? null : l.precision().json());
        m.put("facility", l.facility());
        m.put("lat", l.lat());
        m.put("lon", l.lon());
        return m;
    }

    /** A case; with its members (each with evidence) when {@code full}. */
    static Map<String, Object> caseFile(CaseFile c, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("type", c.type().name());
        m.put("status", c.status().name());
        m.put("scope", c.scope().name());
        m.put("peopleLow", c.peopleLow());
        m.put("peopleHigh", c.peopleHigh());
        m.put("date", c.date());
        m.put("location", location(c.location()));
        m.put("group", c.group() == null ? null : c.group().name());
        m.put("agent", c.agent() == null ? null : c.agent().name());
        m.put("atRisk", c.atRisk());
        m.put("sources", c.sources());
        m.put("memberIds", c.members().stream().map(StoredIncident::id).toList());
        m.put("conflicts", c.conflicts().stream().map(x -> Map.of("field", x.field(), "claims", x.claims()))
                .toList());
        m.put("joins", c.joins());
        if (full) {
            m.put("members", c.members().stream().map(Json::incident).toList());
        }
        return m;
    }

    /** A stored document with its full text. */
    static Map<String, Object> document(StoredDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("source", d.source());
        m.put("url", d.url());
        m.put("title", d.title());
        m.put("published", d.published() == null ? null : d.published().toString());
        m.put("lang", d.lang());
        m.put("ingestedAt", d.ingestedAt().toString());
        m.put("text", d.text());
        return m;
    }

    /** An audit log row; before and after as the JSON text the store wrote. */
    static Map<String, Object> audit(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("analyst", e.analyst());
        m.put("at", e.at().toString());
        m.put("entity", e.entity());
        m.put("before", e.beforeJson());
        m.put("after", e.afterJson());
        return m;
    }

    /** A page of a list: {@code {"items": [...], "page": 1, "size": 50, "total": 123, "pages": 3}}. */
    static <T> Map<String, Object> page(Listings.Page<T> page, Function<T, Object> item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", page.items().stream().map(item).toList());
        m.put("page", page.page());
        m.put("size", page.size());
        m.put("total", page.total());
        m.put("pages", page.pages());
        return m;
    }

    /** The stable error shape: {@code {"error": {"code": ..., "message": ...}}}. */
    static Map<String, Object> error(String code, String message) {
        return Map.of("error", Map.of("code", code, "message", message == null ? "" : message));
    }

    /** Pairs for small ad-hoc objects, in order. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
