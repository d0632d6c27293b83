package org.amnok.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.amnok.incident.AmnokException;
import org.amnok.incident.DateValue;
import org.amnok.incident.Evidence;
import org.amnok.incident.Incident;
import org.amnok.incident.Location;
import org.amnok.incident.People;

/**
 * Writes cases in the CASES.jsonl format that {@code shared/tools/score_merge.py} reads: one case a line,
 * {@code {"case": ID, "incidents": [{"doc": DOC_ID, ...the spec's incident fields...}, ...], ...}}.
 *
 * <p>Stateless and thread-safe. Each incident carries the spec's fields (unstated ones as {@code null}) plus
 * {@code doc}, {@code id} (the member id), {@code source} and {@code published}. After the incidents come
 * {@code independent_sources}, {@code view}, {@code conflicts} and {@code links}, for people and the web app.
 */
public final class CasesJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CasesJson() {
    }

    /** Writes {@code cases} to {@code out}, one JSON object and a {@code '\n'} per case, in list order. */
    public static void write(List<Case> cases, Writer out) throws IOException {
        for (Case c : cases) {
            out.write(line(c));
            out.write('\n');
        }
    }

    /** One case as a single-line JSON object, without a line break. */
    public static String line(Case c) {
        try {
            return JSON.writeValueAsString(node(c));
        } catch (JsonProcessingException e) {
            throw new AmnokException("cannot write case " + c.id() + " as JSON; this is a bug in CasesJson", e);
        }
    }

    private static ObjectNode node(Case c) {
        ObjectNode n = JSON.createObjectNode().put("case", c.id());
        ArrayNode incidents = n.putArray("incidents");
        c.members().forEach(m -> incidents.add(incident(m)));
        n.put("independent_sources", c.independentSources());
        n.set("view", view(c.view()));
        ArrayNode conflicts = n.putArray("conflicts");
        c.conflicts().forEach(x -> conflicts.add(conflict(x)));
        ArrayNode links = n.putArray("links");
        c.links().forEach(l -> links.addObject().put("a", l.a()).put("b", l.b()).put("rule", l.rule())
                .put("explanation", l.explanation()));
        return n;
    }

    private static ObjectNode view(MergedView v) {
        ObjectNode n = JSON.createObjectNode().put("type", v.type().name()).put("status", v.status().name())
                .put("scope", v.scope().name()).put("min_low", v.minLow()).put("min_high", v.minHigh())
                .put("max_high", v.maxHigh()).put("date_from", v.dateFrom()).put("date_to", v.dateTo());
        n.set("location", location(v.location()));
        return n.put("group", v.group() == null ? null : v.group().name())
                .put("agent", v.agent() == null ? null : v.agent().name());
    }

    private static ObjectNode conflict(Conflict c) {
        ObjectNode n = JSON.createObjectNode().put("field", c.field());
        ArrayNode claims = n.putArray("claims");
        for (Claim claim : c.claims()) {
            ObjectNode cn = claims.addObject().put("value", claim.value());
            claim.memberIds().forEach(cn.putArray("members")::add);
            claim.sources().forEach(cn.putArray("sources")::add);
        }
        return n;
    }

    private static ObjectNode incident(SourcedIncident m) {
        Incident i = m.incident();
        ObjectNode n = JSON.createObjectNode().put("doc", m.documentId()).put("id", m.id())
                .put("source", m.source()).put("published", m.published() == null ? null : m.published().toString());
        n.put("type", i.type().name()).put("status", i.status().name()).put("scope", i.scope().name());
        n.set("people", people(i.people()));
        n.put("group", i.group() == null ? null : i.group().name());
        n.put("agent", i.agent() == null ? null : i.agent().name());
        n.set("location", location(i.location()));
        n.set("date", date(i.date()));
        n.put("fatalities", i.fatalities());
        n.set("evidence", evidence(i.evidence()));
        return n;
    }

    private static ObjectNode people(People p) {
        ObjectNode n = JSON.createObjectNode().put("min", p.min()).put("max", p.max()).put("approx", p.approx())
                .put("female", p.female()).put("male", p.male()).put("minors", p.minors());
        ArrayNode ages = n.putArray("ages");
        p.ages().forEach(ages::add);
        return n;
    }

    private static ObjectNode location(Location l) {
        return JSON.createObjectNode().put("place", l.place()).put("admin1", l.admin1())
                .put("country", l.country()).put("precision", l.precision() == null ? null : l.precision().json())
                .put("facility", l.facility()).put("lat", l.lat()).put("lon", l.lon());
    }

    private static ObjectNode date(DateValue d) {
        return JSON.createObjectNode().put("value", d.value()).put("part", d.part() == null ? null : d.part().name());
    }

    private static ObjectNode evidence(Evidence e) {
        return JSON.createObjectNode().put("start", e.span().start()).put("end", e.span().end()).put("text", e.text());
    }
}
