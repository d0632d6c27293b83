package org.amnok.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.amnok.incident.Agent;
import org.amnok.incident.DatePart;
import org.amnok.incident.DateValue;
import org.amnok.incident.Diagnostic;
import org.amnok.incident.Evidence;
import org.amnok.incident.Group;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.People;
import org.amnok.incident.Precision;
import org.amnok.incident.Scope;
import org.amnok.incident.Span;
import org.amnok.incident.Status;
import org.amnok.score.GoldIncident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentJsonTest {
    private static final String TEXT = "Three women were arrested at a motel in Yanji in late May, a source said.";
    private static final Incident ARREST = new Incident(IncidentType.ARREST, Status.OCCURRED, Scope.INCIDENT,
            new People(3, 3, false, 3, null, null, List.of(17)), Group.DEFECTORS, Agent.CN_AUTHORITIES,
            new Location("Yanji", "Jilin", "CN", Precision.CITY, "motel", 42.9, 129.5),
            new DateValue("2021-05", DatePart.LATE), null, Evidence.of(TEXT, new Span(0, 57)));

    @Test
    void writesEveryKeyInTheSpecsOrderWithNullsForWhatIsUnknown() {
        Incident sparse = new Incident(IncidentType.MEASURE, Status.PLANNED, Scope.AGGREGATE, People.UNKNOWN, null,
                null, Location.UNKNOWN, DateValue.UNKNOWN, 2, Evidence.of(TEXT, new Span(59, 73)));
        assertThat(IncidentJson.line("rfa-9", List.of(ARREST, sparse))).isEqualTo("{\"id\":\"rfa-9\",\"incidents\":["
                + "{\"type\":\"ARREST\",\"status\":\"OCCURRED\",\"scope\":\"INCIDENT\",\"people\":{\"min\":3,\"max\":3,"
                + "\"approx\":false,\"female\":3,\"male\":null,\"minors\":null,\"ages\":[17]},\"group\":\"DEFECTORS\","
                + "\"agent\":\"CN_AUTHORITIES\",\"location\":{\"place\":\"Yanji\",\"admin1\":\"Jilin\","
                + "\"country\":\"CN\",\"precision\":\"city\",\"facility\":\"motel\",\"lat\":42.9,\"lon\":129.5},"
                + "\"date\":{\"value\":\"2021-05\",\"part\":\"LATE\"},\"fatalities\":null,\"evidence\":{\"start\":0,"
                + "\"end\":57,\"text\":\"Three women were arrested at a motel in Yanji in late May\"}},"
                + "{\"type\":\"MEASURE\",\"status\":\"PLANNED\",\"scope\":\"AGGREGATE\",\"people\":{\"min\":null,"
                + "\"max\":null,\"approx\":false,\"female\":null,\"male\":null,\"minors\":null,\"ages\":[]},"
                + "\"group\":null,\"agent\":null,\"location\":{\"place\":null,\"admin1\":null,\"country\":null,"
                + "\"precision\":null,\"facility\":null,\"lat\":null,\"lon\":null},\"date\":{\"value\":null,"
                + "\"part\":null},\"fatalities\":2,\"evidence\":{\"start\":59,\"end\":73,"
                + "\"text\":\"a source said.\"}}]}");
    }

    @Test
    void readsBackExactlyWhatItWrote() {
        String line = IncidentJson.line("rfa-9", List.of(ARREST));
        IncidentFile<Incident> file = IncidentJson.readIncidents(new StringReader(line + "\n"), "pred.jsonl");
        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.documents()).containsEntry("rfa-9", List.of(ARREST));
    }

    @Test
    void readsTheGoldOnlyAnnotations() {
        String line = IncidentJson.line("rfa-9", List.of(ARREST))
                .replace("\"place\":\"Yanji\"", "\"place\":[\"Yanji\",\"Yanbian\"]")
                .replace("}}]}", "},\"optional\":true,\"also\":[{\"start\":58,\"end\":72,\"text\":\"a source"
                        + " said.\"}]}]}");
        GoldIncident gold = IncidentJson.readGold(new StringReader(line), "gold.jsonl").documents().get("rfa-9")
                .get(0);
        assertThat(gold.optional()).isTrue();
        assertThat(gold.also()).containsExactly(new Span(58, 72));
        assertThat(gold.places()).containsExactly("Yanji", "Yanbian");
        assertThat(gold.incident()).isEqualTo(ARREST);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        "type":"ARRESTED"           | incidents[0].type            | ARREST, DETENTION
        "status":null               | incidents[0].status          | is missing
        "min":"three"               | incidents[0].people.min      | a whole number
        "precision":"town"          | incidents[0].location.precision | facility, city
        "start":0,"end":57          | incidents[0].evidence        | exactly the text
        "lat":42.9                  | incidents[0].location.lat    | not a number
        """)
    void anIncidentThatBreaksTheSpecIsSkippedWithADiagnosticNamingTheField(String replacement, String field,
            String hint) {
        String good = IncidentJson.line("rfa-9", List.of(ARREST));
        String key = replacement.substring(0, replacement.indexOf(':') + 1);
        String broken = switch (key) {
            case "\"start\":" -> good.replace("\"start\":0,\"end\":57", "\"start\":0,\"end\":50");
            case "\"lat\":" -> good.replace("\"lat\":42.9", "\"lat\":\"42.9 N\"");
            default -> good.replaceFirst(java.util.regex.Pattern.quote(key) + "(\"[A-Z]+\"|3|\"city\")",
                    java.util.regex.Matcher.quoteReplacement(replacement));
        };
        String twoIncidents = broken.replace("}}]}", "}}," + good.substring(good.indexOf("[{") + 1));
        IncidentFile<Incident> file = IncidentJson.readIncidents(new StringReader(twoIncidents), "pred.jsonl");
        assertThat(file.documents().get("rfa-9")).containsExactly(ARREST);
        assertThat(file.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo(field);
            assertThat(d.message()).startsWith("pred.jsonl:1: ").contains(hint);
        });
    }

    @Test
    void brokenLinesAreReportedAndTheRestIsRead() {
        String input = "{\"id\": \"a\"}\n\nnot json\n{\"incidents\": []}\n{\"id\": \"b\", \"incidents\": null}\n"
                + "{\"id\": \"a\", \"incidents\": []}\n";
        IncidentFile<Incident> file = IncidentJson.readIncidents(new StringReader(input), "pred.jsonl");
        assertThat(file.documents()).containsOnlyKeys("a", "b");
        assertThat(file.documents().keySet()).containsExactly("a", "b");
        assertThat(file.diagnostics()).extracting(Diagnostic::rule).containsExactly("incidents.not-json",
                "incidents.bad-id", "incidents.duplicate-id");
        assertThat(file.diagnostics()).extracting(Diagnostic::document).containsExactly("pred.jsonl:3",
                "pred.jsonl:4", "a");
    }
}
