package org.amnok.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who originally reported something: outlet names reduced to the outlet they repeat, and counted.
 *
 * <p>Stateless and thread-safe. "Korea Herald (Yonhap, citing RFA)" repeats RFA; "South China Morning Post
 * (citing Chosun Ilbo)" repeats Chosun Ilbo. Two names are one outlet when their words are equal, when one is
 * the other's initials ("RFA", "Radio Free Asia"), or when one is the other followed only by generic words
 * ("Yonhap", "Yonhap News Agency").
 */
final class Outlets {
    private static final Pattern CITING = Pattern.compile("(?i)\\bciting\\s+([^,;)]+)");
    private static final Set<String> GENERIC = Set.of("news", "agency", "service", "online", "daily", "times",
            "post", "press", "newspaper", "radio", "tv", "television", "broadcasting", "network", "world", "the");

    private Outlets() {
    }

    /** The outlet that {@code source} repeats: the cited one when it cites one, else {@code source} itself. */
    static String original(String source) {
        Matcher m = CITING.matcher(source);
        String last = null;
        while (m.find()) {
            last = m.group(1).trim(); // "citing A, citing B": the last cited is the one furthest back
        }
        return last != null && !last.isEmpty() ? last : source.replaceAll("\\s*\\(.*\\)\\s*$", "").trim();
    }

    /**
     * How many distinct original outlets the members have; a member without an outlet counts as one of its own
     * (nothing says it repeats another), once per document.
     */
    static int independent(List<SourcedIncident> members) {
        if (members.size() < 2) {
            return members.size();
        }
        List<List<String>> outlets = new ArrayList<>();
        List<String> unsourcedDocuments = new ArrayList<>();
        for (SourcedIncident m : members) {
            if (m.source() == null || m.source().isBlank()) {
                if (!unsourcedDocuments.contains(m.documentId())) {
                    unsourcedDocuments.add(m.documentId());
                }
                continue;
            }
            List<String> words = words(original(m.source()));
            if (!words.isEmpty() && outlets.stream().noneMatch(o -> same(o, words))) {
                outlets.add(words);
            }
        }
        return outlets.size() + unsourcedDocuments.size();
    }

    /** True when two outlet names, as word lists, name one outlet. */
    static boolean same(List<String> a, List<String> b) {
        return a.equals(b) || initials(a, b) || initials(b, a)
                || withGenericTail(a, b) || withGenericTail(b, a);
    }

    /** Lower-case words, punctuation dropped, a leading "the" dropped. */
    static List<String> words(String name) {
        String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        List<String> words = cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split(" "));
        return !words.isEmpty() && words.get(0).equals("the") ? words.subList(1, words.size()) : words;
    }

    /** {@code acronym} is one word made of the first letters of the (two or more) words of {@code full}. */
    private static boolean initials(List<String> acronym, List<String> full) {
        if (acronym.size() != 1 || full.size() < 2) {
            return false;
        }
        StringBuilder letters = new StringBuilder();
        full.forEach(w -> letters.append(w.charAt(0)));
        return acronym.get(0).contentEquals(letters);
    }

    /** {@code longer} is {@code shorter} followed only by generic words ("yonhap news agency"). */
    private static boolean withGenericTail(List<String> shorter, List<String> longer) {
        return shorter.size() < longer.size() && longer.subList(0, shorter.size()).equals(shorter)
                && GENERIC.containsAll(longer.subList(shorter.size(), longer.size()));
    }
}
