package org.amnok.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The package's one Jackson configuration, and how its messages name JSON values. Thread-safe. */
final class Json {
    /**
     * Strict JSON, one value a line; a repeated key or trailing content is an error. Strings may be as long as a
     * line may be: Jackson's own cap (20 million characters) would refuse documents the line limit allows.
     */
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private Json() {
    }

    /** "a number", "an array"...: what a value is, for messages. */
    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case BINARY -> "binary data";
            case NULL, MISSING -> "null";
        };
    }

    /** What Jackson found wrong, in one line, for a message. */
    static String describe(JsonProcessingException e) {
        return e.getOriginalMessage().lines().findFirst().orElse("not JSON");
    }

    /** A value quoted for a message, cut to 40 characters. */
    static String quote(String s) {
        return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
    }
}
