package org.amnok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.amnok.incident.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportsSpeedOnOneThreadAndOnAllAndThePeakHeap() throws IOException {
        Path docs = dir.resolve("docs.jsonl");
        Files.writeString(docs, "{\"id\": \"a\", \"text\": \"Police in Yanji arrested three women on Friday.\"}\n"
                + "{\"id\": \"b\", \"text\": \"Guards shot at two men crossing the Tumen River.\"}\n");

        Cli.Result r = Cli.run("bench", "--in", docs.toString(), "--mb", "0.002", "--threads", "2");

        assertThat(r.code()).isZero();
        assertThat(r.outLines()).hasSize(5);
        assertThat(r.outLines().get(0)).matches("bench: 2 documents \\(.*docs.jsonl\\) repeated (\\d+) times:"
                + " [\\d,]+ documents, 0\\.00 MB, [\\d,]+ tokens");
        assertThat(r.outLines().get(2)).matches(" +1 +[\\d.]+ +[\\d.]+ +[\\d,]+ +[\\d,.]+ +[\\d,]+ +[\\d,]+");
        assertThat(r.outLines().get(3)).matches(" +2 +[\\d.]+ +[\\d.]+ +[\\d,]+ +[\\d,.]+ +[\\d,]+ +[\\d,]+");
        assertThat(r.outLines().get(4)).matches("peak heap: \\d+ MB \\(max heap \\d+ MB\\)");
    }

    @Test
    void repeatsTheTextsToAtLeastTheSizeAskedWithUniqueIds() {
        List<Document> texts = List.of(Document.of("a", LocalDate.of(2020, 1, 2), "x".repeat(300)),
                Document.of("b", null, "y".repeat(200)));
        BenchCommand.Corpus corpus = BenchCommand.Corpus.repeat(texts, 1200);
        assertThat(corpus.repeats()).isEqualTo(3);
        assertThat(corpus.bytes()).isEqualTo(1500);
        assertThat(corpus.documents()).extracting(Document::id).containsExactly("a#0", "b#0", "a#1", "b#1", "a#2",
                "b#2");
        assertThat(corpus.documents().get(2).published()).isEqualTo(LocalDate.of(2020, 1, 2));
    }

    @Test
    void byDefaultItTimesTheSeedsAndDevCorporaBesideTheRepository() {
        Path corpus = Path.of(System.getProperty("amnok.root", "."), "..", "shared", "corpus").normalize();
        Assumptions.assumeTrue(Files.isDirectory(corpus), corpus + " not found: corpus tests skipped");
        assertThat(Inputs.sharedCorpora()).containsExactly(corpus.resolve("seeds/docs.jsonl"),
                corpus.resolve("dev/docs.jsonl"));
    }

    @Test
    void withoutTheSharedCorporaItTimesTheBundledSample() {
        String root = System.getProperty("amnok.root");
        System.setProperty("amnok.root", dir.toString());
        try {
            Cli.Result r = Cli.run("bench", "--mb", "0.001", "--threads", "1");
            assertThat(r.code()).isZero();
            assertThat(r.outLines().get(0)).startsWith("bench: 3 documents (bundled samples/reports.jsonl)");
            assertThat(r.outLines()).hasSize(4);
        } finally {
            if (root == null) {
                System.clearProperty("amnok.root");
            } else {
                System.setProperty("amnok.root", root);
            }
        }
    }
}
