package org.amnok.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.amnok.incident.Incident;
import org.amnok.incident.Location;
import org.amnok.incident.People;

/**
 * Incidents as JSON for the audit log, with the spec's keys and order, plus the analyst state. Thread-safe.
 */
final class AuditJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditJson() {
    }

    /** {@code stored} as one line of JSON. */
    static String of(StoredIncident stored) {
        Incident i = stored.incident();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", stored.id()).put("state", stored.state().column())
                .put("type", i.type().name()).put("status", i.status().name()).put("scope", i.scope().name());
        people(o.putObject("people"), i.people());
        o.put("group", i.group() == null ? null : i.group().name())
                .put("agent", i.agent() == null ? null : i.agent().name());
        location(o.putObject("location"), i.location());
        o.putObject("date").put("value", i.date().value())
                .put("part", i.date().part() == null ? null : i.date().part().name());
        o.put("fatalities", i.fatalities());
        o.putObject("evidence").put("start", i.evidence().span().start()).put("end", i.evidence().span().end())
                .put("text", i.evidence().text());
        return write(o);
    }

    /** {@code decision} as one line of JSON. */
    static String of(AnalystDecision decision) {
        ObjectNode o = JSON.createObjectNode().put("id", decision.id()).put("kind", decision.kind().column())
                .put("a", decision.a()).put("b", decision.b()).put("analyst", decision.analyst())
                .put("at", decision.at().toString());
        return write(o);
    }

    private static String write(ObjectNode o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values failed to serialize", e);
        }
    }

    private static void people(ObjectNode o, People p) {
        o.put("min", p.min()).put("max", p.max()).put("approx", p.approx()).put("female", p.female())
                .put("male", p.male()).put("minors", p.minors());
        p.ages().forEach(o.putArray("ages")::add);
    }

    private static void location(ObjectNode o, Location l) {
        o.put("place", l.place()).put("admin1", l.admin1()).put("country", l.country())
                .put("precision", l.precision() == null ? null : l.precision().json())
                .put("facility", l.facility()).put("lat", l.lat()).put("lon", l.lon());
    }
}
