package org.amnok.jsonl;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.amnok.incident.AmnokException;
import org.amnok.incident.Diagnostic;
import org.amnok.incident.Document;

/**
 * One pass over a list of inputs: the files one after the other, each JSONL line or text file as a
 * {@link Reading}, and the ids seen so far, so a repeated id is caught across files.
 *
 * <p>Not thread-safe: one session per stream. Holds one line (or one text file) at a time.
 */
final class Session implements Iterator<Reading>, Closeable {
    private final Deque<Source> sources;
    private final int maxBytes;
    private final LocalDate textPublished;
    private final Map<String, String> firstSeen = new HashMap<>();
    private Source current;
    private Lines lines;
    private Reading next;

    /** An input: its name for messages, how to open it, and whether it is one plain-text document. */
    record Source(String name, Opener opener, boolean text) {
    }

    /** Opens an input's bytes. */
    interface Opener {
        InputStream open() throws IOException;
    }

    Session(List<Source> sources, int maxBytes, LocalDate textPublished) {
        this.sources = new ArrayDeque<>(sources);
        this.maxBytes = maxBytes;
        this.textPublished = textPublished;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Reading next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more documents; call hasNext() first");
        }
        Reading out = next;
        next = null;
        return out;
    }

    @Override
    public void close() {
        closeLines();
        sources.clear();
    }

    private Reading advance() {
        try {
            while (true) {
                if (lines == null) {
                    current = sources.poll();
                    if (current == null || current.text()) {
                        return current == null ? null : unique(readText(current), current.name());
                    }
                    lines = new Lines(current.opener().open(), maxBytes);
                } else if (!lines.next()) {
                    closeLines();
                } else {
                    String where = current.name() + ":" + lines.number();
                    Reading r = readLine(where);
                    if (r != null) {
                        return unique(r, where);
                    }
                }
            }
        } catch (IOException e) {
            throw new AmnokException("cannot read " + current.name() + ": " + e.getMessage()
                    + "; check that it exists and is readable", e);
        }
    }

    /** The current line's reading; {@code null} for a blank line, which is skipped silently. */
    private Reading readLine(String where) {
        if (lines.tooLong()) {
            return tooLong(where, "the line has " + lines.size() + " bytes, more than the limit of " + maxBytes
                    + "; split the document (line skipped)");
        }
        if (isBlank(lines.bytes(), lines.length())) {
            return null;
        }
        return DocumentParser.parse(lines.bytes(), lines.length(), where);
    }

    private Reading readText(Source source) throws IOException {
        byte[] bytes;
        try (InputStream in = source.opener().open()) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            return tooLong(source.name(), "the file has more than the limit of " + maxBytes + " bytes; split it"
                    + " (file skipped)");
        }
        Problems problems = new Problems(source.name());
        if (Utf8.findInvalid(bytes, bytes.length).isPresent()) {
            problems.add(null, "input.not-utf8", "the file is not valid UTF-8 text; save it as UTF-8 (file skipped)");
            return new Reading(null, problems.list());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            problems.add("text", "input.empty-text", "the file is empty, so there is nothing to extract (file read)");
        }
        return new Reading(Document.of(textId(source.name()), textPublished, text), problems.list());
    }

    private static Reading tooLong(String where, String message) {
        return new Reading(null, List.of(new Diagnostic(where, null, null, "input.too-long", message)));
    }

    /** The reading, or a diagnostic in its place when its id was already used. */
    private Reading unique(Reading r, String where) {
        if (r.document() == null) {
            return r;
        }
        String id = r.document().id();
        String first = firstSeen.putIfAbsent(id, where);
        if (first == null) {
            return r;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(r.diagnostics());
        diagnostics.add(new Diagnostic(id, null, "id", "input.duplicate-id", where + ": id " + Json.quote(id)
                + " was already used at " + first + "; give each document a unique id (duplicate skipped)"));
        return new Reading(null, diagnostics);
    }

    private void closeLines() {
        if (lines != null) {
            try {
                lines.close();
            } catch (IOException e) {
                throw new AmnokException("cannot close " + current.name() + ": " + e.getMessage(), e);
            } finally {
                lines = null;
            }
        }
    }

    /** A text file's id: its name without directories and extension ("report-7" for "in/report-7.txt"). */
    private static String textId(String name) {
        String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
