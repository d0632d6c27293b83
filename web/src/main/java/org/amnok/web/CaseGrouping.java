package org.amnok.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amnok.store.AnalystDecision;
import org.amnok.store.DecisionKind;
import org.amnok.store.StoredIncident;

/**
 * Groups stored incidents into cases by analysts' decisions: MERGEs join, SPLITs keep apart, the newest decision on
 * a pair wins, and a decision naming an absent incident is ignored. Machine merging by rules is the core's
 * {@code org.amnok.merge.CaseMerger}, which is not on this branch yet; until it is, every incident no analyst merged
 * is a case of its own. Stateless and thread-safe. Near-linear: union-find over the decisions.
 */
final class CaseGrouping {
    private CaseGrouping() {
    }

    /** The member lists of the cases, each sorted by id; every incident is in exactly one. */
    static List<List<StoredIncident>> group(List<StoredIncident> incidents, List<AnalystDecision> decisions) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < incidents.size(); i++) {
            index.put(incidents.get(i).id(), i);
        }
        int[] parent = new int[incidents.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Set<Long> splits = new HashSet<>();
        for (AnalystDecision d : newestPerPair(decisions)) {
            Integer a = index.get(d.a());
            Integer b = index.get(d.b());
            if (a != null && b != null) {
                apply(d.kind(), parent, splits, a, b);
            }
        }
        return collect(incidents, parent);
    }

    private static List<AnalystDecision> newestPerPair(List<AnalystDecision> decisions) {
        Map<String, AnalystDecision> newest = new HashMap<>();
        for (AnalystDecision d : decisions) {
            String pair = d.a().compareTo(d.b()) < 0 ? d.a() + "\n" + d.b() : d.b() + "\n" + d.a();
            newest.merge(pair, d, (x, y) -> y.id() > x.id() ? y : x);
        }
        // SPLITs first, so a MERGE that would bring a split pair together (through others) is refused.
        return newest.values().stream().sorted(Comparator.comparing((AnalystDecision d) -> d.kind()
                != DecisionKind.SPLIT).thenComparing(AnalystDecision::id)).toList();
    }

    private static void apply(DecisionKind kind, int[] parent, Set<Long> splits, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (kind == DecisionKind.SPLIT) {
            splits.add(pair(a, b));
        } else if (ra != rb && !splitBetween(parent, splits, ra, rb)) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static boolean splitBetween(int[] parent, Set<Long> splits, int ra, int rb) {
        for (long s : splits) {
            int x = root(parent, (int) (s >>> 32));
            int y = root(parent, (int) s);
            if (x == ra && y == rb || x == rb && y == ra) {
                return true;
            }
        }
        return false;
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private static int root(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[i] != r) {
            int next = parent[i];
            parent[i] = r;
            i = next;
        }
        return r;
    }

    private static List<List<StoredIncident>> collect(List<StoredIncident> incidents, int[] parent) {
        Map<Integer, List<StoredIncident>> groups = new HashMap<>();
        for (int i = 0; i < incidents.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(incidents.get(i));
        }
        List<List<StoredIncident>> out = new ArrayList<>();
        for (List<StoredIncident> g : groups.values()) {
            g.sort(Comparator.comparing(StoredIncident::id));
            out.add(List.copyOf(g));
        }
        return out;
    }
}
