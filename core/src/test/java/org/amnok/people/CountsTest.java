package org.amnok.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.amnok.incident.People;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountsTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}/{2} approx={3}")
    @CsvSource(delimiter = '|', textBlock = """
            two                          | 2     | 2     | false
            Twenty-four                  | 24    | 24    | false
            twenty-nine                  | 29    | 29    | false
            2,000                        | 2000  | 2000  | false
            a dozen                      | 12    | 12    | false
            half a dozen                 | 6     | 6     | false
            two hundred                  | 200   | 200   | false
            about 20                     | 20    | 20    | true
            some 35                      | 35    | 35    | true
            roughly 50                   | 50    | 50    | true
            around 30                    | 30    | 30    | true
            nearly 100                   | 100   | 100   | true
            approximately 1,500          | 1500  | 1500  | true
            an estimated 300             | 300   | 300   | true
            about a dozen                | 12    | 12    | true
            20 or so                     | 20    | 20    | true
            more than 30                 | 31    |       | false
            more than 500                | 501   |       | false
            over 100                     | 101   |       | false
            more than a dozen            | 13    |       | false
            at least 41                  | 41    |       | false
            no fewer than 20             | 20    |       | false
            30 or more                   | 30    |       | false
            as many as 2,000             |       | 2000  | false
            up to 50                     |       | 50    | false
            fewer than ten               |       | 9     | false
            five or six                  | 5     | 6     | false
            one or two                   | 1     | 2     | false
            600 to 2,000                 | 600   | 2000  | false
            between 600 and 2,000        | 600   | 2000  | false
            somewhere between 600 and 2,000 | 600 | 2000 | false
            5-6                          | 5     | 6     | false
            several                      | 3     |       | true
            several dozen                | 36    |       | true
            a few                        | 3     |       | true
            dozens                       | 24    |       | true
            dozens of                    | 24    |       | true
            hundreds                     | 200   |       | true
            thousands                    | 2000  |       | true
            tens of thousands            | 20000 |       | true
            many                         |       |       | true
            a number of                  |       |       | false
            an unspecified number of     |       |       | false
            both                         | 2     | 2     | false
            a pair                       | 2     | 2     | false
            the couple                   | 2     | 2     | false
            another four                 | 4     | 4     | false
            an additional two            | 2     | 2     | false
            two more                     | 2     | 2     | false
            12 more                      | 12    | 12    | false
            the other five               | 5     | 5     | false
            the remaining nine           | 9     | 9     | false
            nine other                   | 9     | 9     | false
            All 41                       | 41    | 41    | false
            19 of the 24                 | 19    | 19    | false
            Two of the nine              | 2     | 2     | false
            Only one of the five         | 1     | 1     | false
            nine of them                 | 9     | 9     | false
            """)
    void normalizesQuantityPhrasesByTheSpecRules(String phrase, Integer min, Integer max, boolean approx) {
        Optional<People> people = Counts.parse(phrase);
        assertThat(people).as(phrase).isPresent();
        assertThat(people.get().min()).as("min of " + phrase).isEqualTo(min);
        assertThat(people.get().max()).as("max of " + phrase).isEqualTo(max);
        assertThat(people.get().approx()).as("approx of " + phrase).isEqualTo(approx);
    }

    @ParameterizedTest(name = "\"{0}\" is not a quantity")
    @ValueSource(strings = {"the", "a", "his", "defectors", "May 29", "three days later", "over", "more than",
        "between 600", "six or five", "every", "", "   "})
    void rejectsWhatIsNoQuantityPhrase(String phrase) {
        assertThat(Counts.parse(phrase)).isEmpty();
    }

    @Test
    void leavesSexMinorsAndAgesUnknown() {
        assertThat(Counts.parse("two")).contains(People.exactly(2));
    }

    @ParameterizedTest(name = "\"{0}\" = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            29            | 29
            2,000         | 2000
            1,500,000     | 1500000
            twenty-nine   | 29
            Twenty-four   | 24
            twenty four   | 24
            Seven         | 7
            nineteen      | 19
            a dozen       | 12
            two dozen     | 24
            a hundred     | 100
            three thousand| 3000
            1.5 million   | 1500000
            a pair        | 2
            the couple    | 2
            """)
    void readsNumeralsInDigitsAndWords(String word, int value) {
        assertThat(Counts.number(word)).hasValue(value);
    }

    @ParameterizedTest(name = "\"{0}\" is not a numeral")
    @ValueSource(strings = {"7:30", "8th", "30s", "1.5", "twenty-ten", "dozens", "nine-year-old", "two men", "$600",
        "12,34"})
    void rejectsWhatIsNoNumeral(String word) {
        assertThat(Counts.number(word)).isEmpty();
    }

    @Test
    void readsNothingFromNull() {
        assertThat(Counts.number(null)).isEmpty();
        assertThat(Counts.parse(null)).isEmpty();
    }
}
