package org.amnok.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where an export goes: a file that appears only once complete (written beside it, then renamed over it), or
 * standard output. Not thread-safe; one per export.
 */
final class AtomicOutput implements AutoCloseable {
    private final Writer writer;
    private final Path target;
    private final Path temp;
    private boolean committed;

    private AtomicOutput(Writer writer, Path target, Path temp) {
        this.writer = writer;
        this.target = target;
        this.temp = temp;
    }

    /** Output to {@code file}, or to {@code stdout} when {@code file} is {@code null}. */
    static AtomicOutput open(Path file, Writer stdout) {
        if (file == null) {
            return new AtomicOutput(stdout, null, null);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, "." + file.getFileName(), ".part");
            OutputStream out = Files.newOutputStream(temp);
            return new AtomicOutput(new OutputStreamWriter(out, StandardCharsets.UTF_8), file, temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + " (" + e.getMessage() + "); check the folder", e);
        }
    }

    Writer writer() {
        return writer;
    }

    /** Makes the output complete: the file appears under its name. */
    void commit() {
        try {
            writer.flush();
            if (target != null) {
                writer.close();
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + " (" + e.getMessage() + ")", e);
        }
    }

    /** Without {@link #commit()}, throws the partial file away. */
    @Override
    public void close() {
        if (target == null || committed) {
            return;
        }
        try {
            writer.close();
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + temp + " (" + e.getMessage() + ")", e);
        }
    }
}
