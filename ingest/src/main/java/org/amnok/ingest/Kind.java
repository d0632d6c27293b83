package org.amnok.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats ingestion reads, told by extension and then checked against the content. Stateless. */
enum Kind {
    TEXT, HTML, JSONL, FEED, PDF;

    /** The kind a file's name promises, or empty for an extension no reader handles. */
    static Optional<Kind> byName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return Optional.ofNullable(switch (ext) {
            case "txt", "text" -> TEXT;
            case "html", "htm", "xhtml" -> HTML;
            case "jsonl", "ndjson" -> JSONL;
            case "xml", "rss", "atom" -> FEED;
            case "pdf" -> PDF;
            default -> null;
        });
    }

    /**
     * Why {@code head} (the file's first bytes) is not this kind, or empty when it may be. Checks only what a glance
     * can: a PDF's magic number, binary bytes in a text format, markup in a feed.
     */
    Optional<String> mismatch(byte[] head) {
        boolean pdf = startsWith(head, "%PDF-");
        if (this == PDF) {
            return pdf ? Optional.empty() : Optional.of("it does not start with %PDF-, so it is not a PDF"
                    + describe(head));
        }
        if (pdf) {
            return Optional.of("it is a PDF; rename it to .pdf");
        }
        if (binary(head)) {
            return Optional.of("it holds binary data, not text");
        }
        if (this == FEED && !looksLikeMarkup(head)) {
            return Optional.of("it is not XML, so not an RSS or Atom feed");
        }
        return Optional.empty();
    }

    private static String describe(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 12), StandardCharsets.ISO_8859_1)
                .replaceAll("[^\\x20-\\x7e]", "?");
        return " (it starts with \"" + start + "\")";
    }

    static boolean startsWith(byte[] head, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        if (head.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (head[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean binary(byte[] head) {
        // UTF-16 text has NULs too, but announces itself with a byte order mark.
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeMarkup(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        if (s.startsWith("\u00ef\u00bb\u00bf")) {
            s = s.substring(3).stripLeading();
        }
        return s.startsWith("<");
    }
}
