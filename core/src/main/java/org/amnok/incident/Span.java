package org.amnok.incident;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a document's text.
 *
 * <p>Immutable and thread-safe. Offsets are those of {@link String#charAt}, so {@code text.substring(start, end)}
 * is the spanned text.
 *
 * @param start first offset, {@code >= 0}
 * @param end offset after the last character, {@code >= start}
 */
public record Span(int start, int end) {

    /** Rejects negative or reversed offsets: a span that cannot slice any text is a programmer error. */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a half-open range of"
                    + " non-negative offsets; pass start <= end");
        }
    }

    /** Number of UTF-16 units covered. */
    public int length() {
        return end - start;
    }

    /** True when the two spans share at least one offset. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** True when {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** True when {@code offset} lies inside this span. */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /** This span moved right by {@code delta} offsets. */
    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    /**
     * The spanned text.
     *
     * @throws IllegalArgumentException when the span reaches past the end of {@code text}
     */
    public String slice(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " reaches past the text's end at " + text.length());
        }
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
