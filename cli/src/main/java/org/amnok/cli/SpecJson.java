package org.amnok.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.amnok.incident.DateValue;
import org.amnok.incident.Evidence;
import org.amnok.incident.Incident;
import org.amnok.incident.Location;
import org.amnok.incident.People;

/**
 * Writes an incident's fields in the spec's key order (type, status, scope, people, group, agent, location, date,
 * fatalities, evidence), every key present, nulls as null. Stateless.
 *
 * <p>INTEGRATION POINT: {@code org.amnok.jsonl.IncidentJson} (cli branch) writes the same shape; once it is on main,
 * the exports can call it and this class can go.
 */
final class SpecJson {
    private SpecJson() {
    }

    /** Writes the fields of {@code i} into the object {@code g} has open. */
    static void fields(JsonGenerator g, Incident i) throws IOException {
        g.writeStringField("type", i.type().name());
        g.writeStringField("status", i.status().name());
        g.writeStringField("scope", i.scope().name());
        people(g, i.people());
        g.writeStringField("group", i.group() == null ? null : i.group().name());
        g.writeStringField("agent", i.agent() == null ? null : i.agent().name());
        location(g, i.location());
        date(g, i.date());
        number(g, "fatalities", i.fatalities());
        evidence(g, i.evidence());
    }

    private static void people(JsonGenerator g, People p) throws IOException {
        g.writeObjectFieldStart("people");
        number(g, "min", p.min());
        number(g, "max", p.max());
        g.writeBooleanField("approx", p.approx());
        number(g, "female", p.female());
        number(g, "male", p.male());
        number(g, "minors", p.minors());
        g.writeArrayFieldStart("ages");
        for (int age : p.ages()) {
            g.writeNumber(age);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, Location l) throws IOException {
        g.writeObjectFieldStart("location");
        g.writeStringField("place", l.place());
        g.writeStringField("admin1", l.admin1());
        g.writeStringField("country", l.country());
        g.writeStringField("precision", l.precision() == null ? null : l.precision().json());
        g.writeStringField("facility", l.facility());
        decimal(g, "lat", l.lat());
        decimal(g, "lon", l.lon());
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, DateValue d) throws IOException {
        g.writeObjectFieldStart("date");
        g.writeStringField("value", d.value());
        g.writeStringField("part", d.part() == null ? null : d.part().name());
        g.writeEndObject();
    }

    private static void evidence(JsonGenerator g, Evidence e) throws IOException {
        g.writeObjectFieldStart("evidence");
        g.writeNumberField("start", e.span().start());
        g.writeNumberField("end", e.span().end());
        g.writeStringField("text", e.text());
        g.writeEndObject();
    }

    static void number(JsonGenerator g, String name, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    static void decimal(JsonGenerator g, String name, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }
}
