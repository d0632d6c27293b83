package org.amnok.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.amnok.score.GoldIncident;

/**
 * One incident object of the spec's output (or of a gold file) to a {@link GoldIncident}. An incident with any
 * field that breaks the spec is skipped with a diagnostic per problem; absent objects read as unknown.
 *
 * <p>Stateless and thread-safe.
 */
final class IncidentParser {
    private IncidentParser() {
    }

    /** The incident at {@code path} ("incidents[2]"), unless it breaks the spec. */
    static Optional<GoldIncident> parse(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "incidents.bad-value", path + " is " + Json.kind(node) + ", not an object; write"
                    + " each incident as an object (incident skipped)");
            return Optional.empty();
        }
        int before = problems.count();
        JsonFields f = new JsonFields(node, path, problems);
        JsonFields location = f.object("location");
        List<String> places = places(location);
        Incident incident = incident(f, location(location, places));
        List<Span> also = also(f.value("also"));
        boolean optional = f.bool("optional");
        return problems.count() > before ? Optional.empty()
                : Optional.of(new GoldIncident(incident, optional, also, places));
    }

    /** The incident, or {@code null} when a required part is missing (the diagnostic is already given). */
    private static Incident incident(JsonFields f, Location location) {
        IncidentType type = f.constant("type", IncidentType::valueOf, names(IncidentType.values()), true);
        Status status = f.constant("status", Status::valueOf, names(Status.values()), true);
        Scope scope = f.constant("scope", Scope::valueOf, names(Scope.values()), true);
        People people = people(f.object("people"));
        Group group = f.constant("group", Group::valueOf, names(Group.values()), false);
        Agent agent = f.constant("agent", Agent::valueOf, names(Agent.values()), false);
        JsonFields date = f.object("date");
        DateValue when = new DateValue(date.string("value"),
                date.constant("part", DatePart::valueOf, names(DatePart.values()), false));
        Integer fatalities = f.integer("fatalities");
        Evidence evidence = evidence(f.object("evidence"));
        if (type == null || status == null || scope == null || evidence == null) {
            return null;
        }
        return new Incident(type, status, scope, people, group, agent, location, when, fatalities, evidence);
    }

    private static People people(JsonFields f) {
        return new People(f.integer("min"), f.integer("max"), f.bool("approx"), f.integer("female"),
                f.integer("male"), f.integer("minors"), f.integers("ages"));
    }

    /** A list of acceptable names, as gold files may give; empty for a single name or none. */
    private static List<String> places(JsonFields location) {
        JsonNode place = location.value("place");
        if (!place.isArray()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        place.forEach(n -> names.add(n.isTextual() ? n.asText() : null));
        if (names.isEmpty() || names.contains(null)) {
            location.string("place"); // reports the value as not a string
        }
        return names.contains(null) ? List.of() : names;
    }

    private static Location location(JsonFields f, List<String> places) {
        String place = places.isEmpty() ? f.string("place") : places.get(0);
        Precision precision = f.constant("precision", Precision::fromJson, JsonFields.spellings(Precision.values(),
                true), false);
        return new Location(place, f.string("admin1"), f.string("country"), precision, f.string("facility"),
                f.decimal("lat"), f.decimal("lon"));
    }

    private static Evidence evidence(JsonFields f) {
        Integer start = f.integer("start");
        Integer end = f.integer("end");
        String text = f.string("text");
        if (start == null || end == null || text == null || start < 0 || end < start || text.length() != end - start) {
            f.problem("evidence needs a start and end (0 <= start <= end) and exactly the text between them, here"
                    + " start " + start + ", end " + end + " and " + (text == null ? "no" : text.length())
                    + " characters of text; write the evidence sentence's offsets and text (incident skipped)");
            return null;
        }
        return new Evidence(new Span(start, end), text);
    }

    /** The {@code also} spans; entries without whole-number offsets are ignored, as score.py ignores them. */
    private static List<Span> also(JsonNode also) {
        List<Span> out = new ArrayList<>();
        if (also.isArray()) {
            also.forEach(e -> offset(e.get("start")).ifPresent(start -> offset(e.get("end"))
                    .filter(end -> start <= end).ifPresent(end -> out.add(new Span(start, end)))));
        }
        return out;
    }

    private static Optional<Integer> offset(JsonNode n) {
        return n != null && n.isIntegralNumber() && n.canConvertToInt() && n.intValue() >= 0
                ? Optional.of(n.intValue()) : Optional.empty();
    }

    private static String names(Enum<?>[] constants) {
        return JsonFields.spellings(constants, false);
    }
}
