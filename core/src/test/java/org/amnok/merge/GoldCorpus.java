package org.amnok.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** Reads a shared corpus's gold incidents (read at test time, never copied) as merge input. */
final class GoldCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldCorpus() {
    }

    /** {@code /work/shared} seen from the repository root that surefire passes in. */
    static Path shared() {
        return Path.of(System.getProperty("amnok.root", "."), "..", "shared").normalize();
    }

    /** Gold incidents of {@code corpus} ("merge", "dev"), as members {@code "<docId>#<index>"}. */
    static List<SourcedIncident> read(String corpus) throws IOException {
        Path dir = shared().resolve("corpus").resolve(corpus);
        Map<String, JsonNode> docs = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("docs.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode d = JSON.readTree(line);
                docs.put(d.get("id").asText(), d);
            }
        }
        List<SourcedIncident> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode g = JSON.readTree(line);
                String id = g.get("id").asText();
                JsonNode incidents = g.get("incidents");
                for (int i = 0; i < incidents.size(); i++) {
                    out.add(member(id, i, docs.get(id), incidents.get(i)));
                }
            }
        }
        return out;
    }

    private static SourcedIncident member(String docId, int index, JsonNode doc, JsonNode g) {
        LocalDate published = text(doc, "published") == null ? null : LocalDate.parse(text(doc, "published"));
        return new SourcedIncident(docId + "#" + index, docId, text(doc, "source"), published, incident(g));
    }

    private static Incident incident(JsonNode g) {
        JsonNode p = g.path("people");
        People people = new People(integer(p, "min"), integer(p, "max"), p.path("approx").asBoolean(false),
                integer(p, "female"), integer(p, "male"), integer(p, "minors"), List.of());
        JsonNode e = g.get("evidence");
        Evidence evidence = new Evidence(new Span(e.get("start").asInt(), e.get("end").asInt()),
                e.get("text").asText());
        String part = text(g.path("date"), "part");
        return new Incident(IncidentType.valueOf(text(g, "type")), Status.valueOf(text(g, "status")),
                Scope.valueOf(text(g, "scope")), people,
                text(g, "group") == null ? null : Group.valueOf(text(g, "group")),
                text(g, "agent") == null ? null : Agent.valueOf(text(g, "agent")), location(g.path("location")),
                new DateValue(text(g.path("date"), "value"), part == null ? null : DatePart.valueOf(part)),
                integer(g, "fatalities"), evidence);
    }

    private static Location location(JsonNode l) {
        JsonNode place = l.path("place");
        String first = place.isArray() ? place.get(0).asText() : text(l, "place"); // alternatives: the first
        String precision = text(l, "precision");
        return new Location(first, text(l, "admin1"), text(l, "country"),
                precision == null ? null : Precision.fromJson(precision), text(l, "facility"), null, null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }
}
