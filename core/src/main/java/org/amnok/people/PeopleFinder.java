package org.amnok.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amnok.incident.Span;
import org.amnok.text.Sentence;

/**
 * The front door of people recognition: finds every mention of a group of people in a sentence, with its count,
 * sex, minors, ages, group hint and nationality, by the {@code people} rules of {@code shared/spec/incidents.md}.
 *
 * <p>Stateless and thread-safe: share one instance. Mentions come in text order and never overlap, but for one
 * case: a partitive's counted set is reported too, right after it and nested in it ("Two of the nine young North
 * Koreans" 2, then "the nine young North Koreans" 9, definite). What is found:
 * <ul>
 *   <li>people nouns with their quantifier ("more than 30 North Korean defectors" 31/open, "a defector" 1/1);</li>
 *   <li>counts standing for people ("the other five", "19 of the 24", "nine of them"); numbers that count days,
 *       money, distances, dates or things are never mentions;</li>
 *   <li>conjoined groups summed ("two men and two women" 4) and inclusions folded in ("Seven defectors,
 *       including a nine-year-old" 7 with minors 1, ages [9]);</li>
 *   <li>named people with ages ("Ri, 39") and pronouns ("they", "them", "her"), the latter definite.</li>
 * </ul>
 */
public final class PeopleFinder {
    private PeopleFinder() {
    }

    /** A finder; cheap, holds nothing. */
    public static PeopleFinder create() {
        return new PeopleFinder();
    }

    /**
     * The people mentions of {@code sentence}, in text order, with document offsets.
     *
     * @param sentence a sentence from {@link org.amnok.text.TextAnalyzer}, tokens tagged; never {@code null}
     * @return mentions, never {@code null}; empty when the sentence names no people
     */
    public List<PeopleMention> find(Sentence sentence) {
        List<Word> words = Words.of(sentence);
        boolean[] used = new boolean[words.size()];
        List<Draft> drafts = new ArrayList<>(NounPhrases.find(words, used));
        drafts.addAll(NamedAges.find(words, used));
        drafts.addAll(BareCounts.find(words, used));
        drafts.addAll(Pronouns.find(words, used));
        drafts.sort(Comparator.comparingInt(Draft::start));
        List<Draft> folded = Attachments.apply(words, Coordination.apply(words, drafts));
        List<PeopleMention> out = new ArrayList<>();
        for (Draft d : folded) {
            out.add(mention(words, d));
            if (d.container() != null) {
                out.add(mention(words, d.container()));
            }
        }
        return List.copyOf(out);
    }

    private static PeopleMention mention(List<Word> words, Draft d) {
        Span span = new Span(words.get(d.start()).span().start(), words.get(d.end() - 1).span().end());
        return new PeopleMention(span, words.get(d.head()).span(), d.people(), d.group(), d.nationality(),
                d.definite());
    }
}
