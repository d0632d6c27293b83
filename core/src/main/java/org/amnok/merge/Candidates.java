package org.amnok.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the pairs of members that the merge rules allow to join, without comparing every pair.
 *
 * <p>Stateless and thread-safe. Members are blocked by type and scope (the rules never join across them), and
 * within a block swept in date order: each member is compared only with the members whose windows are still
 * open when it starts. A day-precision report meets only the few days around it; only members with coarse
 * windows (a year, an aggregate's period) meet many. Members with no time anchor are never compared. The cost
 * is O(n log n) for sorting plus the number of overlapping windows in a block.
 */
final class Candidates {

    /** A pair the rules allow, with its verdict; {@code a < b} as member indices. */
    record Pair(Profile a, Profile b, Verdict verdict, int strength) {
    }

    /** The allowed pairs, strongest first (ties by member ids), and how many pairs were judged to find them. */
    record Sweep(List<Pair> pairs, long comparisons) {
        Sweep {
            pairs = List.copyOf(pairs);
        }
    }

    /** Strongest first; ties in member-id order, so the same input always joins in the same order. */
    static final Comparator<Pair> STRONGEST_FIRST = Comparator.comparingInt((Pair p) -> -p.strength())
            .thenComparingInt(p -> p.a().index()).thenComparingInt(p -> p.b().index());

    private static final Comparator<Profile> BY_START = Comparator.comparingLong((Profile p) -> p.window().lo())
            .thenComparingInt(Profile::index);

    private Candidates() {
    }

    /** The pairs among {@code profiles} that the rules allow, strongest first. */
    static Sweep find(List<Profile> profiles) {
        Map<Integer, List<Profile>> blocks = new TreeMap<>();
        for (Profile p : profiles) {
            if (p.window() != null) {
                int key = p.type().ordinal() * 2 + p.scope().ordinal();
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        long comparisons = 0;
        for (List<Profile> block : blocks.values()) {
            comparisons += sweep(block, pairs);
        }
        pairs.sort(STRONGEST_FIRST);
        return new Sweep(pairs, comparisons);
    }

    /** Adds the allowed pairs of one block to {@code out}; returns the number of pairs judged. */
    private static long sweep(List<Profile> block, List<Pair> out) {
        block.sort(BY_START);
        List<Profile> open = new ArrayList<>();
        long comparisons = 0;
        for (Profile p : block) {
            int kept = 0;
            for (Profile q : open) {
                if (q.window().hi() + 1 >= p.window().lo()) { // + 1: a day either side for day dates
                    open.set(kept++, q);
                    comparisons++;
                    judge(q, p, out);
                }
            }
            open.subList(kept, open.size()).clear();
            open.add(p);
        }
        return comparisons;
    }

    private static void judge(Profile q, Profile p, List<Pair> out) {
        Verdict v = Matcher.judge(q, p);
        if (v.compatible()) {
            boolean ordered = q.index() < p.index();
            out.add(new Pair(ordered ? q : p, ordered ? p : q, v, v.strength()));
        }
    }
}
