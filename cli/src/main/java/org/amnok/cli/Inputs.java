package org.amnok.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.amnok.jsonl.DocumentReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The input files a command was given: a file stands for itself, a directory for the {@code .jsonl},
 * {@code .ndjson} and {@code .txt} files under it, in name order. Stateless.
 */
final class Inputs {
    private Inputs() {
    }

    /**
     * The files to read, in order.
     *
     * @throws ParameterException when a path does not exist or a directory holds no readable file (exit 2)
     */
    static List<Path> expand(List<Path> paths, CommandSpec command) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = walk(p);
                if (found.isEmpty()) {
                    throw new ParameterException(command.commandLine(), "--in " + p + " holds no .jsonl, .ndjson"
                            + " or .txt file; give a file or a directory of them");
                }
                out.addAll(found);
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new ParameterException(command.commandLine(), "--in " + p + " does not exist; give a"
                        + " JSONL file, a .txt file or a directory");
            }
        }
        return out;
    }

    /**
     * The seeds and dev corpora in {@code ../shared/corpus} beside the repository: the repository is found by the
     * system property {@code amnok.home} (set by the launcher), {@code amnok.root} (set for tests) or else the
     * working directory. Empty when there is no such corpus.
     */
    static List<Path> sharedCorpora() {
        for (String base : Stream.of(System.getProperty("amnok.home"), System.getProperty("amnok.root"), ".")
                .filter(Objects::nonNull).toList()) {
            Path corpus = Path.of(base, "..", "shared", "corpus").normalize();
            List<Path> files = Stream.of("seeds", "dev").map(c -> corpus.resolve(c).resolve("docs.jsonl"))
                    .filter(Files::isRegularFile).toList();
            if (!files.isEmpty()) {
                return files;
            }
        }
        return List.of();
    }

    /** Roughly how many documents the files hold (non-blank lines of JSONL, one per text file); reads them. */
    static long countDocuments(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            n += f.getFileName().toString().endsWith(".txt") ? 1 : nonBlankLines(f);
        }
        return n;
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(DocumentReader::accepts).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static long nonBlankLines(Path file) {
        byte[] buffer = new byte[1 << 16];
        long lines = 0;
        boolean content = false;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return lines + (content ? 1 : 0);
    }
}
