package org.amnok.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amnok.store.IncidentQuery;
import org.amnok.store.IncidentStore;
import org.amnok.store.StoreCounts;
import org.amnok.store.StoredIncident;

/**
 * The cases of the store, computed on read (the store keeps none) and kept as a snapshot until the store changes.
 * The web's own writes drop the snapshot at once; writes by other processes (a CLI ingest) are noticed by row
 * counts, checked at most every {@link #RECHECK}. Thread-safe: readers share an immutable snapshot.
 */
final class CaseBook {
    /** How often the store's row counts are compared with the snapshot's. */
    static final Duration RECHECK = Duration.ofSeconds(2);

    /**
     * All live (not rejected) incidents and their cases, newest case first, with what the dashboards ask for often
     * computed once: cases by type and month, and the cases at risk. Immutable.
     */
    record Snapshot(List<CaseFile> cases, Map<String, CaseFile> byId, Map<String, CaseFile> byMember,
                    StoreCounts counts, Stats.Series byMonth, List<CaseFile> atRisk) {
        Snapshot {
            atRisk = List.copyOf(atRisk);
            cases = List.copyOf(cases);
            byId = Map.copyOf(byId);
            byMember = Map.copyOf(byMember);
        }

        /** The case with this id. */
        Optional<CaseFile> findCase(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        /** The case that holds the incident with this member id. */
        Optional<CaseFile> findCaseOf(String memberId) {
            return Optional.ofNullable(byMember.get(memberId));
        }
    }

    /** Newest first by first day (undated last), then by id. */
    static final Comparator<CaseFile> NEWEST_FIRST = Comparator
            .comparing(CaseFile::firstDay, Comparator.nullsFirst(Comparator.naturalOrder())).reversed()
            .thenComparing(CaseFile::id);

    private final IncidentStore store;
    private final Clock clock;
    private volatile Snapshot snapshot;
    private volatile Instant checkedAt = Instant.MIN;

    CaseBook(IncidentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The current snapshot, rebuilt first when the store has changed. */
    Snapshot snapshot() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s != null && now.isBefore(checkedAt.plus(RECHECK))) {
            return s;
        }
        synchronized (this) {
            checkedAt = now;
            StoreCounts counts = store.counts();
            if (snapshot == null || !snapshot.counts().equals(counts)) {
                snapshot = build(counts);
            }
            return snapshot;
        }
    }

    /** Forgets the snapshot; the next read rebuilds it. Call after every write. */
    synchronized void invalidate() {
        snapshot = null;
        checkedAt = Instant.MIN;
    }

    private Snapshot build(StoreCounts counts) {
        List<StoredIncident> incidents = new ArrayList<>();
        store.forEach(IncidentQuery.all(), incidents::add);
        List<CaseFile> cases = new ArrayList<>(CaseFiles.of(incidents, store.decisions()));
        cases.sort(NEWEST_FIRST);
        Map<String, CaseFile> byId = new HashMap<>();
        Map<String, CaseFile> byMember = new HashMap<>();
        for (CaseFile c : cases) {
            byId.put(c.id(), c);
            c.members().forEach(m -> byMember.put(m.id(), c));
        }
        return new Snapshot(cases, byId, byMember, counts, Stats.byMonth(cases),
                cases.stream().filter(CaseFile::atRisk).toList());
    }
}
