package org.amnok.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amnok.incident.DateValue;
import org.amnok.incident.Span;
import org.amnok.text.Sentence;
import org.amnok.text.TextAnalyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checks the finder against the gold dates of the shared corpus: for each gold incident with a date, does a
 * non-SPEECH mention in its evidence sentence resolve to that date (equal by the scorer's first and last day)?
 * Gold dates that come only from other sentences are the event layer's business; the rate that counts here is
 * over evidence sentences where the finder sees some event date at all.
 */
class TimeCorpusTest {
    private static final Path SHARED = Path.of(System.getProperty("amnok.root", "."), "..", "shared");
    private static final double FLOOR = 0.85;

    private final TimeFinder finder = TimeFinder.create();

    @Test
    void resolvesTheGoldDateOfMostEvidenceSentencesThatHoldADate() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("corpus")),
                SHARED + " not found: corpus tests skipped");
        Tally tally = new Tally();
        for (String part : List.of("seeds", "dev")) {
            Map<String, JsonNode> docs = read(SHARED.resolve("corpus/" + part + "/docs.jsonl"));
            for (JsonNode gold : read(SHARED.resolve("corpus/" + part + "/gold.jsonl")).values()) {
                check(docs.get(gold.get("id").asText()), gold.get("incidents"), tally);
            }
        }
        System.out.printf("time corpus check: %d/%d evidence sentences with a date resolve to the gold date (%.3f);"
                + " %d/%d of all dated gold incidents%n", tally.hits, tally.withMention, tally.rate(), tally.hits,
                tally.dated);
        tally.misses.forEach(m -> System.out.println("  miss " + m));
        assertThat(tally.withMention).as("evidence sentences holding a date").isGreaterThan(30);
        assertThat(tally.rate()).as("share resolved to the gold date").isGreaterThanOrEqualTo(FLOOR);
    }

    private void check(JsonNode doc, JsonNode incidents, Tally tally) {
        String text = doc.get("text").asText();
        LocalDate published = doc.hasNonNull("published") ? LocalDate.parse(doc.get("published").asText()) : null;
        List<Sentence> sentences = TextAnalyzer.shared().analyze(text);
        for (JsonNode incident : incidents) {
            String gold = incident.path("date").path("value").asText(null);
            if (gold == null) {
                continue;
            }
            Span evidence = new Span(incident.at("/evidence/start").asInt(), incident.at("/evidence/end").asInt());
            DateValue anchor = anchorBefore(text, sentences, evidence.start(), published);
            List<String> values = eventValues(finder.find(text, evidence, published, anchor), published);
            tally.count(doc.get("id").asText(), gold, values);
        }
    }

    /** The discourse's running event date: the last resolved event mention of the sentences before. */
    private DateValue anchorBefore(String text, List<Sentence> sentences, int offset, LocalDate published) {
        DateValue anchor = null;
        for (Sentence s : sentences) {
            if (s.span().end() > offset) {
                break;
            }
            for (TimeMention m : finder.find(text, s.span(), published, anchor)) {
                if (m.kind() != TimeKind.SPEECH && !m.value().isUnknown()) {
                    anchor = m.value();
                }
            }
        }
        return anchor;
    }

    /** Values the event layer may take from the mentions: a SINCE mention as its opening or as open to publication. */
    private static List<String> eventValues(List<TimeMention> mentions, LocalDate published) {
        List<String> out = new ArrayList<>();
        for (TimeMention m : mentions) {
            if (m.kind() != TimeKind.SPEECH) {
                out.add(m.value().value());
            }
            if (m.kind() == TimeKind.SINCE && published != null) {
                out.add(m.through(published).value());
            }
        }
        return out;
    }

    private static Map<String, JsonNode> read(Path path) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> out = new HashMap<>();
        for (String line : Files.readAllLines(path)) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                out.put(node.get("id").asText(), node);
            }
        }
        return out;
    }

    private static final class Tally {
        int dated;
        int withMention;
        int hits;
        final List<String> misses = new ArrayList<>();

        void count(String doc, String gold, List<String> values) {
            dated++;
            if (values.isEmpty()) {
                return;
            }
            withMention++;
            if (values.stream().anyMatch(v -> Bounds.same(v, gold))) {
                hits++;
            } else {
                misses.add(doc + ": gold " + gold + ", found " + values);
            }
        }

        double rate() {
            return withMention == 0 ? 0 : (double) hits / withMention;
        }
    }
}
