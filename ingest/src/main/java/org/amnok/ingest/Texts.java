package org.amnok.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bytes to text: byte order marks honoured, UTF-8 otherwise, strictly, so a wrong encoding is caught. Stateless. */
final class Texts {
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*(?:\\n[ \\t\\x0B\\f\\r]*)+");
    private static final Pattern LINE_END = Pattern.compile("\\r\\n?");

    private Texts() {
    }

    /** {@code bytes} decoded by their byte order mark, else as strict UTF-8; empty when they are not. */
    static Optional<String> decode(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF;
        return strict(bytes, bom ? 3 : 0, StandardCharsets.UTF_8);
    }

    /** {@code bytes} decoded with {@code charset}, where it is known and strictly valid; empty otherwise. */
    static Optional<String> decode(byte[] bytes, String charset) {
        try {
            return strict(bytes, 0, Charset.forName(charset));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Line ends made {@code \n}, runs of blank lines made one, and the whole trimmed. */
    static String tidy(String text) {
        String unix = LINE_END.matcher(text).replaceAll("\n");
        return BLANK_LINES.matcher(unix).replaceAll("\n\n").strip();
    }

    /** The first non-blank line of {@code text}, trimmed, or {@code null}. */
    static String firstLine(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return null;
    }

    /** The charset an HTML or XML head declares ({@code <meta charset>}, {@code encoding=}), if any. */
    static Optional<String> declaredCharset(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("(?i)(?:charset|encoding)\\s*=\\s*[\"']?([A-Za-z0-9._-]+)").matcher(s);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
