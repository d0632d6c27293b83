package org.amnok.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amnok.people.Numerals.Numeral;
import org.amnok.people.Quantity.Kind;

/**
 * The grammar of English quantity phrases in front of (or standing for) a people noun, by the spec's count rules:
 * "about 20" 20/20 approx, "more than 30" 31/open, "at least 41" 41/open, "as many as 2,000" open/2000, "five or
 * six" 5/6, "between 600 and 2,000" 600/2000, "several" 3/open approx, "dozens" 24/open approx, "hundreds"
 * 200/open approx, "tens of thousands" 20000/open approx, "19 of the 24" 19/19.
 *
 * <p>Stateless and thread-safe: each call parses on its own cursor. Words must be lower-cased ({@link
 * java.util.Locale#ROOT}); a parse succeeds only when it reads every word.
 */
final class QuantityGrammar {
    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "this", "that");
    private static final Set<String> DEMONSTRATIVE = Set.of("this", "that");
    private static final Set<String> POSSESSIVE = Set.of("his", "her", "their", "its", "our", "my", "your");
    private static final Set<String> GENERIC = Set.of("every", "each", "any", "no");
    private static final Set<String> ADDITIVE = Set.of("another", "additional", "further", "only", "just", "other",
            "remaining", "same", "last", "first", "final", "latest");
    /** Words after "a"/"an" that make the article part of a quantity ("a dozen", "a few"), not a determiner. */
    private static final Set<String> QUANTITY_AFTER_ARTICLE = Set.of("dozen", "hundred", "thousand", "few",
            "couple", "handful", "number", "pair", "trio", "total", "further", "single", "lone", "large", "growing",
            "small", "lot", "great", "unspecified", "unknown", "minimum", "maximum", "additional", "increasing");

    private QuantityGrammar() {
    }

    /** The quantity {@code words} state, or empty when they are not one quantity phrase from end to end. */
    static Optional<Quantity> parse(List<String> words) {
        return words.isEmpty() ? Optional.empty() : new Cursor(words).phrase();
    }

    /** The set after a partitive's "of": whether it points back, and its count when it has one. */
    private record Pool(boolean definite, Quantity.Container counted) {
    }

    /** What the determiners in front of the count said. */
    private record Lead(boolean present, boolean definite, boolean generic, boolean universal, String possessive,
                        boolean article) {
    }

    /** One parse: mutable position over the words, confined to the calling thread. */
    private static final class Cursor {
        private final List<String> words;
        private int at;

        Cursor(List<String> words) {
            this.words = words;
        }

        Optional<Quantity> phrase() {
            Lead lead = lead();
            Bounds body = Bounds.read(this);
            Pool part = null;
            if ((body != null || lead.universal()) && accept("of") && !atEnd()) {
                // "dozens of" ends the phrase before its noun; anything after "of" is the set picked from.
                part = container();
                if (part == null) {
                    return Optional.empty();
                }
            }
            if (!atEnd() || body == null && !lead.present()) {
                return Optional.empty();
            }
            return Optional.of(combine(lead, body, part));
        }

        private static Quantity combine(Lead lead, Bounds body, Pool part) {
            boolean partitive = part != null;
            boolean definite = lead.definite() || partitive && part.definite() || body != null && body.definite();
            Quantity.Container container = partitive ? part.counted() : null;
            if (body != null) {
                return new Quantity(body.min(), body.max(), body.approx(), body.kind(), definite,
                        lead.possessive(), partitive, lead.article(), container);
            }
            Kind kind = lead.generic() ? Kind.GENERIC : lead.universal() ? Kind.VAGUE : Kind.DETERMINER;
            return new Quantity(null, null, false, kind, definite, lead.possessive(), partitive, lead.article(),
                    container);
        }

        private Lead lead() {
            boolean present = false;
            boolean definite = false;
            boolean generic = false;
            boolean universal = false;
            boolean article = false;
            String possessive = null;
            while (!atEnd()) {
                String w = peek();
                if (accept("all", "of", "the") || accept("all", "the") || accept("all")) {
                    definite = true;
                    universal = true;
                } else if (accept("a", "total", "of") || accept("a", "further") || accept("an", "additional")) {
                    present = true;
                } else if (DEMONSTRATIVE.contains(w) && at + 1 < words.size()) {
                    // "that some of them": "this" and "that" determine a noun directly or are no determiner at all.
                    break;
                } else if (DEFINITE.contains(w) || ADDITIVE.contains(w)) {
                    definite |= DEFINITE.contains(w);
                    at++;
                } else if (POSSESSIVE.contains(w) || possessor(w)) {
                    possessive = w;
                    at++;
                } else if (GENERIC.contains(w) && !Set.of("fewer", "less", "more").contains(peek(1))) {
                    generic = true;
                    at++;
                } else if ((w.equals("a") || w.equals("an")) && !QUANTITY_AFTER_ARTICLE.contains(peek(1))) {
                    article = true;
                    at++;
                } else {
                    break;
                }
                present = true;
            }
            return new Lead(present, definite, generic, universal, possessive, article);
        }

        /** After "of": "them", "whom", "the", "the 24", "the nine"; null when what follows is no set of people. */
        private Pool container() {
            if (accept("them") || accept("whom") || accept("us") || accept("these") || accept("those")) {
                return atEnd() ? new Pool(true, null) : null;
            }
            int start = at;
            boolean definite = !atEnd() && (DEFINITE.contains(peek()) || POSSESSIVE.contains(peek()));
            at += definite ? 1 : 0;
            Bounds inner = atEnd() ? null : Bounds.read(this);
            if (!definite && inner == null) {
                return null;
            }
            Quantity.Container counted = inner == null || inner.kind() != Kind.COUNT ? null
                    : new Quantity.Container(start, inner.min(), inner.max(), inner.approx());
            return new Pool(definite, counted);
        }

        boolean atEnd() {
            return at >= words.size();
        }

        String peek() {
            return words.get(at);
        }

        String peek(int ahead) {
            return at + ahead < words.size() ? words.get(at + ahead) : "";
        }

        int position() {
            return at;
        }

        void reset(int position) {
            at = position;
        }

        /** Consumes {@code sequence} when the words continue with it. */
        boolean accept(String... sequence) {
            if (at + sequence.length > words.size()) {
                return false;
            }
            for (int i = 0; i < sequence.length; i++) {
                if (!words.get(at + i).equals(sequence[i])) {
                    return false;
                }
            }
            at += sequence.length;
            return true;
        }

        /** Consumes a numeral ("two", "2,000", "a dozen") and returns its value, or returns null. */
        Integer numeral() {
            Optional<Numeral> n = Numerals.read(words, at);
            n.ifPresent(numeral -> at += numeral.length());
            return n.map(Numeral::value).orElse(null);
        }

        private static boolean possessor(String w) {
            return w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'") || w.endsWith("s\u2019");
        }
    }

    /** The count proper, after the determiners. */
    private record Bounds(Integer min, Integer max, boolean approx, Kind kind, boolean definite) {

        static Bounds count(Integer min, Integer max, boolean approx) {
            return new Bounds(min, max, approx, Kind.COUNT, false);
        }

        /** Reads the count at the cursor and the words that may trail it, or returns null and moves nothing. */
        static Bounds read(Cursor c) {
            int start = c.position();
            Bounds b = Shapes.bounded(c);
            b = b != null ? b : Shapes.range(c);
            b = b != null ? b : Shapes.numeric(c);
            b = b != null ? b : Shapes.words(c);
            b = b != null ? b : Shapes.vague(c);
            if (b == null) {
                c.reset(start);
                return null;
            }
            return b.kind() == Kind.COUNT ? Shapes.tail(c, b) : b;
        }
    }

    /** The shapes a count takes. Each reads from the cursor or leaves it where it was and returns null. */
    private static final class Shapes {
        private static final List<Shape> BOUNDS = List.of(
                new Shape(Bound.ABOUT, "about"), new Shape(Bound.ABOUT, "around"), new Shape(Bound.ABOUT, "roughly"),
                new Shape(Bound.ABOUT, "approximately"), new Shape(Bound.ABOUT, "nearly"),
                new Shape(Bound.ABOUT, "almost"), new Shape(Bound.ABOUT, "some"), new Shape(Bound.ABOUT, "approx."),
                new Shape(Bound.ABOUT, "an", "estimated"), new Shape(Bound.ABOUT, "estimated"),
                new Shape(Bound.ABOUT, "close", "to"), new Shape(Bound.ABOUT, "circa"),
                new Shape(Bound.OVER, "more", "than"), new Shape(Bound.OVER, "over"),
                new Shape(Bound.OVER, "well", "over"), new Shape(Bound.OVER, "upwards", "of"),
                new Shape(Bound.OVER, "in", "excess", "of"), new Shape(Bound.OVER, "well", "above"),
                new Shape(Bound.AT_LEAST, "at", "least"), new Shape(Bound.AT_LEAST, "no", "fewer", "than"),
                new Shape(Bound.AT_LEAST, "no", "less", "than"), new Shape(Bound.AT_LEAST, "not", "less", "than"),
                new Shape(Bound.AT_LEAST, "a", "minimum", "of"), new Shape(Bound.AT_MOST, "as", "many", "as"),
                new Shape(Bound.AT_MOST, "up", "to"), new Shape(Bound.AT_MOST, "at", "most"),
                new Shape(Bound.AT_MOST, "no", "more", "than"), new Shape(Bound.AT_MOST, "not", "more", "than"),
                new Shape(Bound.AT_MOST, "a", "maximum", "of"), new Shape(Bound.UNDER, "fewer", "than"),
                new Shape(Bound.UNDER, "less", "than"), new Shape(Bound.UNDER, "under"));
        private static final List<List<String>> RANGE_OPENERS = List.of(List.of("somewhere", "between"),
                List.of("anywhere", "between"), List.of("anywhere", "from"), List.of("between"), List.of("from"));
        private static final Set<String> VAGUE_APPROX = Set.of("many", "numerous", "countless", "multiple");
        private static final Set<String> VAGUE_EXACT = Set.of("most", "some", "few", "more", "certain", "various");
        private static final List<List<String>> VAGUE_PHRASES = List.of(List.of("a", "great", "many"),
                List.of("more", "and", "more"), List.of("a", "large", "number"), List.of("a", "growing", "number"),
                List.of("an", "increasing", "number"), List.of("large", "numbers"), List.of("a", "lot"),
                List.of("lots"));
        private static final List<List<String>> NUMBER_OF = List.of(List.of("a", "small", "number"),
                List.of("an", "unspecified", "number"), List.of("an", "unknown", "number"), List.of("a", "number"));

        private Shapes() {
        }

        private enum Bound { ABOUT, OVER, AT_LEAST, AT_MOST, UNDER }

        private record Shape(Bound bound, String... words) {
        }

        static Bounds bounded(Cursor c) {
            int start = c.position();
            for (Shape shape : BOUNDS) {
                if (c.accept(shape.words())) {
                    Integer n = c.numeral();
                    if (n != null) {
                        return apply(shape.bound(), n);
                    }
                    c.reset(start);
                }
            }
            return null;
        }

        private static Bounds apply(Bound bound, int n) {
            switch (bound) {
                case ABOUT:
                    return Bounds.count(n, n, true);
                case OVER:
                    return Bounds.count(n + 1, null, false);
                case AT_LEAST:
                    return Bounds.count(n, null, false);
                case AT_MOST:
                    return Bounds.count(null, n, false);
                default:
                    return Bounds.count(null, Math.max(0, n - 1), false);
            }
        }

        /** "between 600 and 2,000", "somewhere between 600 and 2,000", "from 600 to 2,000". */
        static Bounds range(Cursor c) {
            int start = c.position();
            for (List<String> opener : RANGE_OPENERS) {
                if (c.accept(opener.toArray(String[]::new))) {
                    Integer low = c.numeral();
                    Integer high = low != null && (c.accept("and") || c.accept("to")) ? c.numeral() : null;
                    if (high != null && low < high) {
                        return Bounds.count(low, high, false);
                    }
                    c.reset(start);
                }
            }
            return null;
        }

        /** "two", "five or six", "600 to 2,000", "5-6". */
        static Bounds numeric(Cursor c) {
            Bounds joined = hyphenRange(c);
            if (joined != null) {
                return joined;
            }
            Integer low = c.numeral();
            if (low == null) {
                return null;
            }
            int afterLow = c.position();
            if (c.accept("or") || c.accept("to")) {
                Integer high = c.numeral();
                if (high != null && low < high) {
                    return Bounds.count(low, high, false);
                }
                c.reset(afterLow);
            }
            return Bounds.count(low, low, false);
        }

        private static Bounds hyphenRange(Cursor c) {
            if (c.atEnd()) {
                return null;
            }
            String[] parts = c.peek().split("[-\u2013]", -1);
            if (parts.length != 2) {
                return null;
            }
            Integer low = Numerals.word(parts[0]).isPresent() ? Numerals.word(parts[0]).getAsInt() : null;
            Integer high = Numerals.word(parts[1]).isPresent() ? Numerals.word(parts[1]).getAsInt() : null;
            if (low == null || high == null || low >= high) {
                return null;
            }
            c.reset(c.position() + 1);
            return Bounds.count(low, high, false);
        }

        /** Counts said in words: "several", "dozens", "hundreds", "tens of thousands", "a few", "both". */
        static Bounds words(Cursor c) {
            if (c.accept("several")) {
                Integer unit = scale(c);
                return Bounds.count(unit == null ? 3 : 3 * unit, null, true);
            }
            if (c.accept("tens", "of", "thousands")) {
                return Bounds.count(20_000, null, true);
            }
            if (c.accept("hundreds", "of", "thousands")) {
                return Bounds.count(200_000, null, true);
            }
            if (c.accept("dozens")) {
                return Bounds.count(24, null, true);
            }
            if (c.accept("scores")) {
                return Bounds.count(40, null, true);
            }
            if (c.accept("hundreds")) {
                return Bounds.count(200, null, true);
            }
            if (c.accept("thousands")) {
                return Bounds.count(2000, null, true);
            }
            if (c.accept("a", "few") || c.accept("a", "handful")) {
                return Bounds.count(3, null, true);
            }
            if (c.accept("a", "couple")) {
                return Bounds.count(2, 2, true);
            }
            if (c.accept("both")) {
                return new Bounds(2, 2, false, Kind.COUNT, true);
            }
            return fixed(c);
        }

        /** "a pair", "the couple", "a single", "a lone": words that fix a small number. */
        private static Bounds fixed(Cursor c) {
            if (c.accept("a", "pair") || c.accept("pair") || c.accept("couple") || c.accept("duo")) {
                return Bounds.count(2, 2, false);
            }
            if (c.accept("a", "trio") || c.accept("trio")) {
                return Bounds.count(3, 3, false);
            }
            if (c.accept("a", "single") || c.accept("a", "lone") || c.accept("single") || c.accept("lone")) {
                return Bounds.count(1, 1, false);
            }
            return null;
        }

        private static Integer scale(Cursor c) {
            if (c.accept("dozen")) {
                return 12;
            }
            if (c.accept("hundred")) {
                return 100;
            }
            return c.accept("thousand") ? 1000 : null;
        }

        /** Plural with no number: "many", "most", "a number of". */
        static Bounds vague(Cursor c) {
            for (List<String> phrase : VAGUE_PHRASES) {
                if (c.accept(phrase.toArray(String[]::new))) {
                    return new Bounds(null, null, true, Kind.VAGUE, false);
                }
            }
            for (List<String> phrase : NUMBER_OF) {
                if (c.accept(phrase.toArray(String[]::new))) {
                    return new Bounds(null, null, false, Kind.VAGUE, false);
                }
            }
            if (!c.atEnd() && (VAGUE_APPROX.contains(c.peek()) || VAGUE_EXACT.contains(c.peek()))) {
                boolean approx = VAGUE_APPROX.contains(c.peek());
                c.reset(c.position() + 1);
                return new Bounds(null, null, approx, Kind.VAGUE, false);
            }
            return null;
        }

        /** What may follow a count: "two more", "nine other", "20 or so", "30 or more". */
        static Bounds tail(Cursor c, Bounds b) {
            if (c.accept("or", "so")) {
                return new Bounds(b.min(), b.max(), true, b.kind(), b.definite());
            }
            if (c.accept("or", "more")) {
                return new Bounds(b.min(), null, b.approx(), b.kind(), b.definite());
            }
            if (!c.accept("more")) {
                c.accept("other");
            }
            return b;
        }
    }
}
