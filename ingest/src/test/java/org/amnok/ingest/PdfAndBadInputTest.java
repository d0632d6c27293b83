package org.amnok.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.amnok.incident.Diagnostic;
import org.amnok.incident.Document;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PdfAndBadInputTest {
    @TempDir
    Path tmp;

    @Test
    void readsThePdfTextLayerAndTitle() throws IOException {
        Path file = pdf("bulletin.pdf", "Monthly border bulletin", "Eleven defectors were repatriated from Tumen.");

        Recorder r = Recorder.read(file);

        assertThat(r.problems).isEmpty();
        assertThat(r.documents).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("bulletin");
            assertThat(d.title()).isEqualTo("Monthly border bulletin");
            assertThat(d.text()).isEqualTo("Eleven defectors were repatriated from Tumen.");
        });
    }

    static Stream<Arguments> badFiles() {
        byte[] html = "<html><body><p>Not a PDF.</p></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Caf\u00e9 owner held.".getBytes(StandardCharsets.ISO_8859_1);
        byte[] binary = {'a', 'b', 0, 1, 2, 3, 0, 'c'};
        byte[] pdfInTxt = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], "ingest.empty-file", "empty"),
                Arguments.of("page.pdf", html, "ingest.wrong-type", "not a PDF"),
                Arguments.of("latin.txt", latin1, "ingest.encoding", "UTF-8"),
                Arguments.of("blob.html", binary, "ingest.wrong-type", "binary"),
                Arguments.of("report.txt", pdfInTxt, "ingest.wrong-type", "rename it to .pdf"),
                Arguments.of("notes.docx", html, "ingest.unsupported-type", ".pdf"),
                Arguments.of("feed.rss", "just words".getBytes(StandardCharsets.UTF_8), "ingest.wrong-type", "XML"),
                Arguments.of("blank.txt", " \n\t\n ".getBytes(StandardCharsets.UTF_8), "ingest.no-text", "white"),
                Arguments.of("scripted.html", "<html><body><script>x()</script></body></html>"
                        .getBytes(StandardCharsets.UTF_8), "ingest.no-text", "readable text"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badFiles")
    void reportsOneProblemNamingTheFileAndWhy(String name, byte[] content, String rule, String reason)
            throws IOException {
        Path file = Files.write(tmp.resolve(name), content);

        Recorder r = Recorder.read(file);

        assertThat(r.documents).isEmpty();
        assertThat(r.problems).singleElement().satisfies(p -> {
            assertThat(p.document()).isEqualTo(file.toString());
            assertThat(p.rule()).isEqualTo(rule);
            assertThat(p.message()).contains(reason);
        });
        assertThat(r.done).containsExactly(file);
    }

    @Test
    void reportsATruncatedPdfAndGoesOnWithTheNextFile() throws IOException {
        Path whole = pdf("whole.pdf", "Whole", "Police caught three smugglers in Changbai.");
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(tmp.resolve("cut.pdf"), Arrays.copyOf(bytes, bytes.length / 3));

        Recorder r = Recorder.read(tmp);

        assertThat(r.documents).extracting(Document::id).containsExactly("whole");
        assertThat(r.problems).singleElement().satisfies(p -> {
            assertThat(p.document()).endsWith("cut.pdf");
            assertThat(p.rule()).isIn("ingest.damaged", "ingest.no-text");
        });
    }

    @Test
    void readsAFolderRecursivelyInPathOrderSkippingHiddenFilesAndNamingAMissingPath() throws IOException {
        Files.createDirectories(tmp.resolve("b/.git"));
        Files.writeString(tmp.resolve("b/2.txt"), "Second report.");
        Files.writeString(tmp.resolve("a.txt"), "First report.");
        Files.writeString(tmp.resolve("b/.git/config.txt"), "Hidden.");
        Files.writeString(tmp.resolve(".hidden.txt"), "Hidden.");

        Recorder r = Recorder.read(tmp, tmp.resolve("nowhere"));

        assertThat(r.documents).extracting(Document::id).containsExactly("a", "2");
        assertThat(r.problems).extracting(Diagnostic::rule).containsExactly("ingest.not-found");
    }

    @Test
    void streamsAFolderOfTenThousandFilesOneAtATime() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(folder.resolve(String.format(java.util.Locale.ROOT, "r%05d.txt", i)),
                    "Report " + i + ": a defector was caught near Hunchun.");
        }
        Files.write(folder.resolve("r05000.pdf"), new byte[0]);
        int[] seen = {0};
        List<String> problems = new java.util.ArrayList<>();

        Ingest.create().read(List.of(folder), new DocumentSink() {
            @Override
            public void document(Document document, String origin) {
                assertThat(document.id()).isEqualTo(String.format(java.util.Locale.ROOT, "r%05d", seen[0]++));
            }

            @Override
            public void problem(Diagnostic problem) {
                problems.add(problem.rule());
            }
        });

        assertThat(seen[0]).isEqualTo(10_000);
        assertThat(problems).containsExactly("ingest.empty-file");
    }

    private Path pdf(String name, String title, String line) throws IOException {
        Path file = tmp.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText(line);
                s.endText();
            }
            doc.getDocumentInformation().setTitle(title);
            doc.save(file.toFile());
        }
        return file;
    }
}
