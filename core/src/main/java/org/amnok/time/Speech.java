package org.amnok.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amnok.incident.Span;

/**
 * Decides whether a date is the date of a statement rather than of an event: governed by a verb or noun of saying
 * ("a source told Daily NK on November 20", "Radio Free Asia reported on Tuesday", "in a notice posted on Friday",
 * "On September 3, Radio Free Asia cited ...", "in an Oct. 11 interview").
 *
 * <p>Stateless and thread-safe. A heuristic over words, not a parse: the words between the cue and the date must
 * read as the cue's own complements (a listener, a medium), with no clause boundary and no other verb between.
 */
final class Speech {
    private static final String CUES = "said|says|say|saying|told|tells|tell|telling|reported|reports|reporting"
            + "|report|announced|announces|announcing|announcement|confirmed|confirms|confirming|speaking|spoke"
            + "|speaks|posted|posting|quoted|quoting|cited|citing|stated|statement|added|adding|wrote|writes"
            + "|revealed|disclosed|noted|noting|explained|claimed|claiming|published|interviews?|briefing|notice"
            + "|conference|dated|informed|testified|tweeted|warned|urged|denied|insisted|acknowledged|commented"
            + "|declared|according\\s+to|learned|learnt";
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:" + CUES + ")\\b");
    /** Cues whose object is a listener, a source or the statement itself: "told Daily NK", "according to RFA". */
    private static final Pattern TAKES_LISTENER = Pattern.compile("(?i)told|tells|tell|telling|informed|quoted"
            + "|quoting|cited|citing|warned|urged|report|reports|interviews?|briefing|notice|conference|statement"
            + "|announcement|according\\s+to");
    /** "... ," said a resident of the city last week": the subject follows the verb. */
    private static final Pattern INVERTED = Pattern.compile("[,\"\u201d]\\s*$");
    private static final Pattern PREPOSITION = Pattern.compile("(?i)^\\s*(?:(?:on|in|at|to|with|during|through"
            + "|via|from|by|for|before|after|over|late|early)\\b|$)");
    /** A date at the head of its clause: nothing before it but quotes and a preposition. */
    private static final Pattern CLAUSE_HEAD = Pattern.compile("(?i)^[\\s\"'\u201c\u2018(\\[]*(?:(?:on|in|at|early"
            + "|late)\\s+)?$");
    private static final Pattern NOUN_AFTER = Pattern.compile("(?i)^\\s+(?:interview|statement|report|briefing"
            + "|press\\s+conference|announcement|notice|broadcast|article|post)\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("^['\u2019]s\\b");
    private static final Pattern BREAK = Pattern.compile("[,;:\"\u201c\u201d()\\[\\]\u2014\\d]");
    private static final Set<String> BREAKERS = Set.of("that", "who", "whom", "which", "where", "when", "while",
            "because", "after", "before", "if", "but", "than", "and", "as", "since", "was", "were", "is", "are",
            "am", "had", "has", "have", "been", "be", "being", "will", "would", "could", "should", "can", "may",
            "might", "must", "did", "do", "does", "caught", "sent", "held", "took", "taken", "fled", "shot", "beat",
            "beaten", "got", "went", "came", "left", "ran", "put", "hid", "found", "brought", "kept", "made", "swam",
            "began", "begun", "led", "fought", "gave", "given", "threw", "thrown", "stole", "froze", "died", "met");
    private static final int MAX_GAP_WORDS = 7;

    private Speech() {
    }

    /** True when the mention at {@code mention} in {@code sentence} of {@code text} dates a statement. */
    static boolean governs(String text, Span sentence, Span mention) {
        String before = text.substring(sentence.start(), mention.start());
        String after = text.substring(mention.end(), sentence.end());
        if (NOUN_AFTER.matcher(after).find()) {
            return true;
        }
        if (POSSESSIVE.matcher(after).find()) {
            return false; // "said last week's arrests ...": the date belongs to the noun
        }
        return cueBefore(before) || CLAUSE_HEAD.matcher(before).find() && cueAfter(after);
    }

    /**
     * "told Daily NK on", "said in interviews with RFA on": the last cue before the date, with only its complements
     * between. A verb of saying that takes no listener ("said") takes none of its noun phrases either: "said the
     * crackdown on May 2" dates the crackdown.
     */
    private static boolean cueBefore(String before) {
        Matcher m = CUE.matcher(before);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        if (end < 0) {
            return false;
        }
        String gap = before.substring(end);
        boolean listener = TAKES_LISTENER.matcher(before.substring(start, end)).matches()
                || INVERTED.matcher(before.substring(0, start)).find();
        return complements(gap) && (listener || PREPOSITION.matcher(gap).find());
    }

    /** "On September 3, Radio Free Asia cited": a subject, then the cue. */
    private static boolean cueAfter(String after) {
        Matcher m = CUE.matcher(after);
        if (!m.find()) {
            return false;
        }
        String gap = after.substring(0, m.start()).strip();
        gap = gap.startsWith(",") ? gap.substring(1) : gap;
        gap = gap.endsWith(",") ? gap.substring(0, gap.length() - 1) : gap;
        return complements(gap);
    }

    /** True when {@code gap} reads as a cue's listener or medium: few words, no clause break, no other verb. */
    private static boolean complements(String gap) {
        if (BREAK.matcher(gap).find()) {
            return false;
        }
        String[] words = gap.strip().split("\\s+");
        if (words.length > MAX_GAP_WORDS) {
            return false;
        }
        for (String w : words) {
            if (isVerbOrJoint(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVerbOrJoint(String word) {
        if (BREAKERS.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        // A lower-case past form ("arrested", "happened") starts a clause of its own; "US-funded" does not.
        return word.length() > 3 && word.endsWith("ed") && word.equals(word.toLowerCase(Locale.ROOT))
                && word.indexOf('-') < 0 && !CUE.matcher(word).matches();
    }
}
