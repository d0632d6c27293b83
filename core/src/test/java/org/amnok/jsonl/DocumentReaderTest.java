package org.amnok.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.amnok.incident.Diagnostic;
import org.amnok.incident.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentReaderTest {
    private static final String GOOD = "{\"id\": \"rfa-1\", \"published\": \"2021-03-04\", \"source\": \"RFA\","
            + " \"text\": \"Police in Tumen detained three women who had crossed the river.\"}";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        not json at all                                              | input.not-json      |           | false
        [1, 2]                                                       | input.not-object    |           | false
        {"text": "Guards caught two men."}                           | input.missing-id    | id        | false
        {"id": "  ", "text": "Guards caught two men."}               | input.bad-id        | id        | false
        {"id": 7, "text": "Guards caught two men."}                  | input.bad-id        | id        | false
        {"id": "a"}                                                  | input.missing-text  | text      | false
        {"id": "a", "text": 5}                                       | input.bad-text      | text      | false
        {"id": "a", "text": "Guards caught two men."} and more       | input.not-json      |           | false
        {"id": "a", "id": "b", "text": "Guards caught two men."}     | input.not-json      |           | false
        {"id": "a", "text": "Guards caught two men.", "author": "x"} | input.unknown-field | author    | true
        {"id": "a", "text": "Guards caught two men.", "published": "last week"}  | input.bad-date | published | true
        {"id": "a", "text": "Guards caught two men.", "published": "2019-02-30"} | input.bad-date | published | true
        {"id": "a", "text": "Guards caught two men.", "published": 20190203}     | input.bad-date | published | true
        {"id": "a", "text": "Guards caught two men.", "source": 3}   | input.bad-field     | source    | true
        {"id": "a", "text": ""}                                      | input.empty-text    | text      | true
        {"id": "a", "text": " \\n "}                                 | input.empty-text    | text      | true
        """)
    void eachProblemIsOneDiagnosticNamingTheLineAndFieldAndTheNextLineStillComesThrough(String line, String rule,
            String field, boolean documentRead) throws IOException {
        List<Reading> readings = read(line, GOOD);

        assertThat(readings).hasSize(2);
        Reading bad = readings.get(0);
        assertThat(bad.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(rule);
            assertThat(d.field()).isEqualTo(field);
            assertThat(d.describe()).contains("docs.jsonl:1");
        });
        assertThat(bad.findDocument().map(Document::id)).isEqualTo(documentRead ? Optional.of("a") : Optional.empty());
        assertThat(readings.get(1).diagnostics()).isEmpty();
        assertThat(readings.get(1).document().id()).isEqualTo("rfa-1");
    }

    @Test
    void readsEveryFieldOfTheSpecsInputAndKeepsInputOrder() throws IOException {
        List<Reading> readings = read(GOOD, "{\"id\": \"b\", \"text\": \"Two brokers were held.\", \"title\": \"Held\","
                + " \"url\": \"https://example.org/b\", \"lang\": \"en\"}");
        assertThat(readings).extracting(Reading::document).containsExactly(
                new Document("rfa-1", LocalDate.of(2021, 3, 4), "RFA", null, null, null,
                        "Police in Tumen detained three women who had crossed the river."),
                new Document("b", null, null, "https://example.org/b", "Held", "en", "Two brokers were held."));
    }

    @Test
    void aDiagnosticAboutAKnownDocumentNamesItsIdAndItsLine() throws IOException {
        Diagnostic d = read("", "{\"id\": \"dnk-7\", \"text\": \"x\", \"published\": \"May 2019\"}").get(0)
                .diagnostics().get(0);
        assertThat(d.document()).isEqualTo("dnk-7");
        assertThat(d.message()).startsWith(dir.resolve("docs.jsonl") + ":2: ").contains("YYYY-MM-DD");
    }

    @Test
    void blankLinesAreSkippedSilentlyButStillCounted() throws IOException {
        List<Reading> readings = read("", "   ", "\t", "not json");
        assertThat(readings).singleElement().satisfies(r -> assertThat(r.diagnostics().get(0).document())
                .endsWith("docs.jsonl:4"));
    }

    @Test
    void aRepeatedIdIsReportedWithWhereItWasFirstUsedAndSkipped() throws IOException {
        List<Reading> readings = read(GOOD, GOOD.replace("Tumen", "Yanji"));
        assertThat(readings.get(0).document().text()).contains("Tumen");
        assertThat(readings.get(1).findDocument()).isEmpty();
        assertThat(readings.get(1).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("input.duplicate-id");
            assertThat(d.message()).contains("docs.jsonl:2").contains("already used at").contains("docs.jsonl:1");
        });
    }

    @Test
    void bytesThatAreNotUtf8SkipTheirLineOnly() throws IOException {
        Path file = dir.resolve("docs.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"id\": \"a\", \"text\": \"Caf".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0xE9, '"', '}', '\n'});
            out.write((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
        }
        List<Reading> readings = readAll(file);
        assertThat(readings.get(0).diagnostics()).extracting(Diagnostic::rule).containsExactly("input.not-utf8");
        assertThat(readings.get(1).document().id()).isEqualTo("rfa-1");
    }

    @Test
    void binaryJunkBecomesDiagnosticsAndTheDocumentsAfterItAreRead() throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Path file = dir.resolve("docs.jsonl");
        Files.write(file, junk);
        Files.write(file, ("\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        List<Reading> readings = readAll(file);
        assertThat(readings.subList(0, readings.size() - 1)).allSatisfy(r -> {
            assertThat(r.findDocument()).isEmpty();
            assertThat(r.diagnostics()).extracting(Diagnostic::rule).containsAnyOf("input.not-utf8",
                    "input.not-json");
        });
        assertThat(readings.get(readings.size() - 1).document().id()).isEqualTo("rfa-1");
    }

    @Test
    void aLineOverTheLimitIsSkippedWithoutBeingHeldAndTheNextIsRead() throws IOException {
        String big = "{\"id\": \"big\", \"text\": \"" + "x".repeat(5000) + "\"}";
        Path file = write(big, GOOD);
        List<Reading> readings;
        try (Stream<Reading> s = DocumentReader.create(1000).read(file)) {
            readings = s.toList();
        }
        assertThat(readings.get(0).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("input.too-long");
            assertThat(d.message()).contains(big.length() + " bytes").contains("limit of 1000");
        });
        assertThat(readings.get(1).document().id()).isEqualTo("rfa-1");
    }

    @Test
    void aTwentyMegabyteDocumentIsReadWhole() throws IOException {
        String sentence = "Police in Hunchun arrested five North Koreans near the Tumen River on March 3. ";
        String text = sentence.repeat(20 * 1024 * 1024 / sentence.length() + 1);
        Path file = write("{\"id\": \"huge\", \"text\": \"" + text + "\"}", GOOD);
        List<Reading> readings = readAll(file);
        assertThat(readings.get(0).diagnostics()).isEmpty();
        assertThat(readings.get(0).document().text()).hasSize(text.length());
        assertThat(text.length()).isGreaterThan(20 * 1024 * 1024);
        assertThat(readings.get(1).document().id()).isEqualTo("rfa-1");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreTolerated() throws IOException {
        Path file = dir.resolve("docs.jsonl");
        Files.write(file, ("\uFEFF" + GOOD + "\r\n" + GOOD.replace("rfa-1", "rfa-2") + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(readAll(file)).extracting(r -> r.document().id()).containsExactly("rfa-1", "rfa-2");
    }

    @Test
    void aTextFileIsOneDocumentNamedByTheFileWithTheGivenPublicationDate() throws IOException {
        Path txt = dir.resolve("report-7.txt");
        Files.writeString(txt, "Chinese police arrested a defector in Yanji on Sunday.\n");
        Path empty = dir.resolve("blank.txt");
        Files.writeString(empty, "  \n");
        Path binary = dir.resolve("scan.txt");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1});
        List<Reading> readings;
        try (Stream<Reading> s = DocumentReader.create().read(List.of(txt, empty, binary),
                LocalDate.of(2020, 5, 6))) {
            readings = s.toList();
        }
        assertThat(readings.get(0).document()).isEqualTo(Document.of("report-7", LocalDate.of(2020, 5, 6),
                "Chinese police arrested a defector in Yanji on Sunday.\n"));
        assertThat(readings.get(1).diagnostics()).extracting(Diagnostic::rule).containsExactly("input.empty-text");
        assertThat(readings.get(2).diagnostics()).extracting(Diagnostic::rule).containsExactly("input.not-utf8");
    }

    @Test
    void aRepeatedIdIsCaughtAcrossFiles() throws IOException {
        Path a = write(GOOD);
        Path b = dir.resolve("more.jsonl");
        Files.writeString(b, GOOD + "\n");
        try (Stream<Reading> s = DocumentReader.create().read(List.of(a, b), null)) {
            assertThat(s.toList().get(1).diagnostics()).extracting(Diagnostic::rule)
                    .containsExactly("input.duplicate-id");
        }
    }

    @Test
    void aStreamIsReadLikeAFile() {
        ByteArrayInputStream in = new ByteArrayInputStream((GOOD + "\n[]\n").getBytes(StandardCharsets.UTF_8));
        try (Stream<Reading> s = DocumentReader.create().readJsonl(in, "stdin")) {
            List<Reading> readings = s.toList();
            assertThat(readings.get(0).document().id()).isEqualTo("rfa-1");
            assertThat(readings.get(1).diagnostics().get(0).document()).isEqualTo("stdin:2");
        }
    }

    @ParameterizedTest
    @CsvSource({"docs.jsonl, true", "feed.NDJSON, true", "report.txt, true", "page.html, false", "jsonl, false"})
    void acceptsJsonlAndTextFilesOnly(String name, boolean accepted) {
        assertThat(DocumentReader.accepts(Path.of(name))).isEqualTo(accepted);
    }

    private List<Reading> read(String... lines) throws IOException {
        return readAll(write(lines));
    }

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve("docs.jsonl");
        Files.write(file, Arrays.asList(lines), StandardCharsets.UTF_8);
        return file;
    }

    private static List<Reading> readAll(Path file) {
        try (Stream<Reading> s = DocumentReader.create().read(file)) {
            return s.toList();
        }
    }
}
