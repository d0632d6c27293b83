package org.amnok.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.amnok.incident.ResourceMissingException;
import org.amnok.incident.Span;

/**
 * Splits text into sentences and tokens and tags each token with its part of speech, using Apache OpenNLP's
 * Universal Dependencies English models, and gives each its lemma by rule ({@link Lemmas}).
 *
 * <p>Thread-safe and stateless: the models load once, on first use of {@link #shared()}, and every call works on
 * its own buffers. Line breaks (paragraphs, headlines, captions) always end a sentence, whatever the model says,
 * unless the line ends in a comma or hyphen.
 */
public final class TextAnalyzer {
    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;

    private TextAnalyzer() {
        try {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(open(SENTENCE_MODEL)));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(open(TOKEN_MODEL)));
            tagger = new ThreadSafePOSTaggerME(new POSModel(open(POS_MODEL)));
        } catch (IOException e) {
            throw new ResourceMissingException("OpenNLP English models", e);
        }
    }

    private static final class Holder {
        static final TextAnalyzer INSTANCE = new TextAnalyzer();
    }

    /** The one analyzer of this JVM; its models load on the first call. */
    public static TextAnalyzer shared() {
        return Holder.INSTANCE;
    }

    private static InputStream open(String name) {
        InputStream in = TextAnalyzer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new ResourceMissingException(name, null);
        }
        return in;
    }

    /** Sentences of {@code text} with tagged tokens, offsets into {@code text}. */
    public List<Sentence> analyze(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Span span : sentenceSpans(text)) {
            out.add(new Sentence(out.size(), span, span.slice(text), tokens(text, span)));
        }
        return out;
    }

    /** Sentence spans only, without tokens: cheap enough for a relevance filter. */
    public List<Span> sentenceSpans(String text) {
        List<Span> out = new ArrayList<>();
        for (Span block : Blocks.split(text)) {
            List<Span> model = new ArrayList<>();
            for (opennlp.tools.util.Span s : sentences.sentPosDetect(block.slice(text))) {
                Span span = Blocks.trim(text, new Span(block.start() + s.getStart(), block.start() + s.getEnd()));
                if (span.length() > 0) {
                    model.add(span);
                }
            }
            out.addAll(Abbreviations.rejoin(text, model));
        }
        return out;
    }

    private List<Token> tokens(String text, Span sentence) {
        String s = sentence.slice(text);
        opennlp.tools.util.Span[] spans = tokenizer.tokenizePos(s);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(s).toString();
        }
        String[] tags = tagger.tag(words);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Span span = new Span(sentence.start() + spans[i].getStart(), sentence.start() + spans[i].getEnd());
            out.add(new Token(span, words[i], tags[i], Lemmas.of(words[i], tags[i])));
        }
        return out;
    }
}
