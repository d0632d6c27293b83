package org.amnok.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.amnok.incident.Incident;
import org.amnok.jsonl.DocumentReader;
import org.amnok.jsonl.IncidentJson;
import org.amnok.jsonl.Reading;
import org.amnok.score.GoldIncident;
import org.amnok.score.Score;
import org.amnok.score.Scorer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden corpus test: extraction on the shared seeds and dev corpora, scored by the spec's rules, must stay
 * above the floors below. Skips when {@code ../shared} is absent.
 *
 * <p>Issue #2 targets core F1 0.90 and strict F1 0.70 on seeds and dev; both meet them (seeds 1.00 / 0.97, dev
 * 0.95 / 0.76 when last raised). The merge corpus, written for case merging and studied less than the others,
 * stands in for a held-out set: its floors are a ratchet at what the rules reach today, so a change that fits
 * seeds and dev at the cost of generalizing fails here. Raise these numbers whenever the scores rise; never lower them.
 */
class ExtractorCorpusTest {
    private static final Path SHARED = Path.of(System.getProperty("amnok.root", "."), "..", "shared");
    private static final Extractor EXTRACTOR = Extractor.create();

    private static Map<String, List<Incident>> extract(Path docs) {
        Map<String, List<Incident>> out = new LinkedHashMap<>();
        try (Stream<Reading> readings = DocumentReader.create().read(List.of(docs), null)) {
            readings.forEach(r -> r.findDocument().ifPresent(d -> out.put(d.id(), EXTRACTOR.incidents(d))));
        }
        return out;
    }

    private static Path corpus(String name) {
        Path dir = SHARED.resolve("corpus").resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(dir), dir + " not found: corpus quality tests skipped");
        return dir;
    }

    @ParameterizedTest(name = "{0}: core F1 >= {1}, strict F1 >= {2}")
    @CsvSource({"seeds, 0.95, 0.95", "dev, 0.90, 0.75", "merge, 0.90, 0.75"})
    void staysAboveTheQualityFloors(String name, double coreFloor, double strictFloor) {
        Path dir = corpus(name);
        Map<String, List<GoldIncident>> gold = IncidentJson.readGold(dir.resolve("gold.jsonl")).documents();
        Score score = Scorer.score(gold, extract(dir.resolve("docs.jsonl")));
        score.table(false).forEach(line -> System.out.println(name + ": " + line));
        assertThat(score.core().f1()).as("core F1 on " + name + " (issue #2 targets 0.90 on seeds and dev)")
                .isGreaterThanOrEqualTo(coreFloor);
        assertThat(score.core().strictF1()).as("strict F1 on " + name + " (issue #2 targets 0.70 on seeds and dev)")
                .isGreaterThanOrEqualTo(strictFloor);
    }

    @Test
    void everyNonOptionalSeedIncidentIsFound() {
        Path dir = corpus("seeds");
        Map<String, List<GoldIncident>> gold = IncidentJson.readGold(dir.resolve("gold.jsonl")).documents();
        Score score = Scorer.score(gold, extract(dir.resolve("docs.jsonl")));
        List<String> missed = score.table(true).stream().filter(line -> line.contains(" MISSED ")).toList();
        assertThat(missed).as("seed incidents not found (issue #2: every non-optional one must be)").isEmpty();
        assertThat(score.core().fn() + score.measure().fn()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seeds", "dev", "merge"})
    void everyEvidenceSpanSlicesItsTextOutOfTheDocument(String name) {
        Path docs = corpus(name).resolve("docs.jsonl");
        try (Stream<Reading> readings = DocumentReader.create().read(List.of(docs), null)) {
            readings.forEach(r -> r.findDocument().ifPresent(d -> {
                for (Incident i : EXTRACTOR.incidents(d)) {
                    assertThat(i.evidence().span().slice(d.text())).isEqualTo(i.evidence().text());
                }
            }));
        }
    }
}
