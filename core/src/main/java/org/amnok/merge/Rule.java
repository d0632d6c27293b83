package org.amnok.merge;

import java.util.Locale;

/**
 * The named merge rules: what two members agree on (which joins them) or what keeps them apart.
 *
 * <p>{@link #ruleName()} is the stable kebab-case name written in {@link Link#rule()}; {@link #weight()} is what
 * an agreement adds to a pair's strength, so that the strongest pairs join first.
 */
enum Rule {
    // Agreements, by field. Keep each field's rules together and in this field order: Verdict indexes them.
    DATE_SAME_DAY(3, "both name the same day, or days a day apart"),
    DATE_OVERLAP(2, "their dates overlap"),
    DATE_COARSE(1, "a year or long interval overlaps, and the counts agree"),
    DATE_UNDATED(0, "one is undated but reported at the same time, and everything else agrees strongly"),
    PLACE_SAME(3, "the same place"),
    PLACE_INSIDE(2, "one place lies inside the other"),
    PLACE_NEAR_BORDER(1, "near the border, where the other place lies"),
    PLACE_SAME_COUNTRY(1, "the same country, one place unnamed"),
    PLACE_CROSS_BORDER(0, "the two sides of one handover or crossing"),
    PLACE_UNKNOWN(0, "a place is unknown"),
    PLACE_DISPUTED(-1, "the places disagree (other countries, or a province against a city elsewhere), but both "
            + "pin the event to one week and agree on a count of ten or more"),
    PEOPLE_OVERLAP(3, "the counts overlap"),
    PEOPLE_CLOSE(2, "the counts are within a factor 1.5"),
    PEOPLE_DISPUTED(-1, "the estimates differ (within a factor 4) for an event pinned to one day"),
    PEOPLE_UNKNOWN(0, "a count is unknown"),
    STATUS_SAME(1, "the same status"),
    STATUS_PLANNED_VS_OCCURRED(0, "one reports as planned what the other reports as done"),
    ANALYST_MERGE(0, "an analyst merged them"),
    // Refusals.
    SAME_DOCUMENT(0, "one report never tells one event twice"),
    TYPE_DIFFERS(0, "different types"),
    SCOPE_DIFFERS(0, "an aggregate never merges with an incident"),
    STATUS_DIFFERS(0, "a blocked attempt is not the event that occurred"),
    GROUP_DIFFERS(0, "different groups of people"),
    AGENT_DIFFERS(0, "different agents"),
    NO_TIME_ANCHOR(0, "neither a date nor a publication date places it in time"),
    DATES_DISJOINT(0, "the dates do not overlap"),
    PLACES_DIFFER(0, "different places"),
    PEOPLE_FAR(0, "the counts are too far apart"),
    WEAK_DATE(0, "a coarse or missing date needs agreeing counts (and, undated, a close place or equal count)"),
    ANALYST_SPLIT(0, "an analyst split them"),
    MEMBER_CONFLICT(0, "a member of one case conflicts with a member of the other");

    private final int weight;
    private final String meaning;

    Rule(int weight, String meaning) {
        this.weight = weight;
        this.meaning = meaning;
    }

    /** Strength an agreement adds; 0 for refusals. */
    int weight() {
        return weight;
    }

    /** What the rule means, for explanations. */
    String meaning() {
        return meaning;
    }

    /** The stable name written in {@link Link#rule()}: {@code DATE_SAME_DAY} is {@code date-same-day}. */
    String ruleName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
