package org.amnok.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amnok.incident.Span;

/**
 * The stretch of text to search for a sentence's dates: the sentence, mended where a sentence splitter cut a date
 * after a month's abbreviation ("... on Aug." | "29, and ...").
 *
 * <p>Stateless and thread-safe.
 */
final class Region {
    private static final String ABBREVIATION = "\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.";
    private static final Pattern ENDS_CUT = Pattern.compile(ABBREVIATION + "$");
    private static final Pattern CONTINUES = Pattern.compile("^\\s+\\d{1,2}\\b(?:,\\s+\\d{4}\\b)?");
    private static final Pattern STARTS_CUT = Pattern.compile("^\\d{1,2}\\b");
    private static final Pattern CUT_BEFORE = Pattern.compile(ABBREVIATION + "\\s+$");
    private static final int REACH = 12;

    private Region() {
    }

    static Span around(String text, Span sentence) {
        int start = sentence.start();
        int end = sentence.end();
        String s = sentence.slice(text);
        if (ENDS_CUT.matcher(s).find()) {
            Matcher m = CONTINUES.matcher(text).region(end, Math.min(text.length(), end + REACH));
            end = m.find() ? m.end() : end;
        }
        if (STARTS_CUT.matcher(s).find()) {
            Matcher m = CUT_BEFORE.matcher(text).region(Math.max(0, start - REACH), start);
            start = m.find() ? m.start() : start;
        }
        return new Span(start, end);
    }
}
