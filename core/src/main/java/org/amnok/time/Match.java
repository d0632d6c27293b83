package org.amnok.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amnok.incident.Span;

/**
 * A rule's regular-expression match with the text around it, as a resolver sees it.
 *
 * <p>Not thread-safe: it reads a live {@link Matcher}; it lives for one call of one resolver.
 */
final class Match {
    private static final int CONTEXT = 60;

    private final Matcher matcher;
    private final String text;
    private final Span region;

    Match(Matcher matcher, String text, Span region) {
        this.matcher = matcher;
        this.text = text;
        this.region = region;
    }

    /** The named group's text, or null when it took no part in the match. */
    String group(String name) {
        return matcher.group(name);
    }

    boolean has(String name) {
        return matcher.group(name) != null;
    }

    /** The named group in lower case, with runs of white space as one space; null when absent. */
    String word(String name) {
        String g = matcher.group(name);
        return g == null ? null : g.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Up to 60 characters before the match, within the sentence. */
    String before() {
        return text.substring(Math.max(region.start(), matcher.start() - CONTEXT), matcher.start());
    }

    /** Up to 60 characters after the match, within the sentence. */
    String after() {
        return text.substring(matcher.end(), Math.min(region.end(), matcher.end() + CONTEXT));
    }

    /** True when the text just before the match ends as {@code pattern} (anchored with {@code $}) says. */
    boolean precededBy(Pattern pattern) {
        return pattern.matcher(before()).find();
    }

    /** True when the text just after the match starts as {@code pattern} (anchored with {@code ^}) says. */
    boolean followedBy(Pattern pattern) {
        return pattern.matcher(after()).find();
    }
}
