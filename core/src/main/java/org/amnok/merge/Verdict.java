package org.amnok.merge;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The merge rules' judgement on one pair of members: either the refusal that keeps them apart, or the
 * agreements that allow joining them and how strong they are together.
 *
 * <p>Immutable. A compatible verdict has all four agreement rules and no refusal; a refusal has no agreements.
 *
 * @param refusal the rule that keeps them apart, or {@code null} when they may join
 * @param date how their dates agree
 * @param place how their places agree
 * @param people how their counts agree
 * @param status how their statuses agree
 */
record Verdict(Rule refusal, Rule date, Rule place, Rule people, Rule status) {

    /** One refusal per rule, shared: most judged pairs are refused, and refusing should not allocate. */
    private static final Verdict[] REFUSALS = Arrays.stream(Rule.values())
            .map(r -> new Verdict(r, null, null, null, null)).toArray(Verdict[]::new);

    /** A pair kept apart by {@code rule}. */
    static Verdict refuse(Rule rule) {
        return REFUSALS[rule.ordinal()];
    }

    private static final int DATES = Rule.PLACE_SAME.ordinal() - Rule.DATE_SAME_DAY.ordinal();
    private static final int PLACES = Rule.PEOPLE_OVERLAP.ordinal() - Rule.PLACE_SAME.ordinal();
    private static final int PEOPLE = Rule.STATUS_SAME.ordinal() - Rule.PEOPLE_OVERLAP.ordinal();
    private static final int STATUSES = Rule.ANALYST_MERGE.ordinal() - Rule.STATUS_SAME.ordinal();

    /** Every combination of agreements (a few hundred), shared, so that judging allocates nothing. */
    private static final Verdict[] AGREEMENTS = new Verdict[DATES * PLACES * PEOPLE * STATUSES];

    static {
        Rule[] rules = Rule.values();
        for (int d = 0; d < DATES; d++) {
            for (int p = 0; p < PLACES; p++) {
                for (int n = 0; n < PEOPLE; n++) {
                    for (int s = 0; s < STATUSES; s++) {
                        Rule date = rules[Rule.DATE_SAME_DAY.ordinal() + d];
                        Rule place = rules[Rule.PLACE_SAME.ordinal() + p];
                        Rule people = rules[Rule.PEOPLE_OVERLAP.ordinal() + n];
                        Rule status = rules[Rule.STATUS_SAME.ordinal() + s];
                        AGREEMENTS[slot(date, place, people, status)] = new Verdict(null, date, place, people, status);
                    }
                }
            }
        }
    }

    /** A pair that may join, with its agreements: a date, place, people and status rule, in that order. */
    static Verdict agree(Rule date, Rule place, Rule people, Rule status) {
        return AGREEMENTS[slot(date, place, people, status)];
    }

    private static int slot(Rule date, Rule place, Rule people, Rule status) {
        int d = date.ordinal() - Rule.DATE_SAME_DAY.ordinal();
        int p = place.ordinal() - Rule.PLACE_SAME.ordinal();
        int n = people.ordinal() - Rule.PEOPLE_OVERLAP.ordinal();
        int s = status.ordinal() - Rule.STATUS_SAME.ordinal();
        return ((d * PLACES + p) * PEOPLE + n) * STATUSES + s;
    }

    /** True when the rules allow the pair to share a case. */
    boolean compatible() {
        return refusal == null;
    }

    /** The agreements, in field order; empty for a refusal. */
    List<Rule> agreements() {
        return compatible() ? List.of(date, place, people, status) : List.of();
    }

    /** Sum of the agreements' weights: higher joins first. 0 for a refusal. */
    int strength() {
        return compatible() ? date.weight() + place.weight() + people.weight() + status.weight() : 0;
    }

    /** The rule names joined by {@code "+"}, as {@link Link#rule()} writes them. */
    String ruleName() {
        Stream<Rule> rules = compatible() ? agreements().stream() : Stream.of(refusal);
        return rules.map(Rule::ruleName).collect(Collectors.joining("+"));
    }
}
