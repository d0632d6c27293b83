package org.amnok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.amnok.incident.Incident;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, as the issue measures merging: {@code amnok ingest --db DB merge/docs.jsonl}, then
 * {@code amnok export --db DB --format json --cases}, scored by {@code score_merge.py}.
 *
 * <p>Issue 3's target is pair F1 0.90 on the extracted incidents, and both the gold and the extracted incidents
 * must reach it (extracted: 0.982 when this was last raised).
 */
class MergeCorpusTest {
    /** Issue 3's target for pair F1, end to end. */
    static final double TARGET = 0.90;

    @TempDir
    Path tmp;

    @Test
    void theExtractedMergeCorpusMergesWithPairF1OfAtLeastNinetyPercent() throws Exception {
        Path shared = Shared.root();
        double f1 = score(shared, tmp.resolve("extracted.db"), null);

        System.out.println("merge corpus, extracted incidents: pair F1 " + f1);
        assertThat(f1).as("pair F1 of the extracted merge corpus (issue 3's target is %.2f)", TARGET)
                .isGreaterThanOrEqualTo(TARGET);
    }

    @Test
    void theGoldIncidentsStoredAndExportedAsCasesMergeWithPairF1OfAtLeastNinetyPercent() throws Exception {
        Path shared = Shared.root();
        Map<String, List<Incident>> gold = Shared.gold(shared.resolve("corpus/merge/gold.jsonl"));

        double f1 = score(shared, tmp.resolve("gold.db"), gold);

        System.out.println("merge corpus, gold incidents through store and export: pair F1 " + f1);
        assertThat(f1).as("pair F1 of the gold incidents through store, cases and export")
                .isGreaterThanOrEqualTo(TARGET);
    }

    /** Ingests the merge corpus (with {@code gold}'s incidents, or extracted ones when null), exports, scores. */
    private double score(Path shared, Path db, Map<String, List<Incident>> gold) throws Exception {
        Path merge = shared.resolve("corpus/merge");
        IngestCommand ingest = new IngestCommand();
        if (gold != null) {
            ingest.extraction = d -> gold.getOrDefault(d.id(), List.of());
        }
        Shared.Run in = Shared.run(ingest, "--db", db.toString(), merge.resolve("docs.jsonl").toString());
        assertThat(in.err()).contains("failed 0");
        Path cases = tmp.resolve(db.getFileName() + ".cases.jsonl");
        Shared.Run out = Shared.run(new ExportCommand(), "--db", db.toString(), "--format", "json", "--cases",
                "--out", cases.toString());
        assertThat(out.code()).isZero();
        Assumptions.assumeTrue(Files.size(cases) > 0, "the extractor found no incidents in the merge corpus:"
                + " merging cannot be measured until the event layer lands");
        return f1(shared, merge, cases);
    }

    private static double f1(Path shared, Path merge, Path cases) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", shared.resolve("tools/score_merge.py").toString(),
                    merge.resolve("gold.jsonl").toString(), merge.resolve("clusters.jsonl").toString(),
                    cases.toString(), "--json").redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 is not installed: cannot run score_merge.py (" + e.getMessage() + ")");
            return 0;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        JsonNode score = new ObjectMapper().readTree(output);
        return score.get("f1").asDouble();
    }
}
