package org.amnok.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.amnok.cli.CaseEngine.Join;
import org.amnok.cli.CaseEngine.MergedCase;
import org.amnok.jsonl.IncidentJson;
import org.amnok.store.IncidentState;
import org.amnok.store.IncidentStore;
import org.amnok.store.StoredIncident;

/** JSON lines: the spec's output shape per document, and the merge scorer's CASES shape per case. Stateless. */
final class JsonExport {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonExport() {
    }

    /** One line a stored document, in ingestion order: {@code {"id": ..., "incidents": [...]}}, rejected left out. */
    static void documents(IncidentStore store, Writer out) throws IOException {
        for (String id : store.documentIds()) {
            List<StoredIncident> live = store.incidentsOf(id).stream()
                    .filter(s -> s.state() != IncidentState.REJECTED).toList();
            out.write(line(g -> {
                g.writeStringField("id", id);
                g.writeArrayFieldStart("incidents");
                for (StoredIncident s : live) {
                    g.writeStartObject();
                    IncidentJson.fields(g, s.incident());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }));
        }
    }

    /**
     * One line a case: {@code {"case": ID, "sources": N, "incidents": [{"doc": DOC, "id": MEMBER, "state": ...,
     * ...the spec's fields...}], "conflicts": [...], "links": [{"member", "to", "rule"}]}}.
     */
    static void cases(List<MergedCase> cases, Writer out) throws IOException {
        for (MergedCase c : cases) {
            out.write(line(g -> {
                g.writeStringField("case", c.id());
                g.writeNumberField("sources", c.sources());
                g.writeArrayFieldStart("incidents");
                for (StoredIncident s : c.members()) {
                    member(g, s);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("conflicts");
                for (String conflict : c.conflicts()) {
                    g.writeString(conflict);
                }
                g.writeEndArray();
                links(g, c.joins());
            }));
        }
    }

    private static void member(JsonGenerator g, StoredIncident s) throws IOException {
        g.writeStartObject();
        g.writeStringField("doc", s.documentId());
        g.writeStringField("id", s.id());
        g.writeStringField("state", s.state().name().toLowerCase(java.util.Locale.ROOT));
        IncidentJson.fields(g, s.incident());
        g.writeEndObject();
    }

    private static void links(JsonGenerator g, List<Join> joins) throws IOException {
        g.writeArrayFieldStart("links");
        for (Join j : joins) {
            g.writeStartObject();
            g.writeStringField("member", j.member());
            g.writeStringField("to", j.to());
            g.writeStringField("rule", j.rule());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Writes the fields of one object. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** One JSON object with {@code body}'s fields, and a line end. */
    static String line(Body body) throws IOException {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(s)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        }
        return s.append('\n').toString();
    }
}
