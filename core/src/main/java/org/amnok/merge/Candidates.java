package org.amnok.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the pairs of members that the merge rules allow to join, without comparing every pair.
 *
 * <p>Stateless and thread-safe; blocks are swept in parallel. Members are blocked by type and scope (the rules
 * never join across them), and within a block swept in date order: each member is judged only against the
 * members whose windows are still open when it starts. A day-precision report meets only the few days around
 * it; members with coarse windows (a year, an aggregate's period) meet more, but only those whose counts can
 * agree. Members that can join nothing (no time anchor; a coarse or missing date without a count) are never
 * compared. The cost is O(n log n) for sorting plus the number of overlapping windows in a block.
 *
 * <p>Each member keeps only its {@value #BEST_PER_MEMBER} strongest allowed partners, so memory stays linear
 * however crowded a month is: one event is told by a handful of outlets, not a dozen.
 */
final class Candidates {
    /** How many allowed partners each member keeps, strongest first. */
    static final int BEST_PER_MEMBER = 12;

    /** Member indices are packed into 25 bits of a pair's sort key. */
    static final int MAX_MEMBERS = 1 << 25;

    private static final int INDEX_BITS = 25;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    /** Strength is at most 10 and at least -2 (see {@link Rule#weight()}); the rank {@code 16 - s} sorts first. */
    private static final int RANK_BASE = 16;

    /** The count class of coarse members whose counts span more than a factor two. */
    private static final int SPREAD = Long.SIZE;

    private static final Comparator<Profile> BY_START = Comparator.comparingLong((Profile p) -> p.window().lo())
            .thenComparingInt(Profile::index);

    /**
     * The allowed pairs, strongest first and then in member-index order, and how many pairs were judged.
     * A pair is a sort key: weaker-first strength rank, then the smaller and the larger member index.
     */
    record Sweep(long[] keys, long comparisons) {

        /** Number of pairs. */
        int size() {
            return keys.length;
        }

        /** The smaller member index of pair {@code i}. */
        int a(int i) {
            return (int) ((keys[i] >>> INDEX_BITS) & INDEX_MASK);
        }

        /** The larger member index of pair {@code i}. */
        int b(int i) {
            return (int) (keys[i] & INDEX_MASK);
        }

        /** The strength of pair {@code i}. */
        int strength(int i) {
            return RANK_BASE - (int) (keys[i] >>> (2 * INDEX_BITS));
        }
    }

    private Candidates() {
    }

    /**
     * The pairs among {@code profiles} that the rules allow, strongest first.
     *
     * @throws IllegalArgumentException when there are more than {@link #MAX_MEMBERS} profiles
     */
    static Sweep find(List<Profile> profiles) {
        if (profiles.size() > MAX_MEMBERS) {
            throw new IllegalArgumentException(profiles.size() + " incidents exceed the " + MAX_MEMBERS
                    + " one merge call can take; merge per year or region");
        }
        Map<Integer, List<Profile>> blocks = new TreeMap<>();
        for (Profile p : profiles) {
            if (Matcher.mayJoinAny(p)) {
                int key = p.type().ordinal() * 2 + p.scope().ordinal();
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        Best best = new Best(profiles.size());
        // Blocks share no member, so each writes only its own members' slots of best: they run in parallel.
        long comparisons = blocks.values().parallelStream().mapToLong(block -> sweep(block, best)).sum();
        return new Sweep(best.keys(), comparisons);
    }

    /**
     * Offers the allowed pairs of one block to {@code best}; returns the number of pairs judged.
     *
     * <p>Open members are kept in two kinds of list. Those with a precise date are all judged against each new
     * member. Those with a coarse or missing date can only join a member whose count agrees (within
     * {@link Headcount#CLOSE_FACTOR}), so they are kept by count class (a power of two) and a new member looks
     * only into the classes its count can reach; one without a count skips them.
     */
    private static long sweep(List<Profile> block, Best best) {
        block.sort(BY_START);
        List<Profile> precise = new ArrayList<>();
        List<List<Profile>> coarse = new ArrayList<>();
        for (int c = 0; c <= SPREAD; c++) {
            coarse.add(new ArrayList<>());
        }
        long comparisons = 0;
        for (Profile p : block) {
            comparisons += scan(precise, p, best);
            if (p.count() != null) {
                for (int c = lowestClass(p.count()); c <= highestClass(p.count()); c++) {
                    comparisons += scan(coarse.get(c), p, best);
                }
                comparisons += scan(coarse.get(SPREAD), p, best);
            }
            (p.window().precise() ? precise : coarse.get(countClass(p.count()))).add(p);
        }
        return comparisons;
    }

    /** Judges {@code p} against the still-open members of {@code open}, dropping the closed ones. */
    private static long scan(List<Profile> open, Profile p, Best best) {
        int kept = 0;
        long comparisons = 0;
        for (int i = 0; i < open.size(); i++) {
            Profile q = open.get(i);
            if (q.window().hi() + 1 < p.window().lo()) { // + 1: a day either side for day dates
                continue; // closed for good: later members start no earlier
            }
            if (kept != i) {
                open.set(kept, q);
            }
            kept++;
            comparisons++;
            Verdict v = Matcher.judge(q, p);
            if (v.compatible()) {
                best.offer(q.index(), p.index(), v.strength());
                best.offer(p.index(), q.index(), v.strength());
            }
        }
        open.subList(kept, open.size()).clear();
        return comparisons;
    }

    /**
     * The class a coarse member is kept in: that of its smallest count, or {@link #SPREAD} when its count
     * spans more than a factor two ("up to 600", "more than 200"), which every counted member looks into.
     */
    private static int countClass(Headcount c) {
        return c.hi() / 2 > c.lo() ? SPREAD : log2(c.lo());
    }

    /**
     * The lowest class a narrow count close to {@code c} can be in. A narrow count q within a factor 1.5 of c
     * has {@code q.hi >= c.lo / 1.5} and {@code q.hi <= 2 q.lo + 1}, so {@code q.lo > c.lo / 4}.
     */
    private static int lowestClass(Headcount c) {
        return log2(c.lo() / 4);
    }

    /** The highest class a count close to {@code c} can be in: that of 1.5 times its largest count. */
    private static int highestClass(Headcount c) {
        return Math.min(SPREAD - 1, log2((long) c.hi() * 3 / 2));
    }

    private static int log2(long n) {
        return n < 1 ? 0 : Long.SIZE - 1 - Long.numberOfLeadingZeros(n);
    }

    /**
     * Each member's strongest partners (ties: the smaller index), in flat arrays. Threads may offer
     * concurrently as long as no two offer for the same member.
     */
    private static final class Best {
        private final int[] strength;
        private final int[] partner;
        private final int[] size;
        /** For a member with a full list, the slot of its weakest partner: the one a stronger offer replaces. */
        private final int[] weakest;

        Best(int members) {
            strength = new int[members * BEST_PER_MEMBER];
            partner = new int[members * BEST_PER_MEMBER];
            size = new int[members];
            weakest = new int[members];
        }

        void offer(int member, int other, int s) {
            int base = member * BEST_PER_MEMBER;
            if (size[member] < BEST_PER_MEMBER) {
                strength[base + size[member]] = s;
                partner[base + size[member]++] = other;
                if (size[member] == BEST_PER_MEMBER) {
                    weakest[member] = findWeakest(base);
                }
                return;
            }
            int w = weakest[member];
            if (s > strength[w] || s == strength[w] && other < partner[w]) {
                strength[w] = s;
                partner[w] = other;
                weakest[member] = findWeakest(base);
            }
        }

        private int findWeakest(int base) {
            int worst = base;
            for (int i = base + 1; i < base + BEST_PER_MEMBER; i++) {
                if (strength[i] < strength[worst] || strength[i] == strength[worst] && partner[i] > partner[worst]) {
                    worst = i;
                }
            }
            return worst;
        }

        /** Every kept pair once, sorted strongest first. */
        long[] keys() {
            int total = Arrays.stream(size).sum();
            long[] keys = new long[total];
            int k = 0;
            for (int m = 0; m < size.length; m++) {
                for (int i = m * BEST_PER_MEMBER; i < m * BEST_PER_MEMBER + size[m]; i++) {
                    keys[k++] = key(m, partner[i], strength[i]);
                }
            }
            Arrays.sort(keys);
            return unique(keys);
        }

        private static long key(int x, int y, int s) {
            long rank = RANK_BASE - s; // strongest sorts first
            return rank << (2 * INDEX_BITS) | (long) Math.min(x, y) << INDEX_BITS | Math.max(x, y);
        }

        private static long[] unique(long[] sorted) {
            int n = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[n++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, n);
        }
    }
}
