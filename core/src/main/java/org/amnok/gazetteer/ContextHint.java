package org.amnok.gazetteer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.amnok.incident.Span;

/**
 * What the words around a name say about its kind: "Jilin Province", "Jilin city", "Jilin and Liaoning
 * provinces", "the city of Jilin". Only words inside the sentence span are read. Stateless and thread-safe.
 *
 * @param kind the kind the context asks for
 * @param end where the mention ends: after a following "Province", "City", "County" or "River", else the name's end
 */
record ContextHint(PlaceKind kind, int end) {
    private static final Map<String, PlaceKind> SINGULAR = Map.of("province", PlaceKind.PROVINCE,
            "city", PlaceKind.CITY, "county", PlaceKind.COUNTY, "river", PlaceKind.RIVER);
    private static final Map<String, PlaceKind> PLURAL = Map.of("provinces", PlaceKind.PROVINCE,
            "cities", PlaceKind.CITY, "counties", PlaceKind.COUNTY);
    /** How many words a coordination may run before its plural noun ("A, B, C and D provinces"). */
    private static final int COORDINATION = 8;

    /** The hint for the name at {@code [start, end)}, if its neighbours give one. */
    static Optional<ContextHint> read(String text, Span within, int start, int end) {
        Optional<ContextHint> after = after(text, within.end(), end);
        return after.isPresent() ? after : before(text, within.start(), start, end);
    }

    /** A kind noun right after the name, or at the end of a coordination of capitalised names. */
    private static Optional<ContextHint> after(String text, int limit, int end) {
        Span next = wordAfter(text, end, limit, false);
        if (next != null && SINGULAR.containsKey(lower(text, next))) {
            return Optional.of(new ContextHint(SINGULAR.get(lower(text, next)), next.end()));
        }
        int pos = end;
        for (int n = 0; n < COORDINATION; n++) {
            Span word = wordAfter(text, pos, limit, true);
            if (word == null) {
                return Optional.empty();
            }
            String lower = lower(text, word);
            if (PLURAL.containsKey(lower)) {
                return Optional.of(new ContextHint(PLURAL.get(lower), end));
            }
            if (!lower.equals("and") && !lower.equals("or") && !Character.isUpperCase(text.charAt(word.start()))) {
                return Optional.empty();
            }
            pos = word.end();
        }
        return Optional.empty();
    }

    /** "province of", "city of", "counties of" right before the name. */
    private static Optional<ContextHint> before(String text, int floor, int start, int end) {
        Span of = wordBefore(text, start, floor);
        if (of == null || !lower(text, of).equals("of")) {
            return Optional.empty();
        }
        Span noun = wordBefore(text, of.start(), floor);
        if (noun == null) {
            return Optional.empty();
        }
        String lower = lower(text, noun);
        PlaceKind kind = SINGULAR.containsKey(lower) ? SINGULAR.get(lower) : PLURAL.get(lower);
        return Optional.ofNullable(kind).map(k -> new ContextHint(k, end));
    }

    /** The word after spaces (and commas, when {@code commas}) from {@code pos}, or null. */
    private static Span wordAfter(String text, int pos, int limit, boolean commas) {
        int s = pos;
        while (s < limit && (Folding.isSpace(text.charAt(s)) || commas && text.charAt(s) == ',')) {
            s++;
        }
        int e = s;
        while (e < limit && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e > s ? new Span(s, e) : null;
    }

    /** The word before the spaces that precede {@code pos}, or null. */
    private static Span wordBefore(String text, int pos, int floor) {
        int e = pos;
        while (e > floor && Folding.isSpace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > floor && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return e > s && e < pos ? new Span(s, e) : null;
    }

    private static String lower(String text, Span word) {
        return word.slice(text).toLowerCase(Locale.ROOT);
    }
}
