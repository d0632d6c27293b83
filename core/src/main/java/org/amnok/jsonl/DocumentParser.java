package org.amnok.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.amnok.incident.Document;

/**
 * One line of the spec's input JSONL to a {@link Reading}: every problem a diagnostic, and the document whenever
 * it has a usable id and text.
 *
 * <p>Stateless and thread-safe.
 */
final class DocumentParser {
    private static final String FIELDS = "id, published, source, url, title, lang, text";
    private static final Set<String> KNOWN = Set.of("id", "published", "source", "url", "title", "lang", "text");

    private DocumentParser() {
    }

    /** Reads {@code bytes[0, length)}, the line at {@code where} ("docs.jsonl:7"). */
    static Reading parse(byte[] bytes, int length, String where) {
        Problems problems = new Problems(where);
        OptionalInt bad = Utf8.findInvalid(bytes, length);
        if (bad.isPresent()) {
            problems.add(null, "input.not-utf8", "byte " + (bad.getAsInt() + 1) + " of the line is not valid UTF-8;"
                    + " save the file as UTF-8 (line skipped)");
            return new Reading(null, problems.list());
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(bytes, 0, length);
        } catch (JsonProcessingException e) {
            problems.add(null, "input.not-json", "the line is not JSON (" + Json.describe(e) + "); write one JSON"
                    + " object per line (line skipped)");
            return new Reading(null, problems.list());
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array cannot fail", e);
        }
        return document(node, problems);
    }

    private static Reading document(JsonNode node, Problems problems) {
        if (!node.isObject()) {
            problems.add(null, "input.not-object", "the line is " + Json.kind(node) + ", not an object; write one"
                    + " JSON object per line with \"id\" and \"text\" (line skipped)");
            return new Reading(null, problems.list());
        }
        String id = id(node.get("id"), problems);
        String text = id == null ? null : text(node.get("text"), problems);
        if (text == null) {
            return new Reading(null, problems.list());
        }
        node.fieldNames().forEachRemaining(name -> unknown(name, problems));
        Document doc = new Document(id, published(node.get("published"), problems), string(node, "source", problems),
                string(node, "url", problems), string(node, "title", problems), string(node, "lang", problems), text);
        if (text.isBlank()) {
            problems.add("text", "input.empty-text", "\"text\" is empty, so there is nothing to extract; give the"
                    + " report's full text (document read)");
        }
        return new Reading(doc, problems.list());
    }

    /** The document's id, or {@code null} after a diagnostic. */
    private static String id(JsonNode id, Problems problems) {
        if (id == null || id.isNull()) {
            problems.add("id", "input.missing-id", "no \"id\"; give every document a unique non-blank string id"
                    + " (line skipped)");
            return null;
        }
        if (!id.isTextual() || id.asText().isBlank()) {
            problems.add("id", "input.bad-id", "\"id\" is " + (id.isTextual() ? "blank" : Json.kind(id))
                    + "; give every document a unique non-blank string id (line skipped)");
            return null;
        }
        problems.identify(id.asText());
        return id.asText();
    }

    /** The document's text, or {@code null} after a diagnostic. */
    private static String text(JsonNode text, Problems problems) {
        if (text == null || text.isNull()) {
            problems.add("text", "input.missing-text", "no \"text\"; add the report's full text as a string"
                    + " (line skipped)");
            return null;
        }
        if (!text.isTextual()) {
            problems.add("text", "input.bad-text", "\"text\" is " + Json.kind(text) + ", not a string; add the"
                    + " report's full text as a string (line skipped)");
            return null;
        }
        return text.asText();
    }

    private static void unknown(String name, Problems problems) {
        if (!KNOWN.contains(name)) {
            problems.add(name, "input.unknown-field", "unknown field " + Json.quote(name) + " ignored; the spec's"
                    + " fields are " + FIELDS + " (document read)");
        }
    }

    private static LocalDate published(JsonNode value, Problems problems) {
        if (value == null || value.isNull()) {
            return null;
        }
        Optional<LocalDate> date = value.isTextual() ? findDate(value.asText()) : Optional.empty();
        if (date.isEmpty()) {
            String shown = value.isTextual() ? Json.quote(value.asText()) : Json.kind(value);
            problems.add("published", "input.bad-date", "\"published\" is " + shown + ", not a date; write it as"
                    + " YYYY-MM-DD (document read without a publication date: relative dates stay unresolved)");
        }
        return date.orElse(null);
    }

    private static Optional<LocalDate> findDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String string(JsonNode node, String field, Problems problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isTextual()) {
            return value == null || value.isNull() ? null : value.asText();
        }
        problems.add(field, "input.bad-field", Json.quote(field) + " is " + Json.kind(value) + ", not a string;"
                + " write it as a string or leave it out (field ignored, document read)");
        return null;
    }
}
