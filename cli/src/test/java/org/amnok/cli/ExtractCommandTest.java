package org.amnok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.amnok.incident.Incident;
import org.amnok.jsonl.IncidentFile;
import org.amnok.jsonl.IncidentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExtractCommandTest {
    private static final String BEFORE = "{\"id\": \"before\", \"published\": \"2020-01-08\", \"text\": \"Police in"
            + " Changbai arrested two North Korean defectors on January 5.\"}";
    private static final String AFTER = "{\"id\": \"after\", \"published\": \"2020-01-09\", \"text\": \"The two were"
            + " handed over to North Korean guards at the Changbai crossing.\"}";
    private static final int MB = 1024 * 1024;

    @TempDir
    Path dir;

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("an empty text", line("{\"id\": \"blank\", \"text\": \"\"}"), "input.empty-text",
                        "blank [text]", true),
                Arguments.of("binary junk", junk(), "input.not-utf8", "docs.jsonl:2", false),
                Arguments.of("a line that is not JSON", line("id=7; text=Guards opened fire"), "input.not-json",
                        "docs.jsonl:2", false),
                Arguments.of("a missing id", line("{\"text\": \"Guards opened fire on a boat.\"}"),
                        "input.missing-id", "docs.jsonl:2 [id]", false),
                Arguments.of("an unknown field", line("{\"id\": \"extra\", \"text\": \"Guards opened fire.\","
                        + " \"byline\": \"staff\"}"), "input.unknown-field", "extra [byline]", true),
                Arguments.of("a date that is not a date", line("{\"id\": \"when\", \"text\": \"Guards opened fire.\","
                        + " \"published\": \"Tuesday\"}"), "input.bad-date", "when [published]", true),
                Arguments.of("a line over the 50 MB limit", document("too-big", 60 * MB), "input.too-long",
                        "docs.jsonl:2", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputGetsADiagnosticNamingLineAndFieldTheRestIsProcessedAndStrictFails(String name, byte[] bad,
            String rule, String named, boolean read) throws IOException {
        Path docs = write(BEFORE.getBytes(StandardCharsets.UTF_8), bad, AFTER.getBytes(StandardCharsets.UTF_8));

        Cli.Result lenient = Cli.run("extract", "--in", docs.toString(), "--threads", "2");
        Cli.Result strict = Cli.run("extract", "--in", docs.toString(), "--strict");

        assertThat(lenient.code()).isZero();
        assertThat(lenient.errLines()).singleElement().asString().contains(named).contains("docs.jsonl:2")
                .endsWith("(" + rule + ")");
        List<String> ids = ids(lenient.out());
        assertThat(ids).startsWith("before").endsWith("after").hasSize(read ? 3 : 2);
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.out()).isEqualTo(lenient.out());
    }

    @Test
    void aTwentyMegabyteDocumentIsReadToTheExtractorsLimitWithADiagnosticAndTheOthersStillRun() throws IOException {
        // The text is one sentence padded with spaces: the reader and writer still carry all 20 MB, while the
        // extractor reads its first Extractor.MAX_CHARS and says so (bench measures speed).
        Path docs = write(BEFORE.getBytes(StandardCharsets.UTF_8), document("huge", 20 * MB),
                AFTER.getBytes(StandardCharsets.UTF_8));
        Cli.Result lenient = Cli.run("extract", "--in", docs.toString());
        Cli.Result strict = Cli.run("extract", "--in", docs.toString(), "--strict");
        assertThat(lenient.err()).contains("huge [text]").contains("extract.too-long");
        assertThat(lenient.code()).isZero();
        assertThat(strict.code()).isEqualTo(1);
        assertThat(ids(lenient.out())).containsExactly("before", "huge", "after");
    }

    @Test
    void everyCaseInOneFileStillYieldsEveryReadableDocumentInOrder() throws IOException {
        List<byte[]> lines = new ArrayList<>();
        lines.add(BEFORE.getBytes(StandardCharsets.UTF_8));
        badInput().forEach(a -> lines.add((byte[]) a.get()[1]));
        lines.add(AFTER.getBytes(StandardCharsets.UTF_8));
        Cli.Result r = Cli.run("extract", "--in", write(lines.toArray(byte[][]::new)).toString());
        assertThat(ids(r.out())).containsExactly("before", "blank", "extra", "when", "after");
        assertThat(r.errLines()).hasSize(7);
        assertThat(r.code()).isZero();
    }

    @Test
    void writesOneLineInInputOrderWhateverTheThreads() throws IOException {
        byte[][] lines = IntStream.range(0, 120).mapToObj(i -> ("{\"id\": \"doc-" + i + "\", \"text\": \"Police"
                + " held " + (i % 9 + 2) + " North Koreans in Tumen.\"}").getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        Cli.Result r = Cli.run("extract", "--in", write(lines).toString(), "--threads", "4", "--progress", "never");
        assertThat(ids(r.out())).containsExactlyElementsOf(IntStream.range(0, 120).mapToObj(i -> "doc-" + i)
                .toList());
    }

    @Test
    void writesTheOutputFileWholeAndLeavesNothingElseBehind() throws IOException {
        Path docs = write(BEFORE.getBytes(StandardCharsets.UTF_8), AFTER.getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("out").resolve("pred.jsonl");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "an older run\n");
        Cli.Result r = Cli.run("extract", "--in", docs.toString(), "--out", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(ids(Files.readString(out))).containsExactly("before", "after");
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void readsTextFilesAndDirectoriesWithThePublicationDateGiven() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("b-hyesan.txt"), "Two smugglers were caught near Hyesan last week.");
        Files.writeString(reports.resolve("a-dandong.txt"), "A man swam the Yalu River near Dandong on Monday.");
        Files.writeString(reports.resolve("notes.md"), "not a report");
        Cli.Result r = Cli.run("extract", "--in", reports.toString(), "--published", "2019-06-03");
        assertThat(r.code()).isZero();
        assertThat(ids(r.out())).containsExactly("a-dandong", "b-hyesan");
    }

    @Test
    void anOutputDirectoryThatDoesNotExistIsAUsageError() throws IOException {
        Path docs = write(BEFORE.getBytes(StandardCharsets.UTF_8));
        Cli.Result r = Cli.run("extract", "--in", docs.toString(), "--out", dir.resolve("no/such/pred.jsonl")
                .toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("its directory does not exist");
    }

    private static List<String> ids(String output) {
        IncidentFile<Incident> file = IncidentJson.readIncidents(new StringReader(output), "stdout");
        assertThat(file.diagnostics()).isEmpty();
        assertThat(output.lines()).hasSize(file.documents().size());
        return List.copyOf(file.documents().keySet());
    }

    private Path write(byte[]... lines) throws IOException {
        Path file = dir.resolve("docs.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (byte[] line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
        return file;
    }

    private static byte[] line(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that are no text: high bytes that are not UTF-8, and no line break among them. */
    private static byte[] junk() {
        byte[] junk = new byte[2048];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (0x80 + (i * 37) % 0x7F);
        }
        return junk;
    }

    /** A document of about {@code size} bytes: a sentence and spaces. */
    private static byte[] document(String id, int size) {
        String head = "{\"id\": \"" + id + "\", \"text\": \"Guards caught a woman crossing the ice near Sinuiju.";
        StringBuilder s = new StringBuilder(size + 16).append(head);
        s.append(" ".repeat(Math.max(0, size - head.length() - 2))).append("\"}");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
