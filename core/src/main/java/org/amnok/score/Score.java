package org.amnok.score;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The result of scoring predictions against gold, with the reference scorer's table and JSON.
 *
 * <p>Immutable.
 *
 * @param core counts over every type but MEASURE
 * @param measure counts over MEASURE incidents
 * @param fields accuracy per field, in score.py's order (status, scope, people.min, people.max, location.place,
 *     date.value, group, agent)
 * @param docs number of gold documents
 * @param missingDocs gold documents with no prediction line, sorted
 * @param log one line per field disagreement, missed and spurious incident, in score.py's format and order
 */
public record Score(Tally core, Tally measure, List<FieldAccuracy> fields, int docs, List<String> missingDocs,
                    List<String> log) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Score {
        fields = List.copyOf(fields);
        missingDocs = List.copyOf(missingDocs);
        log = List.copyOf(log);
    }

    /** The lines {@code score.py} prints, with its {@code log} first when {@code verbose}; no line separators. */
    public List<String> table(boolean verbose) {
        List<String> out = new ArrayList<>(verbose ? log : List.of());
        out.add(row("core", core));
        out.add(row("measure", measure));
        out.add("fields   " + fields.stream()
                .map(f -> f.field() + " " + f.findAccuracy().map(PyText::float3).orElse("None"))
                .collect(Collectors.joining("  ")));
        if (!missingDocs.isEmpty()) {
            out.add("no prediction for " + missingDocs.size() + " docs");
        }
        return List.copyOf(out);
    }

    /** What {@code score.py --json} prints, byte for byte for ASCII document ids. */
    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(new PythonSeparators());
            g.writeStartObject();
            tally(g, "core", core);
            tally(g, "measure", measure);
            g.writeObjectFieldStart("fields");
            for (FieldAccuracy f : fields) {
                g.writeFieldName(f.field());
                writeNumber(g, f.findAccuracy().orElse(null));
            }
            g.writeEndObject();
            g.writeNumberField("docs", docs);
            g.writeArrayFieldStart("missing_docs");
            for (String id : missingDocs) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static String row(String name, Tally t) {
        return String.format(Locale.ROOT, "%-8s P %s  R %s  F1 %s  strict F1 %s  (tp %d fp %d fn %d)", name,
                PyText.fixed3(t.precision()), PyText.fixed3(t.recall()), PyText.fixed3(t.f1()),
                PyText.fixed3(t.strictF1()), t.tp(), t.fp(), t.fn());
    }

    private static void tally(JsonGenerator g, String name, Tally t) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeFieldName("precision");
        writeNumber(g, t.precision());
        g.writeFieldName("recall");
        writeNumber(g, t.recall());
        g.writeFieldName("f1");
        writeNumber(g, t.f1());
        g.writeFieldName("strict_f1");
        writeNumber(g, t.strictF1());
        g.writeNumberField("tp", t.tp());
        g.writeNumberField("fp", t.fp());
        g.writeNumberField("fn", t.fn());
        g.writeNumberField("strict", t.strict());
        g.writeEndObject();
    }

    private static void writeNumber(JsonGenerator g, Double rounded) throws IOException {
        if (rounded == null) {
            g.writeNull();
        } else {
            g.writeNumber(PyText.float3(rounded));
        }
    }

    /** Python's {@code json.dumps} spacing: {@code ", "} between items and {@code ": "} after keys. */
    private static final class PythonSeparators extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}
