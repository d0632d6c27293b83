package org.amnok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amnok.incident.Document;
import org.amnok.incident.Evidence;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Span;
import org.amnok.store.IncidentState;
import org.amnok.store.IncidentStore;
import org.amnok.store.StoreCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    @TempDir
    Path tmp;

    @Test
    void storesWhatItCanReadReportsEachFailureAndSummarizes() throws IOException {
        Path in = folder();

        Shared.Run run = ingest(in);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("failed: " + in.resolve("empty.txt")).contains("empty")
                .contains("failed: " + in.resolve("fake.pdf")).contains("not a PDF")
                .endsWith("added 3, unchanged 0, failed 2\n");
        try (IncidentStore store = IncidentStore.open(db())) {
            assertThat(store.documentIds()).containsExactlyInAnyOrder("a", "b", "j1");
            assertThat(store.incidentsOf("a")).hasSize(1);
        }
    }

    @Test
    void ingestingTheSameFilesTwiceAddsNothingTheSecondTime() throws IOException {
        Path in = folder();
        ingest(in);
        StoreCounts first = counts();

        Shared.Run again = ingest(in);

        assertThat(again.err()).endsWith("added 0, unchanged 3, failed 2\n");
        assertThat(counts()).isEqualTo(first);
    }

    @Test
    void reextractingKeepsWhatAnAnalystConfirmed() throws IOException {
        Path in = folder();
        ingest(in);
        try (IncidentStore store = IncidentStore.open(db())) {
            store.setState("a#0", IncidentState.CONFIRMED, "kim");
        }
        IngestCommand again = new IngestCommand();
        again.extraction = d -> List.of();

        Shared.Run run = Shared.run(again, "--db", db(), "--reextract", in.toString());

        assertThat(run.err()).contains("re-extracted 3");
        try (IncidentStore store = IncidentStore.open(db())) {
            assertThat(store.incidentsOf("a")).singleElement().extracting(s -> s.state())
                    .isEqualTo(IncidentState.CONFIRMED);
            assertThat(store.incidentsOf("b")).isEmpty();
        }
    }

    @Test
    void aDocumentThatBreaksTheExtractorIsReportedAndTheOthersAreStored() throws IOException {
        Path in = folder();
        IngestCommand command = new IngestCommand();
        command.extraction = d -> {
            if (d.id().equals("b")) {
                throw new IllegalStateException("tagger choked");
            }
            return firstSentence(d);
        };

        Shared.Run run = Shared.run(command, "--db", db(), "--threads", "2", in.toString());

        assertThat(run.err()).contains("failed: " + in.resolve("b.html") + ": extraction failed")
                .contains("tagger choked").endsWith("added 2, unchanged 0, failed 3\n");
        assertThat(counts().documents()).isEqualTo(2);
    }

    @Test
    void refusesNoThreadsAsAUsageError() {
        Shared.Run run = Shared.run(new IngestCommand(), "--db", db(), "--threads", "0", tmp.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--threads 0");
    }

    @Test
    void ingestingTheSharedCorpusTwiceLeavesTheRowCountsOfTheFirstTime() {
        Path corpus = Shared.root().resolve("corpus");
        String[] args = {"--db", db(), corpus.resolve("seeds/docs.jsonl").toString(),
            corpus.resolve("dev/docs.jsonl").toString(), corpus.resolve("merge/docs.jsonl").toString()};

        Shared.Run first = Shared.run(new IngestCommand(), args);
        StoreCounts after = counts();
        Shared.Run second = Shared.run(new IngestCommand(), args);

        // The corpora share some articles (same URL under another id): those count as unchanged the first time.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("added (\\d+), unchanged (\\d+), failed 0")
                .matcher(first.err());
        assertThat(m.find()).as(first.err()).isTrue();
        int seen = Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2));
        assertThat(after.documents()).isEqualTo(Long.parseLong(m.group(1)));
        assertThat(second.err()).endsWith("added 0, unchanged " + seen + ", failed 0\n");
        assertThat(counts()).isEqualTo(after);
    }

    private Path folder() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Arrest in Yanji\nPolice arrested a defector in Yanji on May 2.");
        Files.writeString(in.resolve("b.html"), "<html><body><article><p>Two workers fled a seafood plant in"
                + " Donggang.</p></article></body></html>");
        Files.writeString(in.resolve("more.jsonl"), "{\"id\": \"j1\", \"text\": \"A guide was detained.\"}\n");
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("fake.pdf"), "<html>not a pdf</html>");
        return in;
    }

    private Shared.Run ingest(Path in) {
        IngestCommand command = new IngestCommand();
        command.extraction = IngestCommandTest::firstSentence;
        return Shared.run(command, "--db", db(), in.toString());
    }

    /** An extractor for tests: the first sentence of every document is an arrest. */
    static List<Incident> firstSentence(Document d) {
        int end = d.text().indexOf('.') + 1;
        Incident arrest = new Incident(IncidentType.ARREST, org.amnok.incident.Status.OCCURRED,
                org.amnok.incident.Scope.INCIDENT, org.amnok.incident.People.exactly(1), null, null,
                org.amnok.incident.Location.UNKNOWN, org.amnok.incident.DateValue.UNKNOWN, null,
                Evidence.of(d.text(), new Span(0, end)));
        return List.of(arrest);
    }

    private String db() {
        return tmp.resolve("data/amnok.db").toString();
    }

    private StoreCounts counts() {
        try (IncidentStore store = IncidentStore.open(db())) {
            return store.counts();
        }
    }
}
