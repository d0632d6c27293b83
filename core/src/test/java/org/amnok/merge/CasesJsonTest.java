package org.amnok.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasesJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Case> twoReportsOfOneArrest() {
        return CaseMerger.create().merge(List.of(
                Told.arrest().of(13, null).in("Kunming", "Yunnan").on("2013-11-15").sentence(12, 40)
                        .by("afp#0", "2013-11-18", "AFP"),
                Told.arrest().of(15).in("Kunming", "Yunnan").on("2013-11-15").by("dnk#0", "2013-11-18", "Daily NK")),
                List.of());
    }

    @Test
    void writesOneCaseALineWithEachIncidentsDocumentAndSpecFields() throws Exception {
        StringWriter out = new StringWriter();
        CasesJson.write(twoReportsOfOneArrest(), out);
        List<String> lines = out.toString().lines().toList();
        assertThat(out.toString()).endsWith("\n");
        assertThat(lines).hasSize(1);
        JsonNode c = JSON.readTree(lines.get(0));
        assertThat(c.get("case").asText()).isEqualTo("case-afp#0");
        JsonNode first = c.get("incidents").get(0);
        assertThat(first.get("doc").asText()).isEqualTo("afp");
        assertThat(first.get("type").asText()).isEqualTo("ARREST");
        assertThat(first.at("/people/min").asInt()).isEqualTo(13);
        assertThat(first.at("/people/max").isNull()).isTrue();
        assertThat(first.at("/location/place").asText()).isEqualTo("Kunming");
        assertThat(first.at("/location/precision").asText()).isEqualTo("city");
        assertThat(first.at("/date/value").asText()).isEqualTo("2013-11-15");
        assertThat(first.at("/evidence/start").asInt()).isEqualTo(12);
        assertThat(first.at("/evidence/end").asInt()).isEqualTo(40);
    }

    @Test
    void writesTheViewConflictsAndLinksForPeople() throws Exception {
        JsonNode c = JSON.readTree(CasesJson.line(twoReportsOfOneArrest().get(0)));
        assertThat(c.get("independent_sources").asInt()).isEqualTo(2);
        assertThat(c.at("/view/min_low").asInt()).isEqualTo(13);
        assertThat(c.at("/view/min_high").asInt()).isEqualTo(15);
        assertThat(c.at("/conflicts/0/field").asText()).isEqualTo("people.min");
        assertThat(c.at("/conflicts/0/claims/1/sources/0").asText()).isEqualTo("Daily NK");
        assertThat(c.at("/links/0/rule").asText()).isEqualTo("date-same-day+place-same+people-overlap+status-same");
    }
}
