package org.amnok.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every place name of the gold corpus resolves, and to the province and country gold gives it. Gold names are
 * read at test time from /work/shared; nothing of the corpus is copied into the repository.
 */
class GazetteerGoldTest {
    private static final Path SHARED = Path.of(System.getProperty("amnok.root", "."), "..", "shared");
    private static final List<String> SETS = List.of("seeds", "dev", "merge");

    private final Gazetteer gazetteer = Gazetteer.shared();

    /** A gold location: the acceptable names and the province and country gold gives (null when it gives none). */
    private record GoldPlace(String source, List<String> names, String admin1, String country) {
    }

    @Test
    void resolvesEveryGoldPlaceAndAgreesWithGoldOnProvinceAndCountry() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("corpus")),
                SHARED + " not found: corpus tests skipped");
        List<GoldPlace> gold = goldPlaces();
        assertThat(gold).isNotEmpty();
        List<String> unresolved = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (GoldPlace g : gold) {
            g.names().stream()
                    .filter(n -> gazetteer.find(n).isEmpty())
                    .forEach(n -> unresolved.add(g.source() + ": " + n));
            if (g.admin1() != null || g.country() != null) {
                compared++;
                if (!agrees(g)) {
                    disagreements.add(g.source() + ": " + g.names() + " gold " + g.admin1() + "/" + g.country()
                            + ", gazetteer " + g.names().stream().map(gazetteer::find).toList());
                }
            }
        }
        double rate = 1.0 - (double) disagreements.size() / compared;
        System.out.printf("gazetteer agrees with gold admin1/country on %d of %d places (%.3f)%n",
                compared - disagreements.size(), compared, rate);
        disagreements.forEach(d -> System.out.println("  disagrees: " + d));
        assertThat(unresolved).as("gold place names the gazetteer does not know").isEmpty();
        assertThat(rate).as("agreement with gold admin1/country").isGreaterThanOrEqualTo(0.9);
    }

    /** True when one of the gold names resolves to a place with the province and country gold gives. */
    private boolean agrees(GoldPlace g) {
        return g.names().stream().map(gazetteer::find).flatMap(Optional::stream).anyMatch(p ->
                (g.admin1() == null || g.admin1().equals(p.admin1()))
                        && (g.country() == null || g.country().equals(p.country())));
    }

    private static List<GoldPlace> goldPlaces() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldPlace> out = new ArrayList<>();
        for (String set : SETS) {
            for (String line : Files.readAllLines(SHARED.resolve("corpus").resolve(set).resolve("gold.jsonl"))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                for (JsonNode incident : doc.path("incidents")) {
                    goldPlace(set + "/" + doc.path("id").asText(), incident.path("location")).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Optional<GoldPlace> goldPlace(String source, JsonNode location) {
        JsonNode place = location.path("place");
        List<String> names = new ArrayList<>();
        if (place.isTextual()) {
            names.add(place.asText());
        } else if (place.isArray()) {
            place.forEach(n -> names.add(n.asText()));
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GoldPlace(source, names, text(location.path("admin1")), text(location.path("country"))));
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
