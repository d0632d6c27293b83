package org.amnok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineOutputTest {
    @TempDir
    Path dir;

    @Test
    void theFileAppearsOnlyWhenCommitted() throws IOException {
        Path target = dir.resolve("pred.jsonl");
        try (LineOutput out = LineOutput.toFile(target)) {
            out.write("{\"id\": \"a\", \"incidents\": []}");
            assertThat(target).doesNotExist();
            out.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("{\"id\": \"a\", \"incidents\": []}\n");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aRunThatFailsBeforeCommittingLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path target = dir.resolve("pred.jsonl");
        Files.writeString(target, "the last good run\n");
        try (LineOutput out = LineOutput.toFile(target)) {
            out.write("half of a run");
        }
        assertThat(Files.readString(target)).isEqualTo("the last good run\n");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void theFileIsReadableByOthersLikeAnyNewFile() throws IOException {
        Path target = dir.resolve("pred.jsonl");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        try (LineOutput out = LineOutput.toFile(target)) {
            out.commit();
        }
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    private Stream<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList().stream();
        }
    }
}
