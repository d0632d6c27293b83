package org.amnok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amnok.incident.Document;
import org.amnok.incident.Incident;
import org.amnok.jsonl.DocumentReader;
import org.amnok.jsonl.IncidentFile;
import org.amnok.jsonl.IncidentJson;
import org.amnok.jsonl.Reading;
import org.junit.jupiter.api.Test;

/** The README's commands and example stay true to the code. */
class ReadmeTest {
    private static final Path ROOT = Path.of(System.getProperty("amnok.root", ".."));
    private static final Pattern BLOCK = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyAmnokCommandInTheReadmeNamesExistingCommandsAndOptions() throws IOException {
        List<String> commands = blocks("sh").stream().flatMap(String::lines)
                .map(l -> l.replaceFirst("^JAVA_OPTS=\\S+ ", "").replaceFirst("\\s+#.*$", "")) // a shell comment
                .filter(l -> l.startsWith("./amnok ")).toList();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(5);
        for (String command : commands) {
            String[] args = command.substring("./amnok ".length()).split(" ");
            Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                    .parseArgs(args); // throws on an unknown command or option
        }
    }

    @Test
    void theFirstCommandRunsOnTheShippedSamples() throws IOException {
        String first = blocks("sh").get(0).lines().findFirst().orElseThrow();
        assertThat(first).isEqualTo("./amnok extract --in samples/reports.jsonl");
        Cli.Result r = Cli.run("extract", "--in", ROOT.resolve("samples/reports.jsonl").toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        IncidentFile<Incident> out = IncidentJson.readIncidents(new StringReader(r.out()), "stdout");
        assertThat(out.documents().keySet()).containsExactlyElementsOf(samples().stream().map(Document::id)
                .toList());
    }

    @Test
    void theExampleOutputIsTheSpecsOutputForASampleReport() throws IOException {
        String example = blocks("json").get(0);
        IncidentFile<Incident> parsed = IncidentJson.readIncidents(new StringReader(example), "README.md");
        assertThat(parsed.diagnostics()).isEmpty();
        Map<String, Document> samples = samples().stream().collect(Collectors.toMap(Document::id, d -> d));
        assertThat(parsed.documents()).isNotEmpty().allSatisfy((id, incidents) -> {
            assertThat(samples).containsKey(id);
            assertThat(incidents).isNotEmpty().allSatisfy(i -> assertThat(i.evidence().span()
                    .slice(samples.get(id).text())).isEqualTo(i.evidence().text()));
        });
        assertThat(example.strip()).isEqualTo(IncidentJson.line("sample-yanji-raid",
                parsed.documents().get("sample-yanji-raid")));
    }

    @Test
    void ciRunsExactlyTheReadmesTestCommand() throws IOException {
        List<String> testBlocks = blocks("sh").stream().filter(b -> b.strip().startsWith("mvn ")).toList();
        assertThat(testBlocks).hasSize(1);
        String command = testBlocks.get(0).strip();
        List<String> ci = Files.readAllLines(ROOT.resolve(".ci/run"));
        assertThat(ci).contains(command);
        assertThat(ci.get(ci.size() - 1)).isEqualTo(command);
    }

    @Test
    void theLauncherAndCiScriptAreExecutableBashScripts() throws IOException {
        for (String script : Arrays.asList("amnok", ".ci/run")) {
            Path p = ROOT.resolve(script);
            assertThat(Files.isExecutable(p)).as(script + " is executable").isTrue();
            assertThat(Files.readAllLines(p).get(0)).isEqualTo("#!/usr/bin/env bash");
        }
    }

    private static List<String> blocks(String language) throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(ROOT.resolve("README.md")));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).equals(language)) {
                out.add(m.group(2));
            }
        }
        return out;
    }

    private static List<Document> samples() {
        try (Stream<Reading> s = DocumentReader.create().read(ROOT.resolve("samples/reports.jsonl"))) {
            return s.map(Reading::document).toList();
        }
    }
}
