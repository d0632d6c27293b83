package org.amnok.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.amnok.incident.Agent;
import org.amnok.incident.DateValue;
import org.amnok.incident.Evidence;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.People;
import org.amnok.incident.Span;
import org.amnok.incident.Status;
import org.amnok.jsonl.DocumentReader;
import org.amnok.jsonl.IncidentJson;
import org.amnok.jsonl.Reading;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java scorer agrees with {@code shared/tools/score.py} on every number and every printed line, for
 * predictions made from the shared gold files by perturbing them (fields changed, incidents dropped, added,
 * moved and retyped, documents left out). The gold is read at test time, never copied.
 */
class ScorerAgreementTest {
    private static final Path SHARED = Path.of(System.getProperty("amnok.root", "."), "..", "shared");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static Stream<Arguments> predictions() {
        List<String> corpora = List.of("seeds", "dev", "merge");
        List<Arguments> kinds = List.of(
                Arguments.of("exact copy", (Perturbation) (doc, c) -> List.of(doc.gold().get(c).incident()), false),
                Arguments.of("nothing predicted", (Perturbation) (doc, c) -> List.of(), false),
                Arguments.of("fields, types and spans perturbed, documents left out",
                        (Perturbation) ScorerAgreementTest::perturb, true),
                Arguments.of("evidence widened to the whole text", (Perturbation) ScorerAgreementTest::widen, false));
        return corpora.stream().flatMap(c -> kinds.stream().map(k -> Arguments.of(c, k.get()[0], k.get()[1],
                k.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("predictions")
    void agreesWithTheReferenceScorerOnEveryNumberAndLine(String corpus, String kind, Perturbation perturbation,
            boolean leaveDocumentsOut) throws Exception {
        Path gold = SHARED.resolve("corpus/" + corpus + "/gold.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(gold), SHARED + " not found: corpus tests skipped");
        Assumptions.assumeTrue(python("--version").exitCode == 0, "python3 not found: agreement tests skipped");
        Path pred = tmp.resolve(corpus + ".pred.jsonl");
        Files.write(pred, predictions(corpus, gold, perturbation, leaveDocumentsOut), StandardCharsets.UTF_8);

        Score score = Scorer.score(IncidentJson.readGold(gold).documents(),
                IncidentJson.readIncidents(pred).documents());

        assertThat(score.missingDocs().isEmpty()).isEqualTo(!leaveDocumentsOut);
        Run json = python(script(), gold.toString(), pred.toString(), "--json");
        assertThat(JSON.readTree(score.json())).isEqualTo(JSON.readTree(json.out));
        assertThat(score.json()).isEqualTo(json.out.strip());
        assertThat(String.join("\n", score.table(true)) + "\n").isEqualTo(
                python(script(), gold.toString(), pred.toString(), "--verbose").text());
        assertThat(String.join("\n", score.table(false)) + "\n").isEqualTo(
                python(script(), gold.toString(), pred.toString()).text());
    }

    /** A gold document with its text and its position in the gold file (which picks its perturbations). */
    record GoldDoc(String id, String text, int index, List<GoldIncident> gold) {
    }

    /** Predictions made from the {@code c}-th gold incident of a document. */
    interface Perturbation extends BiFunction<GoldDoc, Integer, List<Incident>> {
    }

    private static List<String> predictions(String corpus, Path gold, Perturbation perturbation,
            boolean leaveDocumentsOut) {
        Map<String, String> texts = texts(SHARED.resolve("corpus/" + corpus + "/docs.jsonl"));
        List<String> lines = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<GoldIncident>> e : IncidentJson.readGold(gold).documents().entrySet()) {
            GoldDoc doc = new GoldDoc(e.getKey(), texts.get(e.getKey()), index++, e.getValue());
            if (!leaveDocumentsOut || doc.index() % 4 != 3) {
                List<Incident> predicted = new ArrayList<>();
                for (int c = 0; c < doc.gold().size(); c++) {
                    predicted.addAll(perturbation.apply(doc, c));
                }
                lines.add(IncidentJson.line(doc.id(), predicted));
            }
        }
        lines.add(IncidentJson.line("a-document-not-in-the-gold", List.of()));
        return lines;
    }

    /** Deterministic damage, chosen by the incident's position so that every kind of difference occurs. */
    private static List<Incident> perturb(GoldDoc doc, int c) {
        Incident i = doc.gold().get(c).incident();
        int n = doc.index() * 31 + c;
        if (n % 7 == 0) {
            return List.of();
        }
        Incident changed = switch (n % 6) {
            case 1 -> withPeople(i, i.people().min() == null ? People.exactly(2)
                    : new People(i.people().min() + 1, i.people().max(), false, null, null, null, List.of()));
            case 2 -> withPlace(i, placeVariant(i.location().place(), n));
            case 3 -> withDate(i, dateVariant(i.date().value(), n));
            case 4 -> moveEvidence(doc, i, n);
            default -> withStatusAndAgent(i, n);
        };
        if (n % 8 == 5) {
            changed = retype(changed, n % 16 == 5 ? IncidentType.MEASURE : IncidentType.CROSSING);
        }
        return n % 10 == 6 ? List.of(changed, retype(i, IncidentType.ARREST)) : List.of(changed);
    }

    /** Every incident with evidence from the text's start to its end: every prediction overlaps every gold one. */
    private static List<Incident> widen(GoldDoc doc, int c) {
        Incident i = doc.gold().get(c).incident();
        Incident wide = withEvidence(i, Evidence.of(doc.text(), new Span(0, doc.text().length())));
        return c % 3 == 2 ? List.of(wide, retype(wide, i.type())) : List.of(wide);
    }

    private static String placeVariant(String place, int n) {
        if (place == null) {
            return n % 4 == 0 ? null : "Dandong";
        }
        return switch (n % 5) {
            case 0 -> " " + place.toUpperCase(Locale.ROOT) + "\u00a0";
            case 1 -> place.equals("Yalu River") ? "Amnok River" : place + " City";
            case 2 -> "China\u2013DPRK border";
            default -> place.equals("Tumen River") ? "Duman River" : "Shenyang";
        };
    }

    private static String dateVariant(String value, int n) {
        if (value == null) {
            return n % 2 == 0 ? "2019" : null;
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            LocalDate first = LocalDate.parse(value + "-01");
            return n % 2 == 0 ? first + "/" + first.plusMonths(1).minusDays(1) : first.toString();
        }
        try {
            LocalDate day = LocalDate.parse(value);
            return n % 2 == 0 ? day.plusDays(1).toString() : String.format(Locale.ROOT, "%d-W%02d",
                    day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        } catch (DateTimeParseException e) {
            return Arrays.asList("2020-WI", "2019-SU", "2013-W46", "not a date", value + "/").get(n % 5);
        }
    }

    private static Incident moveEvidence(GoldDoc doc, Incident i, int n) {
        Span s = i.evidence().span();
        int length = Math.min(40, doc.text().length());
        int start = n % 2 == 0 ? Math.max(0, s.start() - length - 1) : Math.min(doc.text().length() - length,
                s.end() + 1);
        return withEvidence(i, Evidence.of(doc.text(), new Span(start, start + length)));
    }

    private static Incident withStatusAndAgent(Incident i, int n) {
        Status status = Status.values()[(i.status().ordinal() + n) % Status.values().length];
        Agent agent = n % 3 == 0 ? null : Agent.values()[n % Agent.values().length];
        return new Incident(i.type(), status, i.scope(), i.people(), null, agent, i.location(), i.date(),
                i.fatalities(), i.evidence());
    }

    private static Incident withPeople(Incident i, People p) {
        return new Incident(i.type(), i.status(), i.scope(), p, i.group(), i.agent(), i.location(), i.date(),
                i.fatalities(), i.evidence());
    }

    private static Incident withPlace(Incident i, String place) {
        Location l = i.location();
        return new Incident(i.type(), i.status(), i.scope(), i.people(), i.group(), i.agent(),
                new Location(place, l.admin1(), l.country(), l.precision(), l.facility(), 40.1, 124.4), i.date(),
                i.fatalities(), i.evidence());
    }

    private static Incident withDate(Incident i, String value) {
        return new Incident(i.type(), i.status(), i.scope(), i.people(), i.group(), i.agent(), i.location(),
                new DateValue(value, i.date().part()), i.fatalities(), i.evidence());
    }

    private static Incident withEvidence(Incident i, Evidence e) {
        return new Incident(i.type(), i.status(), i.scope(), i.people(), i.group(), i.agent(), i.location(),
                i.date(), i.fatalities(), e);
    }

    private static Incident retype(Incident i, IncidentType type) {
        return new Incident(type, i.status(), i.scope(), i.people(), i.group(), i.agent(), i.location(), i.date(),
                i.fatalities(), i.evidence());
    }

    private static Map<String, String> texts(Path docs) {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Reading> readings = DocumentReader.create().read(docs)) {
            readings.forEach(r -> r.findDocument().ifPresent(d -> out.put(d.id(), d.text())));
        }
        return out;
    }

    private static String script() {
        return SHARED.resolve("tools/score.py").toString();
    }

    private record Run(int exitCode, String out) {
        String text() {
            assertThat(exitCode).as("score.py exit code; output:%n%s", out).isZero();
            return out;
        }
    }

    private static Run python(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Run(-1, e.getMessage());
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }
}
