package org.amnok.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletsTest {

    @ParameterizedTest(name = "{0} repeats {1}")
    @CsvSource(delimiter = '|', value = {
        "Korea Herald (Yonhap, citing RFA)            | RFA",
        "South China Morning Post (citing Chosun Ilbo) | Chosun Ilbo",
        "News.Az (citing Radio Free Asia)              | Radio Free Asia",
        "Daily NK                                      | Daily NK",
        "Korea JoongAng Daily                          | Korea JoongAng Daily",
    })
    void anOutletCitingAnotherRepeatsIt(String source, String original) {
        assertThat(Outlets.original(source)).isEqualTo(original);
    }

    @ParameterizedTest(name = "{0} and {1} are one outlet: {2}")
    @CsvSource(delimiter = '|', value = {
        "RFA                  | Radio Free Asia      | true",
        "AFP                  | Agence France-Presse | true",
        "Yonhap               | Yonhap News Agency   | true",
        "The New York Times   | New York Times       | true",
        "NYT                  | The New York Times   | true",
        "Daily NK             | daily nk             | true",
        "Korea Herald         | Korea Times          | false",
        "Daily NK             | NK News              | false",
        "Reuters              | Radio Free Asia      | false",
    })
    void namesOfOneOutletAreRecognised(String a, String b, boolean same) {
        assertThat(Outlets.same(Outlets.words(a), Outlets.words(b))).isEqualTo(same);
    }

    @Test
    void countsDistinctOriginalOutletsAndEachUnsourcedReportOnce() {
        List<SourcedIncident> members = members(
                "a|Radio Free Asia", "b|Korea Herald (Yonhap, citing RFA)", "c|RFA", "d|Daily NK", "e|", "e|",
                "f|");
        assertThat(Outlets.independent(members)).isEqualTo(4);
    }

    /** "doc|outlet" each, an empty outlet unknown. */
    private static List<SourcedIncident> members(String... docAndSource) {
        return IntStream.range(0, docAndSource.length).mapToObj(i -> {
            String[] f = docAndSource[i].split("\\|", -1);
            return Told.arrest().of(1).by(f[0] + "#" + i, "2020-01-01", f[1].isEmpty() ? null : f[1]);
        }).toList();
    }
}
