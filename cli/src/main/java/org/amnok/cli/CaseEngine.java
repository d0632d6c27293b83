package org.amnok.cli;

import java.time.LocalDate;
import java.util.List;
import org.amnok.store.AnalystDecision;
import org.amnok.store.StoredIncident;

/**
 * What the case commands need from case merging: cases from stored incidents and analysts' decisions, and the
 * at-risk list from cases. Implementations are stateless and thread-safe; {@link MergeCaseEngine} is the one.
 */
interface CaseEngine {

    /** Cases of {@code incidents} (each exactly once), honouring {@code decisions}; largest first, then by id. */
    List<MergedCase> merge(List<StoredIncident> incidents, List<AnalystDecision> decisions);

    /**
     * People last reported held or facing return with no later word of their fate, most recent report first, from
     * the cases {@link #merge} makes of the same arguments.
     */
    List<AtRiskCase> atRisk(List<StoredIncident> incidents, List<AnalystDecision> decisions);

    /** The engine the commands use. */
    static CaseEngine current() {
        return new MergeCaseEngine();
    }

    /**
     * One real event and the incidents that tell it.
     *
     * @param id deterministic: "case-" and the smallest member id
     * @param members the incidents, by member id
     * @param joins why each member after the first joined, one per member but the first
     * @param conflicts one line a field the members disagree on ("people.min: 13 (AFP), 15 (Yonhap)")
     * @param sources distinct outlets, a member without one counting as its own
     */
    record MergedCase(String id, List<StoredIncident> members, List<Join> joins, List<String> conflicts,
                      int sources) {
        public MergedCase {
            members = List.copyOf(members);
            joins = List.copyOf(joins);
            conflicts = List.copyOf(conflicts);
        }
    }

    /** Members {@code member} and {@code to} share the case by {@code rule} (a sentence for a person). */
    record Join(String member, String to, String rule) {
    }

    /**
     * One at-risk entry.
     *
     * @param of the case
     * @param state the latest reported state, as a phrase ("arrested", "detained", "facing return")
     * @param min fewest people reported, or {@code null}
     * @param max most people reported, or {@code null} when open or unknown
     * @param place most precise place, or {@code null}
     * @param facility facility named, or {@code null}
     * @param lastReport latest publication date among the members, or {@code null}
     * @param outlets distinct outlets
     */
    record AtRiskCase(MergedCase of, String state, Integer min, Integer max, String place, String facility,
                      LocalDate lastReport, List<String> outlets) {
        public AtRiskCase {
            outlets = List.copyOf(outlets);
        }
    }
}
