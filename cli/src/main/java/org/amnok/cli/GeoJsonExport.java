package org.amnok.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.amnok.incident.Incident;
import org.amnok.incident.Location;
import org.amnok.jsonl.IncidentJson;
import org.amnok.store.IncidentQuery;
import org.amnok.store.IncidentStore;
import org.amnok.store.StoredIncident;

/**
 * A GeoJSON FeatureCollection: one Point an incident that has coordinates and that no analyst rejected, with the
 * location's precision ("city", "border", ...) among its properties so a map can draw vague points as such.
 * Incidents without coordinates are left out. Streams. Stateless.
 */
final class GeoJsonExport {
    private static final JsonFactory JSON = new JsonFactory();

    private GeoJsonExport() {
    }

    static void write(IncidentStore store, Writer out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
        try {
            store.forEach(IncidentQuery.all(), s -> feature(g, s));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }

    private static void feature(JsonGenerator g, StoredIncident s) {
        Location l = s.incident().location();
        if (l.lat() == null || l.lon() == null) {
            return;
        }
        try {
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(l.lon());
            g.writeNumber(l.lat());
            g.writeEndArray();
            g.writeEndObject();
            properties(g, s);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void properties(JsonGenerator g, StoredIncident s) throws IOException {
        Incident i = s.incident();
        g.writeObjectFieldStart("properties");
        g.writeStringField("id", s.id());
        g.writeStringField("document", s.documentId());
        g.writeStringField("source", s.source());
        g.writeStringField("precision", i.location().precision() == null ? null : i.location().precision().json());
        IncidentJson.fields(g, i);
        g.writeEndObject();
    }
}
