package org.amnok.merge;

import java.util.List;
import java.util.Objects;

/**
 * One real event as told by one or more reports: the unit an analyst reviews.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id deterministic: {@code "case-"} followed by the smallest member id (in {@link String#compareTo}
 *           order); it changes only when that member leaves the case
 * @param members in report order: publication date (unknown last), then member id
 * @param view what the members together say
 * @param conflicts the fields on which members disagree, in the order people.min, people.max, date, place,
 *                  status; empty when they agree
 * @param links the edges that joined the members (a spanning tree: {@code members.size() - 1} links), in the
 *              order they were made
 * @param independentSources how many distinct original outlets report it: an outlet citing another ("Korea
 *                           Herald (Yonhap, citing RFA)") counts as the cited one, and a member with no known
 *                           outlet counts as a source of its own
 */
public record Case(String id, List<SourcedIncident> members, MergedView view, List<Conflict> conflicts,
                   List<Link> links, int independentSources) {

    public Case {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(view, "view");
        members = List.copyOf(members);
        conflicts = List.copyOf(conflicts);
        links = List.copyOf(links);
    }
}
