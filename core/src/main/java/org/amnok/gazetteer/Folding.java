package org.amnok.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * How place names and running text are folded into lookup keys, so that "Sinŭiju", "SINUIJU" and "Sinuiju" meet,
 * as do "Ch'ŏngjin" and "Chongjin", "Kimhyong-jik" and "Kimhyongjik".
 *
 * <p>A key is the name's letters and digits, lower-cased ({@link Locale#ROOT}) and stripped of diacritics, one
 * character for one character; apostrophes and hyphens between letters vanish; a run of spaces is one space.
 * Stateless and thread-safe.
 */
final class Folding {
    /** The one character a run of spaces folds to. */
    static final char SPACE = ' ';

    /** Words that keep their meaning in lower case, so a name's capitals are not required on them. */
    private static final Set<String> GENERIC = Set.of("river", "province", "county", "city", "bridge", "port", "dam",
            "border", "customs", "camp", "prison", "center", "centre", "autonomous", "prefecture", "region",
            "district", "station", "reservoir", "harbor", "harbour", "crossing", "detention", "internment",
            "political", "facility", "zone", "special", "economic", "frontier", "defense", "defence", "guard",
            "office", "entry", "railway", "of", "the", "and", "in", "re", "education", "immigration", "capital",
            "territory", "krai", "sheng", "jiang", "gun", "do", "si", "friendship", "broken", "new", "first", "no");

    private static final char[] TABLE = table();

    private Folding() {
    }

    /** The folded form of a letter or digit, or 0 for any other character. */
    static char fold(char c) {
        if (c < TABLE.length) {
            return TABLE[c];
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }

    /** True for a letter or digit: part of a name. */
    static boolean isWord(char c) {
        return fold(c) != 0;
    }

    /** True for an apostrophe or hyphen, which vanish between two letters. */
    static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`'
                || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013';
    }

    /** True for a space inside a line; a line break ends a name. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2009' || c == '\u202F';
    }

    /**
     * The key of {@code name} with the positions whose capital a text must repeat: each capital that starts a
     * word which is not a generic word like "river" or "province".
     *
     * @return the folded name, or an empty key when {@code name} has no letter or digit
     */
    static FoldedName name(String name) {
        StringBuilder key = new StringBuilder(name.length());
        long upper = 0;
        boolean wordStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isWord(c)) {
                if (wordStart && Character.isUpperCase(c) && !generic(name, i) && key.length() < Long.SIZE) {
                    upper |= 1L << key.length();
                }
                key.append(fold(c));
                wordStart = false;
            } else {
                wordStart = true;
                if (!isJoiner(c) && key.length() > 0 && key.charAt(key.length() - 1) != SPACE) {
                    key.append(SPACE);
                }
            }
        }
        return new FoldedName(key.toString().strip(), upper);
    }

    /** The key of {@code name}: see {@link #name(String)}. */
    static String key(String name) {
        return name(name).key();
    }

    /** True when every character of {@code name} is a letter, digit, space, apostrophe or hyphen. */
    static boolean isPlain(String name) {
        return name.chars().allMatch(c -> isWord((char) c) || isJoiner((char) c) || c == ' ');
    }

    private static boolean generic(String name, int wordStart) {
        int end = wordStart;
        while (end < name.length() && isWord(name.charAt(end))) {
            end++;
        }
        return GENERIC.contains(name.substring(wordStart, end).toLowerCase(Locale.ROOT));
    }

    private static char[] table() {
        char[] table = new char[0x2000];
        for (char c = 0; c < table.length; c++) {
            // U+02BC, the modifier-letter apostrophe of Korean romanisation, counts as a letter in Unicode.
            table[c] = Character.isLetterOrDigit(c) && !isJoiner(c) ? base(c) : 0;
        }
        return table;
    }

    /** The lower-case base letter of {@code c}: "ŭ" is "u", "Đ" is "d". */
    private static char base(char c) {
        switch (c) {
            case '\u0110', '\u0111', '\u00D0', '\u00F0':
                return 'd';
            case '\u0141', '\u0142':
                return 'l';
            case '\u00D8', '\u00F8':
                return 'o';
            case '\u0131':
                return 'i';
            default:
                break;
        }
        char first = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
        char lower = Character.toLowerCase(first);
        return Character.isLetterOrDigit(lower) ? lower : Character.toLowerCase(c);
    }
}
