package org.amnok.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.amnok.store.IncidentQuery;
import org.amnok.store.IncidentStore;
import org.amnok.store.StoredIncident;

/** The filtered, sorted, paged lists of incidents and cases, for pages and the API alike. Thread-safe. */
final class Listings {
    /** One page of a list. */
    record Page<T>(List<T> items, long total, int page, int size) {
        Page {
            items = List.copyOf(items);
        }

        /** How many pages the list has, at least 1. */
        long pages() {
            return Math.max(1, (total + size - 1) / size);
        }
    }

    private final IncidentStore store;
    private final CaseBook cases;

    Listings(IncidentStore store, CaseBook cases) {
        this.store = store;
        this.cases = cases;
    }

    /** Incidents matching {@code f}, newest or oldest first (the store's order, read backwards for oldest). */
    Page<StoredIncident> incidents(Filters f) {
        if (!List.of("newest", "oldest").contains(f.sort())) {
            throw WebProblem.badRequest("bad_parameter", "incidents sort by newest or oldest, not sort=" + f.sort());
        }
        IncidentQuery q = f.query();
        long total = store.count(q);
        if (f.offset() >= total) {
            return new Page<>(List.of(), total, f.page(), f.size());
        }
        if (f.sort().equals("newest")) {
            return new Page<>(store.list(q.page((int) f.offset(), f.size())), total, f.page(), f.size());
        }
        long end = total - f.offset();
        long start = Math.max(0, end - f.size());
        List<StoredIncident> rows = new ArrayList<>(store.list(q.page((int) start, (int) (end - start))));
        java.util.Collections.reverse(rows);
        return new Page<>(rows, total, f.page(), f.size());
    }

    /** Cases with at least one member matching {@code f}, in its order. */
    Page<CaseFile> cases(Filters f) {
        // The snapshot is newest first already: the default order needs no sort of a million cases.
        Stream<CaseFile> matching = matching(f);
        List<CaseFile> all = f.sort().equals("newest") ? (f.narrows() ? matching.toList()
                : cases.snapshot().cases()) : matching.sorted(order(f.sort())).toList();
        int from = (int) Math.min(all.size(), f.offset());
        int to = Math.min(all.size(), from + f.size());
        return new Page<>(all.subList(from, to), all.size(), f.page(), f.size());
    }

    /** Every case with at least one member matching {@code f}, unsorted. */
    Stream<CaseFile> matching(Filters f) {
        List<CaseFile> all = cases.snapshot().cases();
        if (!f.narrows()) {
            return all.stream();
        }
        Set<String> members = new HashSet<>();
        store.forEach(f.query(), m -> members.add(m.id()));
        return all.stream().filter(c -> c.members().stream().anyMatch(m -> members.contains(m.id())));
    }

    private static Comparator<CaseFile> order(String sort) {
        return switch (sort) {
            case "oldest" -> Comparator.comparing(CaseFile::firstDay, Comparator.nullsLast(Comparator
                    .naturalOrder())).thenComparing(CaseFile::id);
            case "people" -> Comparator.comparing(CaseFile::peopleHigh, Comparator.nullsLast(Comparator
                    .reverseOrder())).thenComparing(CaseBook.NEWEST_FIRST);
            case "reports" -> Comparator.comparing((CaseFile c) -> -c.members().size())
                    .thenComparing(CaseBook.NEWEST_FIRST);
            default -> CaseBook.NEWEST_FIRST;
        };
    }
}
