package org.amnok.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The front door of case merging: groups incidents from different reports that describe one real event into
 * {@link Case}s, explains every join, and honours analysts' {@link Decision}s.
 *
 * <p>Stateless and thread-safe: share one instance. Pure: no I/O.
 *
 * <p><b>Rules.</b> Two incidents of different reports may join when they have the same type and scope (an
 * AGGREGATE never joins an INCIDENT), compatible statuses (PLANNED goes with OCCURRED or BLOCKED, OCCURRED never
 * with BLOCKED), no contradicting group or agent (OTHER contradicts nothing, and China and North Korea both
 * carry out a repatriation), overlapping dates (a day either side for days), compatible places (same, one
 * inside the other, near the border, one unnamed; places that differ only as extraction noise does, in country
 * or as a province against a city, when both pin the event to one week and agree on ten or more people) and
 * counts that overlap, are within a factor 1.5, are unknown on one side, or, for an event both pin to one day,
 * are estimates within a factor 4. A coarse date (a year) needs agreeing counts and a known place, or counts of
 * ten or more that overlap and are within a factor 4 ("corroborating"); an undated incident is placed in the
 * month before its report (a planned one, a month either side) and needs agreeing counts and a close place,
 * equal exact counts or corroborating counts; an undated incident of an undated report joins nothing but by an
 * analyst's MERGE. Each rule has a name, written in
 * {@link Link#rule()}.
 *
 * <p><b>Joining.</b> Allowed pairs join strongest first (a shared day and place before a shared year and
 * country). Two clusters join only when every pair across them is allowed (complete linkage) and no report has
 * members in both: two incidents of one report never share a case, not even through others. Analysts' MERGEs
 * join first and regardless of the rules; SPLITs forbid any join that would bring their two members together;
 * the newest decision on a pair wins, and a decision naming an absent member is ignored.
 *
 * <p><b>Cost.</b> Not quadratic: members are blocked by type and scope and swept in date order, so each is
 * judged only against members whose date windows overlap its own (and, for coarse dates, whose counts can
 * agree); blocks run in parallel; each member keeps only its twelve strongest partners,
 * so memory stays linear. See {@link Candidates}. The work grows with the number of incidents times their density
 * (reports per day). Measured with {@code VolumeTest} ({@code -Damnok.bench=true}): a million synthetic
 * incidents over twenty years, about 140 a day and far denser than any real record, merge in about 50 s of CPU
 * (85 s on a busy two-core machine); a real-sized record of tens of thousands merges in about a second.
 *
 * <p><b>Output.</b> Every input incident is in exactly one case (most cases have one member). Cases are ordered
 * by id; ids and order depend only on the input, not its order.
 */
public final class CaseMerger {

    private CaseMerger() {
    }

    /** A merger with the rules above. */
    public static CaseMerger create() {
        return new CaseMerger();
    }

    /**
     * Groups {@code incidents} into cases, honouring {@code decisions}.
     *
     * @param incidents the members, with unique ids; never {@code null}
     * @param decisions analysts' rulings, possibly naming members no longer present; never {@code null}
     * @return one case per real event, ordered by case id
     * @throws IllegalArgumentException when two incidents share an id (a caller's bug: ids must be unique)
     */
    public List<Case> merge(List<SourcedIncident> incidents, List<Decision> decisions) {
        List<Profile> profiles = profiles(incidents);
        Map<String, Integer> indexOfId = new HashMap<>();
        profiles.forEach(p -> indexOfId.put(p.id(), p.index()));
        Clustering clustering = new Clustering(profiles);
        applyDecisions(clustering, decisions, indexOfId);
        Candidates.Sweep sweep = Candidates.find(profiles);
        for (int i = 0; i < sweep.size(); i++) {
            clustering.offer(profiles.get(sweep.a(i)), profiles.get(sweep.b(i)));
        }
        return cases(clustering);
    }

    /** Members sorted by id, indexed, with their documents numbered; rejects duplicate ids. */
    private static List<Profile> profiles(List<SourcedIncident> incidents) {
        List<SourcedIncident> sorted = new ArrayList<>(incidents);
        sorted.sort(Comparator.comparing(SourcedIncident::id));
        Map<String, Integer> documents = new HashMap<>();
        List<Profile> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            SourcedIncident m = sorted.get(i);
            if (i > 0 && sorted.get(i - 1).id().equals(m.id())) {
                throw new IllegalArgumentException("two incidents share the member id '" + m.id()
                        + "'; give each incident a unique id such as \"<docId>#<index>\"");
            }
            int document = documents.computeIfAbsent(m.documentId(), d -> documents.size());
            out.add(Profile.of(i, document, m));
        }
        return out;
    }

    /** Newest first, so that a newer ruling on a pair, or one that contradicts older ones, wins. */
    private static void applyDecisions(Clustering clustering, List<Decision> decisions, Map<String, Integer> ids) {
        List<Decision> newestFirst = new ArrayList<>(decisions);
        newestFirst.sort(Comparator.comparing(Decision::at).reversed().thenComparing(Decision::kind)
                .thenComparing(Decision::a).thenComparing(Decision::b));
        Set<String> decided = new HashSet<>();
        for (Decision d : newestFirst) {
            Integer a = ids.get(d.a());
            Integer b = ids.get(d.b());
            if (a == null || b == null || a.equals(b) || !decided.add(Math.min(a, b) + "/" + Math.max(a, b))) {
                continue;
            }
            if (d.kind() == Decision.Kind.MERGE) {
                clustering.force(a, b, analystLink(d));
            } else if (!clustering.together(a, b)) {
                clustering.forbid(a, b);
            }
        }
    }

    private static Link analystLink(Decision d) {
        boolean ordered = d.a().compareTo(d.b()) < 0;
        return new Link(ordered ? d.a() : d.b(), ordered ? d.b() : d.a(), Rule.ANALYST_MERGE.ruleName(),
                "Merged by " + d.analyst() + " at " + d.at() + ".");
    }

    private static List<Case> cases(Clustering clustering) {
        Map<Integer, List<Link>> links = clustering.linksByRoot();
        List<Case> out = new ArrayList<>();
        for (List<Profile> cluster : clustering.clusters()) {
            List<SourcedIncident> members = new ArrayList<>(cluster.stream().map(Profile::member).toList());
            members.sort(CaseViews.REPORT_ORDER);
            String id = "case-" + cluster.get(0).id(); // clusters are in member-id order: the smallest id
            List<Link> joined = links.getOrDefault(clustering.root(cluster.get(0).index()), List.of());
            out.add(new Case(id, members, CaseViews.view(members), CaseViews.conflicts(members), joined,
                    Outlets.independent(members)));
        }
        return out;
    }
}
