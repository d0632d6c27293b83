package org.amnok.gazetteer;

import java.util.List;

/**
 * A stretch of text whose key is a name, with the spellings whose capitals it honours. Immutable.
 *
 * @param start first document offset
 * @param end offset after the last character
 * @param aliases the spellings matched, never empty
 */
record Candidate(int start, int end, List<Alias> aliases) {

    Candidate {
        aliases = List.copyOf(aliases);
    }

    int length() {
        return end - start;
    }

    /** True when this candidate and {@code other} share a character. */
    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }

    /** True when the stretch names no place ("Radio Free Asia"). */
    boolean blocks() {
        return aliases.stream().allMatch(Alias::blocker);
    }
}
