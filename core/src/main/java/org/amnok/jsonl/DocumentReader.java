package org.amnok.jsonl;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The front door for reading reports: the spec's input JSONL (one document a line) and plain-text files (one
 * document each), as a lazy stream of {@link Reading}s in input order.
 *
 * <p>Bad input is data: every problem becomes a {@link org.amnok.incident.Diagnostic} naming the document (its id,
 * or {@code file:line} when the id is unknown), the field and the fix, and the other lines still come through. A
 * line that is not UTF-8 or not a JSON object, or lacks a usable id or text, or repeats an id already read, or is
 * longer than the line limit, is skipped; unknown fields, a {@code published} that is not a date and an empty text
 * are reported and the document is still read. Blank lines are skipped silently.
 *
 * <p>Memory: one line at a time, and about six times the longest line while it is parsed (its bytes, Jackson's
 * buffers and the text; a 20 MB line reads within a 160 MB heap), bounded by the line limit (default
 * {@value #DEFAULT_MAX_LINE_BYTES} bytes = 50 MB). Immutable and thread-safe; each stream it returns is for one
 * thread and must be closed.
 */
public final class DocumentReader {
    /** Longest line (or text file) read by default, in bytes: 50 MB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 50 * 1024 * 1024;

    private final int maxLineBytes;

    private DocumentReader(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /** A reader with the default line limit. */
    public static DocumentReader create() {
        return new DocumentReader(DEFAULT_MAX_LINE_BYTES);
    }

    /**
     * A reader that skips, with a diagnostic, lines and text files longer than {@code maxLineBytes}.
     *
     * @throws IllegalArgumentException when the limit is not between 1 and {@code Integer.MAX_VALUE - 8}
     */
    public static DocumentReader create(int maxLineBytes) {
        if (maxLineBytes < 1 || maxLineBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("line limit " + maxLineBytes + " is not between 1 and "
                    + (Integer.MAX_VALUE - 8) + " bytes; pass a positive limit that fits an array");
        }
        return new DocumentReader(maxLineBytes);
    }

    /** True for the files {@link #read(List, LocalDate)} reads: {@code .jsonl}, {@code .ndjson}, {@code .txt}. */
    public static boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || isText(name);
    }

    /**
     * The documents of {@code files}, one after the other. A file whose name ends in {@code .txt} is one document
     * with its name (without extension) as id; any other file is read as JSONL. A repeated id is caught across all
     * the files. Diagnostics name a file by {@code file.toString()}.
     *
     * @param files the inputs, in order
     * @param textPublished publication date of the plain-text documents, or {@code null} when unknown
     * @throws org.amnok.incident.AmnokException from the stream's methods, when a file cannot be read
     */
    public Stream<Reading> read(List<Path> files, LocalDate textPublished) {
        return stream(new Session(files.stream().map(DocumentReader::source).toList(), maxLineBytes, textPublished));
    }

    /** The documents of one JSONL or text file; see {@link #read(List, LocalDate)}. */
    public Stream<Reading> read(Path file) {
        return read(List.of(file), null);
    }

    /** The documents of a JSONL stream, closed with the returned stream; {@code name} names it in diagnostics. */
    public Stream<Reading> readJsonl(InputStream in, String name) {
        return stream(new Session(List.of(new Session.Source(name, () -> in, false)), maxLineBytes, null));
    }

    private static Session.Source source(Path file) {
        return new Session.Source(file.toString(), () -> Files.newInputStream(file),
                isText(file.getFileName().toString().toLowerCase(Locale.ROOT)));
    }

    private static boolean isText(String lowerCaseName) {
        return lowerCaseName.endsWith(".txt");
    }

    private static Stream<Reading> stream(Session session) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(session,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(session::close);
    }
}
