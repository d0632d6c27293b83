package org.amnok.jsonl;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a byte stream, each as a byte range, without decoding them and without holding more than the
 * current line: a line longer than the limit is counted and dropped, never buffered.
 *
 * <p>Not thread-safe: one reader, one thread. Line ends are {@code \n} or {@code \r\n}; a UTF-8 byte order mark
 * before the first line is dropped.
 */
final class Lines implements Closeable {
    private static final int SMALL = 1 << 12;
    private static final int LARGE = 1 << 20;

    private final InputStream in;
    private final int max;
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[SMALL];
    private int length;
    private long seen;
    private int number;

    /**
     * @param in the stream, closed by {@link #close()}
     * @param max longest line kept, in bytes
     */
    Lines(InputStream in, int max) {
        this.in = in;
        this.max = max;
    }

    /** Advances to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        if (line.length > LARGE) {
            line = new byte[SMALL]; // let a huge line's buffer go once it has been read
        }
        length = 0;
        seen = 0;
        while (pos < limit || fill()) {
            int newline = indexOfNewline();
            append(newline < 0 ? limit : newline);
            pos = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                return counted();
            }
        }
        return seen > 0 && counted();
    }

    /** The current line's bytes, valid up to {@link #length()} until the next call of {@link #next()}. */
    byte[] bytes() {
        return line;
    }

    /** Bytes of the current line, without its line end; 0 when it was too long and dropped. */
    int length() {
        return tooLong() ? 0 : length - (length > 0 && line[length - 1] == '\r' ? 1 : 0);
    }

    /** True when the current line was longer than the limit and its bytes were dropped. */
    boolean tooLong() {
        return seen > max;
    }

    /** Bytes the current line had, kept or not. */
    long size() {
        return seen;
    }

    /** 1-based number of the current line. */
    int number() {
        return number;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean counted() {
        number++;
        if (number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF) {
            System.arraycopy(line, 3, line, 0, length - 3);
            length -= 3;
            seen -= 3;
        }
        return true;
    }

    private boolean fill() throws IOException {
        pos = 0;
        limit = Math.max(in.read(chunk), 0);
        return limit > 0;
    }

    private int indexOfNewline() {
        for (int i = pos; i < limit; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int end) {
        int n = end - pos;
        seen += n;
        if (seen > max + 3L) { // +3: room for a byte order mark, which does not count
            return;
        }
        if (length + n > line.length) {
            byte[] bigger = new byte[(int) Math.min(Math.max(line.length * 2L, length + (long) n), max + 3L)];
            System.arraycopy(line, 0, bigger, 0, length);
            line = bigger;
        }
        System.arraycopy(chunk, pos, line, length, n);
        length += n;
    }
}
