package org.amnok.merge;

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

    /** A pair kept apart by {@code rule}. */
    static Verdict refuse(Rule rule) {
        return new Verdict(rule, null, null, null, null);
    }

    /** A pair that may join, with its agreements. */
    static Verdict agree(Rule date, Rule place, Rule people, Rule status) {
        return new Verdict(null, date, place, people, status);
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
        return agreements().stream().mapToInt(Rule::weight).sum();
    }

    /** The rule names joined by {@code "+"}, as {@link Link#rule()} writes them. */
    String ruleName() {
        Stream<Rule> rules = compatible() ? agreements().stream() : Stream.of(refusal);
        return rules.map(Rule::ruleName).collect(Collectors.joining("+"));
    }
}
