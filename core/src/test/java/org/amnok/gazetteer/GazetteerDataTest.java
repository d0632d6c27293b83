package org.amnok.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The data files as a specification: each admin1 code checked against its seat, each curated name reachable. */
class GazetteerDataTest {
    private final List<Tables.CityRow> cities = Tables.cities();

    @Test
    void everyAdmin1CodeIsTheCodeGeoNamesGivesItsSeat() {
        Set<String> cityCodes = cities.stream()
                .map(c -> c.country() + "." + c.admin1Code() + " " + c.name())
                .collect(Collectors.toSet());
        List<String> wrong = Tables.admin1().stream()
                .filter(a -> !cityCodes.contains(a.country() + "." + a.code() + " " + a.seat()))
                .map(a -> a.country() + "." + a.code() + " " + a.name() + " (seat " + a.seat() + ")")
                .toList();
        assertThat(wrong).as("admin1 rows whose seat is not a city of that code in cities.tsv").isEmpty();
    }

    @Test
    void citiesCoverTheCountriesOfTheRoutesAndStayUnderThreeMegabytes() throws IOException {
        try (InputStream in = Tables.class.getResourceAsStream("cities.tsv")) {
            assertThat(in.readAllBytes().length).isLessThan(3 * 1024 * 1024);
        }
        assertThat(cities).extracting(Tables.CityRow::country).containsOnly(
                "CN", "KP", "KR", "RU", "MN", "VN", "LA", "TH", "KH", "MM");
        assertThat(cities.stream().filter(c -> c.country().equals("KP")).count()).isGreaterThan(80);
    }

    @Test
    void everyCuratedNameAndAliasFindsItsOwnPlace() {
        Gazetteer gazetteer = Gazetteer.shared();
        List<String> lost = Tables.places().stream()
                .flatMap(row -> Stream.concat(Stream.of(row.name()), row.aliases().stream())
                        .filter(spelling -> !gazetteer.findAll(spelling).stream()
                                .anyMatch(p -> p.name().equals(row.name()) && p.kind() == row.kind()))
                        .map(spelling -> spelling + " -> " + row.name()))
                .toList();
        assertThat(lost).as("curated spellings that do not reach their place").isEmpty();
        List<String> shadowed = Tables.places().stream()
                .filter(row -> !gazetteer.find(row.name()).map(Place::name).orElse("").equals(row.name()))
                .map(Tables.CuratedRow::name)
                .toList();
        assertThat(shadowed).as("curated names whose best sense is another place").isEmpty();
    }

    @Test
    void noCuratedSpellingIsOnTheStopList() {
        Stoplist stop = Stoplist.read();
        List<String> stopped = Tables.places().stream()
                .flatMap(row -> Stream.concat(Stream.of(row.name()), row.aliases().stream()))
                .filter(spelling -> stop.stops(Folding.key(spelling)))
                .toList();
        assertThat(stopped).isEmpty();
    }

    @Test
    void stopWordsAndSurnamesNeverResolve() {
        Stoplist stop = Stoplist.read();
        Gazetteer gazetteer = Gazetteer.shared();
        List<String> resolved = Stream.concat(stop.surnames().stream(), stop.words().stream())
                .filter(word -> gazetteer.find(word).isPresent())
                .toList();
        assertThat(resolved).isEmpty();
    }
}
