package org.amnok.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Typed reads of one JSON object's fields, each problem a diagnostic naming the field's full path
 * ("incidents[2].people.min"); a missing field and {@code null} read as absent.
 *
 * <p>Not thread-safe: one per object being read.
 */
final class JsonFields {
    private final JsonNode node;
    private final String path;
    private final Problems problems;

    /**
     * @param node the object (a missing or null node reads as an object with no fields)
     * @param path its path, for messages ("incidents[2]")
     * @param problems where diagnostics go
     */
    JsonFields(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The object {@code name}; an absent one reads as an object with no fields. */
    JsonFields object(String name) {
        JsonNode child = value(name);
        if (!child.isMissingNode() && !child.isObject()) {
            wrong(path(name), child, "an object");
            child = MissingNode.getInstance();
        }
        return new JsonFields(child, path(name), problems);
    }

    /** True when {@code name} is present and not {@code null}. */
    boolean has(String name) {
        return !value(name).isMissingNode();
    }

    /** The raw value of {@code name}, a missing node when absent or {@code null}. */
    JsonNode value(String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? MissingNode.getInstance() : v;
    }

    /** The string {@code name}, or {@code null}. */
    String string(String name) {
        JsonNode v = value(name);
        return v.isTextual() ? v.asText() : absentOr(name, v, "a string");
    }

    /** The whole number {@code name}, or {@code null}. */
    Integer integer(String name) {
        JsonNode v = value(name);
        return v.isIntegralNumber() && v.canConvertToInt() ? Integer.valueOf(v.intValue())
                : absentOr(name, v, "a whole number");
    }

    /** The number {@code name}, or {@code null}. */
    Double decimal(String name) {
        JsonNode v = value(name);
        return v.isNumber() ? Double.valueOf(v.doubleValue()) : absentOr(name, v, "a number");
    }

    /** The boolean {@code name}; false when absent. */
    boolean bool(String name) {
        JsonNode v = value(name);
        return v.isBoolean() ? v.booleanValue() : Boolean.TRUE.equals(absentOr(name, v, "true or false"));
    }

    /** The whole numbers of the array {@code name}; empty when absent. */
    List<Integer> integers(String name) {
        JsonNode v = value(name);
        List<Integer> out = new ArrayList<>();
        if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                JsonNode n = v.get(i);
                if (n.isIntegralNumber() && n.canConvertToInt()) {
                    out.add(n.intValue());
                } else {
                    wrong(path(name) + "[" + i + "]", n, "a whole number");
                }
            }
        } else {
            absentOr(name, v, "an array of whole numbers");
        }
        return out;
    }

    /**
     * The constant {@code name} spells, or {@code null}.
     *
     * @param parse from the JSON spelling to the constant, throwing {@link IllegalArgumentException} if none
     * @param allowed the spellings, for the message
     * @param required whether an absent value is a problem
     */
    <E> E constant(String name, Function<String, E> parse, String allowed, boolean required) {
        String s = string(name);
        if (s == null) {
            if (required && !has(name)) {
                problems.add(path(name), "incidents.missing-field", path(name) + " is missing; give one of "
                        + allowed + " (incident skipped)");
            }
            return null;
        }
        try {
            return parse.apply(s);
        } catch (IllegalArgumentException e) {
            problems.add(path(name), "incidents.bad-value", path(name) + " is " + Json.quote(s) + "; write one of "
                    + allowed + " (incident skipped)");
            return null;
        }
    }

    /** Reports a problem with this object as a whole. */
    void problem(String message) {
        problems.add(path, "incidents.bad-value", path + ": " + message);
    }

    /** The full path of field {@code name}. */
    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private <T> T absentOr(String name, JsonNode v, String expected) {
        if (!v.isMissingNode()) {
            wrong(path(name), v, expected);
        }
        return null;
    }

    private void wrong(String where, JsonNode v, String expected) {
        problems.add(where, "incidents.bad-value", where + " is " + Json.kind(v) + ", not " + expected
                + "; fix the value or write null (incident skipped)");
    }

    /** The spellings of an enum's constants, for messages: "OCCURRED, PLANNED, BLOCKED". */
    static String spellings(Enum<?>[] constants, boolean lowerCase) {
        List<String> names = new ArrayList<>();
        for (Enum<?> c : constants) {
            names.add(lowerCase ? c.name().toLowerCase(Locale.ROOT) : c.name());
        }
        return String.join(", ", names);
    }
}
