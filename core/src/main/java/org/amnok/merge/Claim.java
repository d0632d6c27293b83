package org.amnok.merge;

import java.util.List;
import java.util.Objects;

/**
 * One value that some members of a case report for a disputed field, and who reports it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the value as the spec writes it ("13", "2013-11-15", "Kunming", "PLANNED")
 * @param memberIds the members that report it, in report order
 * @param sources their outlets as written (the document id when unknown), distinct, in report order
 */
public record Claim(String value, List<String> memberIds, List<String> sources) {

    public Claim {
        Objects.requireNonNull(value, "value");
        memberIds = List.copyOf(memberIds);
        sources = List.copyOf(sources);
    }
}
