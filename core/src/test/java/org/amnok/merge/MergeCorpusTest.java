package org.amnok.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge corpus's gold incidents, merged and scored by the reference scorer. */
class MergeCorpusTest {
    private static List<SourcedIncident> gold;

    @BeforeAll
    static void readGold() throws IOException {
        Path corpus = GoldCorpus.shared().resolve("corpus").resolve("merge");
        Assumptions.assumeTrue(Files.isRegularFile(corpus.resolve("gold.jsonl")),
                "../shared not found: corpus tests skipped");
        gold = GoldCorpus.read("merge");
    }

    @Test
    void goldIncidentsMergeIntoTheAnnotatedEventsAndNoLookAlikeJoins(@TempDir Path dir) throws Exception {
        List<Case> cases = CaseMerger.create().merge(gold, List.of());
        Path out = dir.resolve("cases.jsonl");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            CasesJson.write(cases, w);
        }
        Path tools = GoldCorpus.shared().resolve("tools");
        Path corpus = GoldCorpus.shared().resolve("corpus").resolve("merge");
        String verbose = score(tools, corpus, out, "--verbose");
        JsonNode scores = new ObjectMapper().readTree(score(tools, corpus, out, "--json"));
        assertThat(scores.get("f1").asDouble()).as(verbose).isGreaterThanOrEqualTo(0.90);
        assertThat(verbose.lines().filter(l -> l.startsWith("FALSE MERGE") && l.contains("'L")))
                .as("look-alike documents must not merge").isEmpty();
    }

    @Test
    void everyGoldIncidentIsInExactlyOneCase() {
        List<Case> cases = CaseMerger.create().merge(gold, List.of());
        assertThat(cases.stream().flatMap(c -> c.members().stream()).map(SourcedIncident::id))
                .doesNotHaveDuplicates().hasSameSizeAs(gold);
    }

    private static String score(Path tools, Path corpus, Path cases, String flag) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("python3", tools.resolve("score_merge.py").toString(),
                    corpus.resolve("gold.jsonl").toString(), corpus.resolve("clusters.jsonl").toString(),
                    cases.toString(), flag).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 not found: scorer test skipped");
            throw e;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }
}
