package org.amnok.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.amnok.incident.Document;

/**
 * The spec's input format, one JSON object a line, streamed: memory holds one line at a time, at most
 * {@value #MAX_LINE_CHARS} characters. Each bad line is one problem naming {@code file:line}; the others still come
 * through. Stateless.
 */
final class JsonlReader {
    /** The longest line read; a longer one is skipped with a problem. */
    static final int MAX_LINE_CHARS = 50 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonlReader() {
    }

    static void read(Path file, DocumentSink sink) throws IOException {
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            StringBuilder line = new StringBuilder();
            for (int number = 1; readLine(in, line); number++) {
                String where = file + ":" + number;
                if (line.length() > MAX_LINE_CHARS) {
                    sink.problem(Problems.part(where, null, Problems.TOO_LARGE, "line is longer than "
                            + MAX_LINE_CHARS + " characters; split the document or shorten its text"));
                } else if (!line.toString().isBlank()) {
                    parse(where, line.toString(), sink);
                }
            }
        } catch (CharacterCodingException e) {
            sink.problem(Problems.file(file, Problems.ENCODING, "the file is not valid UTF-8 from some line on;"
                    + " lines before it were read. Re-save it as UTF-8"));
        }
    }

    /** Reads one line into {@code line} (cleared first), keeping at most one character past the limit. */
    private static boolean readLine(BufferedReader in, StringBuilder line) throws IOException {
        line.setLength(0);
        int c = in.read();
        if (c < 0) {
            return false;
        }
        for (; c >= 0 && c != '\n'; c = in.read()) {
            if (line.length() <= MAX_LINE_CHARS) {
                line.append((char) c);
            }
        }
        return true;
    }

    private static void parse(String where, String line, DocumentSink sink) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.problem(Problems.part(where, null, Problems.NOT_JSON, "line is not JSON ("
                    + e.getOriginalMessage() + "); write one JSON object a line"));
            return;
        }
        if (!node.isObject()) {
            sink.problem(Problems.part(where, null, Problems.NOT_JSON, "line is JSON but not an object;"
                    + " write one {\"id\": ..., \"text\": ...} object a line"));
            return;
        }
        String id = string(node, "id");
        String text = string(node, "text");
        if (id == null || id.isBlank()) {
            sink.problem(Problems.part(where, "id", Problems.FIELD, "document has no id; give it a non-blank"
                    + " string \"id\""));
        } else if (text == null || text.isBlank()) {
            sink.problem(Problems.part(id, "text", Problems.FIELD, "document at " + where + " has no text;"
                    + " give it a non-empty string \"text\""));
        } else {
            sink.document(new Document(id, published(where, id, node, sink), string(node, "source"),
                    string(node, "url"), string(node, "title"), string(node, "lang"), text), where);
        }
    }

    private static LocalDate published(String where, String id, JsonNode node, DocumentSink sink) {
        String raw = string(node, "published");
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            sink.warning(Problems.part(id, "published", Problems.FIELD, "published '" + raw + "' at " + where
                    + " is not a YYYY-MM-DD date; the document is read without one"));
            return null;
        }
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }
}
