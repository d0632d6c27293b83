package org.amnok.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amnok.text.Sentence;
import org.amnok.text.TextAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggerRulesTest {

    private static List<String> triggers(String sentence) {
        Sentence s = TextAnalyzer.shared().analyze(sentence).get(0);
        return TriggerRules.find(s).stream().map(t -> t.type() + "/" + t.status()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Police arrested three defectors at a bus station in Yanji on March 3.       | ARREST/OCCURRED
            Four women were caught by border patrol officers near Hunchun.              | ARREST/OCCURRED
            The arrest of two escapees in Dalian on June 2 alarmed activists.            | ARREST/OCCURRED
            Security officers rounded up eleven North Koreans at a safe house.         | ARREST/OCCURRED
            Police have taken at least 92 North Koreans into custody since January.    | ARREST/OCCURRED
            Chinese police intercepted six North Korean defectors near Tumen.          | ARREST/OCCURRED
            Two defectors broke out of a jail in Yanji last month.                     | ESCAPE/OCCURRED
            Local police raided the house on Saturday.                                 | ARREST/OCCURRED
            About 20 women were caught and locked up in Dandong.                       | ARREST/OCCURRED
            The group could be put on a plane to Liaoning as early as today.           | DETENTION/PLANNED
            Vietnam handed the 11 refugees over to Chinese authorities last week.      | DETENTION/OCCURRED
            The 16 will be deported to South Korea, an official said.                  | RELEASE/PLANNED
            Six defectors are being held at a detention center in Baishan.              | DETENTION/OCCURRED
            The detention centers in Hunchun are full, a source said.                   | DETENTION/OCCURRED
            The eight were repatriated to North Korea via the bridge on April 9.        | REPATRIATION/OCCURRED
            China sent the group back across the Tumen River last week.                 | REPATRIATION/OCCURRED
            A soldier swam across the Yalu River to China in May.                       | CROSSING/OCCURRED
            Three women attempted to defect into China but were stopped.                | CROSSING/OCCURRED
            The couple was sent to a political prison camp after their return.          | PUNISHMENT/OCCURRED
            Guards opened fire on four people wading across the river. | VIOLENCE/OCCURRED, CROSSING/OCCURRED
            Two of them got away before the police arrived.                             | ESCAPE/OCCURRED
            Two of them had run off before the police could catch them.                 | ESCAPE/OCCURRED
            Vietnamese officials released the nine refugees on Friday.                  | RELEASE/OCCURRED
            The authorities installed new cameras along the border fence.               | MEASURE/OCCURRED
            Pyongyang shut its border with China last month over fears of the virus.    | MEASURE/OCCURRED
            """)
    void statesAnIncidentOfEachType(String sentence, String expected) {
        assertThat(triggers(sentence)).containsExactlyElementsOf(List.of(expected.split(",\\s*")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The seven are awaiting repatriation to North Korea.                         | REPATRIATION/PLANNED
            The five will soon be sent back to the North.                               | REPATRIATION/PLANNED
            Twelve refugees could be deported within days, activists said.             | REPATRIATION/PLANNED
            The smuggler would likely face a severe sentence.                           | PUNISHMENT/PLANNED
            Officials were going to repatriate them, but Pyongyang refused to accept them. | REPATRIATION/BLOCKED
            North Korea rejected a request to take back thirty defectors in March.      | REPATRIATION/BLOCKED
            """)
    void marksPlansAndRefusals(String sentence, String expected) {
        assertThat(triggers(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The women who registered with the police were not arrested.
            Defectors usually cross the river in winter when it freezes.
            The police are arresting people there almost every week.
            Brokers say that defecting has become much harder this year.
            Many people stopped trying to cross the border after the new fences went up.
            The regime may punish anyone who tries to flee.
            The activists called for an end to forced repatriation policies.
            If they are sent back, they will face harsh punishment.
            Those caught are usually sent to labor camps.
            Police may arrest the defectors if they are found.
            Defectors worry as both governments strengthen their surveillance of the border.
            Arrests of defectors have increased sharply.
            """)
    void negatedGenericAndHypotheticalStatementsAreNoIncidents(String sentence) {
        assertThat(triggers(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The five were repatriated on May 3.  | repatriate
            A man was nabbed in Yanji.           | nab
            Her cousin was bribing his way out.  | bribe
            """)
    void rareVerbsMatchThroughSuffixRulesWhenTheLemmatizerMissesThem(String sentence, String base) {
        assertThat(Morph.forms(sentence.split(" ")[3])).contains(base);
    }
}
