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
 * The web's own writes mark the snapshot stale at once; writes by other processes (a CLI ingest) are noticed by row
 * counts, checked at most every {@link #RECHECK}. Thread-safe: readers share an immutable snapshot; one daemon
 * thread rebuilds large ones.
 */
final class CaseBook {
    /** How often the store's row counts are compared with the snapshot's. */
    static final Duration RECHECK = Duration.ofSeconds(2);
    /** By default, a rebuild that took longer than this runs in the background next time. */
    static final Duration SYNC_LIMIT = Duration.ofSeconds(2);

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
    private final Duration syncLimit;
    private final java.util.concurrent.ExecutorService rebuilder = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "amnok-case-rebuild");
                t.setDaemon(true);
                return t;
            });
    private volatile Snapshot snapshot;
    private volatile Instant checkedAt = Instant.MIN;
    private volatile boolean dirty;
    private volatile Duration lastBuild = Duration.ZERO;
    private java.util.concurrent.Future<?> rebuilding;

    CaseBook(IncidentStore store, Clock clock) {
        this(store, clock, SYNC_LIMIT);
    }

    /** A case book that rebuilds in the background once a build has taken {@code syncLimit} or longer. */
    CaseBook(IncidentStore store, Clock clock, Duration syncLimit) {
        this.store = store;
        this.clock = clock;
        this.syncLimit = syncLimit;
    }

    /**
     * The current snapshot. When the store has changed it is rebuilt first if the last build took under the sync
     * limit ({@link #SYNC_LIMIT} by default; every page then shows the change at once); a slower build (a million
     * incidents) runs in the background while readers keep the previous snapshot, so no request waits for it.
     */
    Snapshot snapshot() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s != null && !dirty && now.isBefore(checkedAt.plus(RECHECK))) {
            return s;
        }
        synchronized (this) {
            checkedAt = now;
            StoreCounts counts = store.counts();
            boolean stale = snapshot == null || dirty || !snapshot.counts().equals(counts);
            if (stale && (snapshot == null || lastBuild.compareTo(syncLimit) < 0)) {
                dirty = false;
                snapshot = timed(counts);
            } else if (stale && (rebuilding == null || rebuilding.isDone())) {
                dirty = false;
                rebuilding = rebuilder.submit(() -> {
                    Snapshot fresh = timed(store.counts());
                    synchronized (this) {
                        snapshot = fresh;
                    }
                });
            }
            return snapshot;
        }
    }

    private Snapshot timed(StoreCounts counts) {
        long t0 = System.nanoTime();
        Snapshot built = build(counts);
        lastBuild = Duration.ofNanos(System.nanoTime() - t0);
        return built;
    }

    /** Marks the snapshot stale; the next read rebuilds it (see {@link #snapshot()}). Call after every write. */
    void invalidate() {
        dirty = true;
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
