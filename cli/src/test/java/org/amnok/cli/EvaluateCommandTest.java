package org.amnok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amnok.incident.DateValue;
import org.amnok.incident.Evidence;
import org.amnok.incident.Group;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.People;
import org.amnok.incident.Scope;
import org.amnok.incident.Span;
import org.amnok.incident.Status;
import org.amnok.jsonl.IncidentJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final Path SHARED = Path.of(System.getProperty("amnok.root", "."), "..", "shared");
    private static final String TEXT = "Police detained three defectors in Dandong on March 2. Two were sent back.";

    @TempDir
    Path dir;

    @Test
    void printsTheReferenceScorersTable() throws IOException {
        Path gold = lines("gold.jsonl", IncidentJson.line("d1", List.of(arrest("Dandong", 3))),
                IncidentJson.line("d2", List.of(arrest("Tumen", 2))));
        Path pred = lines("pred.jsonl", IncidentJson.line("d1", List.of(arrest("dandong", 4))));

        Cli.Result r = Cli.run("evaluate", "--gold", gold.toString(), "--pred", pred.toString());

        assertThat(r.code()).isZero();
        assertThat(r.outLines()).containsExactly(
                "core     P 1.000  R 0.500  F1 0.667  strict F1 0.000  (tp 1 fp 0 fn 1)",
                "measure  P 0.000  R 0.000  F1 0.000  strict F1 0.000  (tp 0 fp 0 fn 0)",
                "fields   status 1.0  scope 1.0  people.min 0.0  people.max 0.0  location.place 1.0  date.value 1.0"
                        + "  group 1.0  agent None",
                "no prediction for 1 docs");
    }

    @Test
    void verboseListsDisagreementsAndJsonPrintsOneObject() throws IOException {
        Path gold = lines("gold.jsonl", IncidentJson.line("d1", List.of(arrest("Dandong", 3))));
        Path pred = lines("pred.jsonl", IncidentJson.line("d1", List.of(arrest("Dandong", 4))));

        Cli.Result verbose = Cli.run("evaluate", "--gold", gold.toString(), "--pred", pred.toString(), "--verbose");
        Cli.Result json = Cli.run("evaluate", "--gold", gold.toString(), "--pred", pred.toString(), "--json");

        assertThat(verbose.outLines()).startsWith("d1  ARREST people.min: gold 3, got 4  | " + TEXT.substring(0, 54),
                "d1  ARREST people.max: gold 3, got 4  | " + TEXT.substring(0, 54));
        assertThat(json.outLines()).singleElement().asString().startsWith("{\"core\": {\"precision\": 1.0,");
    }

    @Test
    void brokenPredictionLinesAreDiagnosticsAndFailUnderStrict() throws IOException {
        Path gold = lines("gold.jsonl", IncidentJson.line("d1", List.of(arrest("Dandong", 3))));
        Path pred = lines("pred.jsonl", "{\"id\": \"d1\", \"incidents\": [{\"type\": \"CAUGHT\"}]}");

        Cli.Result lenient = Cli.run("evaluate", "--gold", gold.toString(), "--pred", pred.toString());
        Cli.Result strict = Cli.run("evaluate", "--gold", gold.toString(), "--pred", pred.toString(), "--strict");

        assertThat(lenient.code()).isZero();
        assertThat(lenient.err()).contains("pred.jsonl:1: incidents[0].type is \"CAUGHT\"");
        assertThat(lenient.outLines().get(0)).endsWith("(tp 0 fp 0 fn 1)");
        assertThat(strict.code()).isEqualTo(1);
    }

    @Test
    void agreesWithScorePyOnTheSharedGoldAgainstOurOwnExtraction() throws Exception {
        Path corpus = SHARED.resolve("corpus/dev");
        Assumptions.assumeTrue(Files.isDirectory(corpus), SHARED + " not found: corpus tests skipped");
        Path pred = dir.resolve("dev.pred.jsonl");
        assertThat(Cli.run("extract", "--in", corpus.resolve("docs.jsonl").toString(), "--out", pred.toString())
                .code()).isZero();
        Cli.Result ours = Cli.run("evaluate", "--gold", corpus.resolve("gold.jsonl").toString(), "--pred",
                pred.toString(), "--verbose");
        List<String> command = new ArrayList<>(List.of("python3", SHARED.resolve("tools/score.py").toString(),
                corpus.resolve("gold.jsonl").toString(), pred.toString(), "--verbose"));
        Process python;
        try {
            python = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 not found: agreement test skipped");
            return;
        }
        String reference = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ours.out()).isEqualTo(reference);
    }

    private Path lines(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }

    private static Incident arrest(String place, int n) {
        return new Incident(IncidentType.ARREST, Status.OCCURRED, Scope.INCIDENT, People.exactly(n),
                Group.DEFECTORS, null, new Location(place, null, null, null, null, null, null),
                DateValue.of("2020-03-02"), null, Evidence.of(TEXT, new Span(0, 54)));
    }
}
