package org.amnok.jsonl;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amnok.incident.AmnokException;
import org.amnok.incident.DateValue;
import org.amnok.incident.Diagnostic;
import org.amnok.incident.Evidence;
import org.amnok.incident.Incident;
import org.amnok.incident.Location;
import org.amnok.incident.People;
import org.amnok.score.GoldIncident;

/**
 * The spec's output JSONL: one line per document, {@code {"id": ..., "incidents": [...]}}, every key of every
 * incident present in the spec's order and {@code null} where unknown; and the reading of such lines back, from
 * extraction output or gold files (with their {@code optional}, {@code also} and place lists).
 *
 * <p>Stateless and thread-safe. Reading is forgiving where score.py is ({@code "incidents"} absent or
 * {@code null} is no incidents) and otherwise turns each broken line or incident into a diagnostic and leaves it
 * out.
 */
public final class IncidentJson {
    private IncidentJson() {
    }

    /** The output line for document {@code id}, without a line end. */
    public static String line(String id, List<Incident> incidents) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeArrayFieldStart("incidents");
            for (Incident i : incidents) {
                incident(g, i);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /** The incidents of an output file (of {@link #line} lines); place lists give their first name. */
    public static IncidentFile<Incident> readIncidents(Path file) {
        IncidentFile<GoldIncident> gold = readGold(file);
        return new IncidentFile<>(incidentsOnly(gold.documents()), gold.diagnostics());
    }

    /** As {@link #readIncidents(Path)}, from {@code in}, named {@code name} in diagnostics. */
    public static IncidentFile<Incident> readIncidents(Reader in, String name) {
        IncidentFile<GoldIncident> gold = readGold(in, name);
        return new IncidentFile<>(incidentsOnly(gold.documents()), gold.diagnostics());
    }

    /**
     * The incidents of a gold file.
     *
     * @throws AmnokException when the file cannot be read
     */
    public static IncidentFile<GoldIncident> readGold(Path file) {
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            return readGold(in, file.toString());
        } catch (IOException e) {
            throw new AmnokException("cannot read " + file + ": " + e.getMessage()
                    + "; check that it exists and is readable", e);
        }
    }

    /** As {@link #readGold(Path)}, from {@code in}, named {@code name} in diagnostics. */
    public static IncidentFile<GoldIncident> readGold(Reader in, String name) {
        Map<String, List<GoldIncident>> documents = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        BufferedReader lines = new BufferedReader(in);
        try {
            int n = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                n++;
                if (!line.isBlank()) {
                    diagnostics.addAll(readLine(line, name + ":" + n, documents));
                }
            }
        } catch (IOException e) {
            throw new AmnokException("cannot read " + name + ": " + e.getMessage(), e);
        }
        return new IncidentFile<>(documents, diagnostics);
    }

    private static List<Diagnostic> readLine(String line, String where, Map<String, List<GoldIncident>> out) {
        Problems problems = new Problems(where);
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            problems.add(null, "incidents.not-json", "the line is not JSON (" + Json.describe(e) + "); write one"
                    + " {\"id\": ..., \"incidents\": [...]} object per line (line skipped)");
            return problems.list();
        }
        JsonNode id = node.path("id");
        if (!id.isTextual()) {
            problems.add("id", "incidents.bad-id", "the line has no string \"id\"; write one {\"id\": ...,"
                    + " \"incidents\": [...]} object per line (line skipped)");
            return problems.list();
        }
        problems.identify(id.asText());
        List<GoldIncident> incidents = incidents(node.path("incidents"), problems);
        if (out.put(id.asText(), incidents) != null) {
            problems.add("id", "incidents.duplicate-id", "the id was already given on an earlier line; this line"
                    + " replaces it: keep one line per document");
        }
        return problems.list();
    }

    private static List<GoldIncident> incidents(JsonNode array, Problems problems) {
        List<GoldIncident> out = new ArrayList<>();
        if (array.isArray()) {
            for (int i = 0; i < array.size(); i++) {
                IncidentParser.parse(array.get(i), "incidents[" + i + "]", problems).ifPresent(out::add);
            }
        } else if (!array.isMissingNode() && !array.isNull()) {
            problems.add("incidents", "incidents.bad-value", "\"incidents\" is " + Json.kind(array) + ", not an"
                    + " array; write the document's incidents as an array (read as none)");
        }
        return out;
    }

    private static Map<String, List<Incident>> incidentsOnly(Map<String, List<GoldIncident>> gold) {
        Map<String, List<Incident>> out = new LinkedHashMap<>();
        gold.forEach((id, incidents) -> out.put(id, incidents.stream().map(GoldIncident::incident).toList()));
        return out;
    }

    private static void incident(JsonGenerator g, Incident i) throws IOException {
        g.writeStartObject();
        fields(g, i);
        g.writeEndObject();
    }

    /**
     * Writes the spec's incident fields, every key in the spec's order and {@code null} where unknown, into the
     * object {@code g} has open, so exports can add their own keys ("doc", "id") around them.
     */
    public static void fields(JsonGenerator g, Incident i) throws IOException {
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
        number(g, "lat", l.lat());
        number(g, "lon", l.lon());
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

    private static void number(JsonGenerator g, String name, Number n) throws IOException {
        g.writeFieldName(name);
        if (n == null) {
            g.writeNull();
        } else if (n instanceof Double d) {
            g.writeNumber(d);
        } else {
            g.writeNumber(n.intValue());
        }
    }
}
