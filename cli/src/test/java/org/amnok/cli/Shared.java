package org.amnok.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.junit.jupiter.api.Assumptions;
import picocli.CommandLine;

/** Test helpers: the shared corpus (skipping when absent), gold incidents, and running a command in-process. */
final class Shared {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Shared() {
    }

    /** {@code ../shared} beside the repository; skips the test when it is absent. */
    static Path root() {
        Path shared = Path.of(System.getProperty("amnok.root", "."), "..", "shared").normalize();
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("corpus")),
                shared + " not found: corpus tests skipped");
        return shared;
    }

    /** The gold incidents of a gold JSONL file, by document id (first of a list of places). */
    static Map<String, List<Incident>> gold(Path file) throws IOException {
        Map<String, List<Incident>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode doc = JSON.readTree(line);
            List<Incident> list = new ArrayList<>();
            doc.get("incidents").forEach(i -> list.add(incident(i)));
            out.put(doc.get("id").asText(), list);
        }
        return out;
    }

    private static Incident incident(JsonNode i) {
        JsonNode p = i.get("people");
        List<Integer> ages = new ArrayList<>();
        p.path("ages").forEach(a -> ages.add(a.asInt()));
        People people = new People(integer(p, "min"), integer(p, "max"), p.path("approx").asBoolean(),
                integer(p, "female"), integer(p, "male"), integer(p, "minors"), ages);
        JsonNode l = i.get("location");
        JsonNode place = l.path("place");
        Location location = new Location(place.isArray() ? place.get(0).asText() : text(l, "place"),
                text(l, "admin1"), text(l, "country"), text(l, "precision") == null ? null
                : Precision.fromJson(text(l, "precision")), text(l, "facility"), decimal(l, "lat"), decimal(l, "lon"));
        JsonNode d = i.get("date");
        JsonNode e = i.get("evidence");
        return new Incident(IncidentType.valueOf(text(i, "type")), Status.valueOf(text(i, "status")),
                Scope.valueOf(text(i, "scope")), people, text(i, "group") == null ? null
                : Group.valueOf(text(i, "group")), text(i, "agent") == null ? null : Agent.valueOf(text(i, "agent")),
                location, new DateValue(text(d, "value"), text(d, "part") == null ? null
                : DatePart.valueOf(text(d, "part"))), integer(i, "fatalities"),
                new Evidence(new Span(e.get("start").asInt(), e.get("end").asInt()), text(e, "text")));
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static Double decimal(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    /** What a command printed and returned. */
    record Run(int code, String out, String err) {
    }

    /** Runs {@code command} with {@code args} in this JVM. */
    static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
