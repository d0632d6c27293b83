package org.amnok.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    private final TextAnalyzer analyzer = TextAnalyzer.shared();

    @Test
    void headlineAndCaptionLinesAreSentencesOfTheirOwn() {
        String text = "Border guards seize smugglers\nA patrol boat on the river. Photo: staff\n\n"
                + "Guards caught three men on May 2. They were held overnight.";
        List<Sentence> sentences = analyzer.analyze(text);
        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "Border guards seize smugglers", "A patrol boat on the river.", "Photo: staff",
                "Guards caught three men on May 2.", "They were held overnight.");
    }

    @Test
    void tokenOffsetsSliceTheDocumentAndLemmasAreLowerCase() {
        String text = "Police arrested two defectors in Dandong.";
        Sentence s = analyzer.analyze(text).get(0);
        for (Token t : s.tokens()) {
            assertThat(t.span().slice(text)).isEqualTo(t.word());
        }
        assertThat(s.tokens()).extracting(Token::lemma).contains("arrest", "defector");
    }
}
