package org.amnok.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins members into clusters under constraints: union-find over member indices.
 *
 * <p>Not thread-safe: one instance serves one merge call. An automatic join of two clusters needs every pair
 * across them to pass the merge rules (complete linkage), so a coarse member cannot chain two different events
 * together, and no document may have members on both sides. Analysts' MERGEs join regardless; their SPLITs
 * forbid any join that would bring the two members together. A refused pair of clusters is remembered: the
 * refusal stays true as the clusters grow.
 */
final class Clustering {
    private final int[] parent;
    /** The members of each root's cluster; {@code null} for members that are not roots. */
    private final List<List<Profile>> members;
    private final Map<Integer, Set<Integer>> splits = new HashMap<>();
    private final Set<RootPair> refused = new HashSet<>();
    private final List<Made> links = new ArrayList<>();

    /** A link, with one of its members, to find its cluster when all joins are done. */
    private record Made(int member, Link link) {
    }

    /** Two cluster roots, smaller first. */
    private record RootPair(int a, int b) {
        static RootPair of(int x, int y) {
            return new RootPair(Math.min(x, y), Math.max(x, y));
        }
    }

    Clustering(List<Profile> profiles) {
        parent = new int[profiles.size()];
        members = new ArrayList<>(profiles.size());
        for (Profile p : profiles) {
            parent[p.index()] = p.index();
            List<Profile> alone = new ArrayList<>(1);
            alone.add(p);
            members.add(alone);
        }
    }

    /** The cluster root of member {@code i}. */
    int root(int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[i] != r) { // path compression
            int next = parent[i];
            parent[i] = r;
            i = next;
        }
        return r;
    }

    /** True when {@code a} and {@code b} are in one cluster. */
    boolean together(int a, int b) {
        return root(a) == root(b);
    }

    /** Forbids {@code a} and {@code b} from ever sharing a cluster; they must not share one now. */
    void forbid(int a, int b) {
        splits.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        splits.computeIfAbsent(b, k -> new HashSet<>()).add(a);
    }

    /** Joins the clusters of {@code a} and {@code b} on an analyst's word, unless a SPLIT forbids it. */
    boolean force(int a, int b, Link link) {
        int ra = root(a);
        int rb = root(b);
        if (ra == rb || split(ra, rb)) {
            return false;
        }
        union(ra, rb, new Made(a, link));
        return true;
    }

    /** Joins the clusters of a rule-allowed pair when the constraints allow; returns whether it did. */
    boolean offer(Profile a, Profile b) {
        int ra = root(a.index());
        int rb = root(b.index());
        if (ra == rb || refused.contains(RootPair.of(ra, rb))) {
            return false;
        }
        if (sharesDocument(ra, rb) || split(ra, rb) || conflicts(ra, rb)) {
            refused.add(RootPair.of(ra, rb));
            return false;
        }
        Verdict v = Matcher.judge(a, b);
        union(ra, rb, new Made(a.index(), new Link(a.id(), b.id(), v.ruleName(), Matcher.explain(a, b, v))));
        return true;
    }

    /** The clusters, each in member-index order, ordered by their first member. */
    List<List<Profile>> clusters() {
        List<List<Profile>> out = new ArrayList<>();
        for (List<Profile> cluster : members) {
            if (cluster != null) {
                List<Profile> sorted = new ArrayList<>(cluster);
                sorted.sort(Comparator.comparingInt(Profile::index));
                out.add(sorted);
            }
        }
        out.sort(Comparator.comparingInt(c -> c.get(0).index()));
        return out;
    }

    /** The links made, by the root of their cluster, each list in the order the links were made. */
    Map<Integer, List<Link>> linksByRoot() {
        Map<Integer, List<Link>> out = new HashMap<>();
        for (Made made : links) {
            out.computeIfAbsent(root(made.member()), k -> new ArrayList<>()).add(made.link());
        }
        return out;
    }

    /** Clusters are small (one event's reports), so comparing their documents pairwise is cheapest. */
    private boolean sharesDocument(int ra, int rb) {
        for (Profile x : members.get(ra)) {
            for (Profile y : members.get(rb)) {
                if (x.document() == y.document()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean split(int ra, int rb) {
        if (splits.isEmpty()) {
            return false;
        }
        boolean aSmaller = members.get(ra).size() <= members.get(rb).size();
        int other = aSmaller ? rb : ra;
        for (Profile p : members.get(aSmaller ? ra : rb)) {
            for (int partner : splits.getOrDefault(p.index(), Set.of())) {
                if (root(partner) == other) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when some pair across the two clusters fails the rules. */
    private boolean conflicts(int ra, int rb) {
        for (Profile x : members.get(ra)) {
            for (Profile y : members.get(rb)) {
                if (!Matcher.judge(x, y).compatible()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void union(int ra, int rb, Made link) {
        int big = members.get(ra).size() >= members.get(rb).size() ? ra : rb;
        int small = big == ra ? rb : ra;
        parent[small] = big;
        members.get(big).addAll(members.get(small));
        members.set(small, null);
        links.add(link);
    }
}
