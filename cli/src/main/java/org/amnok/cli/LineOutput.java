package org.amnok.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where a command writes its result lines: standard output, or a file that appears whole or not at all. A file is
 * written beside its target under a temporary name and renamed over it by {@link #commit()}, so a crash or an
 * exception leaves the old file (or none), never half a file.
 *
 * <p>Not thread-safe: one writer thread.
 */
final class LineOutput implements Closeable {
    private final Writer writer;
    private final Path temporary;
    private final Path target;
    private boolean committed;

    private LineOutput(Writer writer, Path temporary, Path target) {
        this.writer = writer;
        this.temporary = temporary;
        this.target = target;
    }

    /** Lines to {@code out}, which stays open. */
    static LineOutput to(Writer out) {
        return new LineOutput(out, null, null);
    }

    /**
     * Lines to {@code target}, which appears only on {@link #commit()}.
     *
     * @throws UncheckedIOException when the temporary file cannot be created
     */
    static LineOutput toFile(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        // Not Files.createTempFile: that makes the file private (0600), and the rename would keep it so.
        Path temporary = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Long.toHexString(System.nanoTime()) + ".part");
        try {
            return new LineOutput(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), temporary, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a file in " + dir + " (" + e + "); check that the"
                    + " directory is writable", e);
        }
    }

    /** Lines to {@code target}, or to {@code out} when {@code target} is {@code null}. */
    static LineOutput open(Path target, Writer out) {
        return target == null ? to(out) : toFile(target);
    }

    /** The writer under the lines, for exports that stream their own format (CSV, JSON) into it. */
    Writer writer() {
        return writer;
    }

    /** Writes {@code line} and a line end. */
    void write(String line) {
        try {
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (target == null ? "to standard output" : target)
                    + " (" + e + ")", e);
        }
    }

    /** Flushes the lines; for a file, closes it and renames it over the target. */
    void commit() {
        try {
            writer.flush();
            if (temporary != null) {
                writer.close();
                move();
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + " (" + e + "); check the disk and the"
                    + " directory's permissions", e);
        }
    }

    /** Without a commit, deletes the temporary file: the target is left as it was. */
    @Override
    public void close() {
        if (temporary != null && !committed) {
            try {
                writer.close();
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the unfinished " + temporary + " (" + e + ");"
                        + " delete it by hand", e);
            }
        }
    }

    private void move() throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
