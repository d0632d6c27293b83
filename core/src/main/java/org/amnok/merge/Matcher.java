package org.amnok.merge;

import org.amnok.incident.Agent;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.Status;

/**
 * The pairwise merge rules: may two members of different reports be one real event, and how strongly do they
 * agree.
 *
 * <p>Stateless and thread-safe. Checks run cheapest first; the first that fails is the refusal. In order:
 * different documents; same type; same scope (an AGGREGATE never merges with an INCIDENT); status (PLANNED
 * goes with anything, but BLOCKED never with OCCURRED); group, where both are stated; agent, where both name
 * different states' authorities (but not for a REPATRIATION, which both carry out); a time anchor and
 * overlapping dates ({@link Window#overlaps}); compatible places ({@link Place#compare}), or places that differ
 * in a way extraction noise explains, for an event both pin to one week with a count of ten or more on which
 * they agree; counts that overlap or are close, or one unknown, or estimates that differ by up to a factor 4
 * when both reports name the same day ({@link Headcount#compare}); and, where a date is coarse (a year, a long
 * interval) or missing, agreeing counts plus a place that agrees or, where a place is unknown, counts that
 * corroborate each other ({@link Headcount#corroborates}); for a missing date, a place inside the other, equal
 * exact counts or corroborating counts.
 */
final class Matcher {

    private Matcher() {
    }

    /** The verdict on {@code a} and {@code b}; symmetric. */
    static Verdict judge(Profile a, Profile b) {
        Rule identity = identity(a, b);
        if (identity != null) {
            return Verdict.refuse(identity);
        }
        if (a.window() == null || b.window() == null) {
            return Verdict.refuse(Rule.NO_TIME_ANCHOR);
        }
        if (!a.window().overlaps(b.window())) {
            return Verdict.refuse(Rule.DATES_DISJOINT);
        }
        boolean sameDay = a.window().kind() == Window.Kind.DAY && b.window().kind() == Window.Kind.DAY;
        Rule people = people(a.count(), b.count(), sameDay);
        Rule place = place(a, b);
        if (place == Rule.PLACES_DIFFER) {
            return Verdict.refuse(place);
        }
        if (people == Rule.PEOPLE_FAR) {
            return Verdict.refuse(people);
        }
        Rule date = date(a.window(), b.window());
        if (!strongEnough(date, place, people, a.count(), b.count())) {
            return Verdict.refuse(Rule.WEAK_DATE);
        }
        Rule status = a.status() == b.status() ? Rule.STATUS_SAME : Rule.STATUS_PLANNED_VS_OCCURRED;
        return Verdict.agree(date, place, people, status);
    }

    /**
     * How the places agree. Extracted places are noisy (a report's dateline, the province people were taken
     * to), so differing places are only PLACE_DISPUTED, not a refusal, when they are {@link Place#disputable}
     * and the rest is strong: both reports pin the event to one week and agree on a distinctive count.
     */
    private static Rule place(Profile a, Profile b) {
        Rule place = a.place().compare(b.place(), a.type());
        if (place != Rule.PLACES_DIFFER || !a.place().disputable(b.place())) {
            return place;
        }
        boolean pinned = a.window().pinned() && b.window().pinned();
        boolean counted = a.count() != null && b.count() != null && a.count().distinctivelyClose(b.count());
        return pinned && counted ? Rule.PLACE_DISPUTED : Rule.PLACES_DIFFER;
    }

    /**
     * False for a member that no other can join by the rules: one with no time anchor, or with a coarse or
     * missing date and no count (which needs agreeing counts).
     */
    static boolean mayJoinAny(Profile p) {
        return p.window() != null && (p.window().precise() || p.count() != null);
    }

    /** The refusal among document, type, scope, status, group and agent, or {@code null}. */
    private static Rule identity(Profile a, Profile b) {
        if (a.document() == b.document()) {
            return Rule.SAME_DOCUMENT;
        }
        if (a.type() != b.type()) {
            return Rule.TYPE_DIFFERS;
        }
        if (a.scope() != b.scope()) {
            return Rule.SCOPE_DIFFERS;
        }
        if (a.status() != b.status() && a.status() != Status.PLANNED && b.status() != Status.PLANNED) {
            return Rule.STATUS_DIFFERS;
        }
        if (a.group() != null && b.group() != null && a.group() != b.group()) {
            return Rule.GROUP_DIFFERS;
        }
        if (agentsDiffer(a, b)) {
            return Rule.AGENT_DIFFERS;
        }
        return null;
    }

    /**
     * True when the two name different states' authorities as the actor. OTHER is no contradiction (reports
     * and extraction use it for whoever is vaguely named), and neither is China against North Korea for a
     * REPATRIATION, which both carry out: one hands over, the other takes in.
     */
    private static boolean agentsDiffer(Profile a, Profile b) {
        if (a.agent() == null || b.agent() == null || a.agent() == b.agent()) {
            return false;
        }
        return a.agent() != Agent.OTHER && b.agent() != Agent.OTHER && a.type() != IncidentType.REPATRIATION;
    }

    private static Rule people(Headcount a, Headcount b, boolean sameDay) {
        if (a == null || b == null) {
            return Rule.PEOPLE_UNKNOWN;
        }
        return switch (a.compare(b)) {
            case OVERLAP -> Rule.PEOPLE_OVERLAP;
            case CLOSE -> Rule.PEOPLE_CLOSE;
            case DISPUTED -> sameDay ? Rule.PEOPLE_DISPUTED : Rule.PEOPLE_FAR;
            case FAR -> Rule.PEOPLE_FAR;
        };
    }

    private static Rule date(Window a, Window b) {
        if (a.kind() == Window.Kind.DAY && b.kind() == Window.Kind.DAY) {
            return Rule.DATE_SAME_DAY;
        }
        if (a.precise() && b.precise()) {
            return Rule.DATE_OVERLAP;
        }
        boolean undated = a.kind() == Window.Kind.UNDATED || b.kind() == Window.Kind.UNDATED;
        return undated ? Rule.DATE_UNDATED : Rule.DATE_COARSE;
    }

    /**
     * A coarse or missing date is only trusted when the rest agrees strongly: counts that agree, and a place
     * that agrees, or counts that corroborate each other ({@link Headcount#corroborates}) where a place is
     * unknown. A missing date further needs a place inside the other, equal exact counts or corroborating ones.
     */
    private static boolean strongEnough(Rule date, Rule place, Rule people, Headcount a, Headcount b) {
        if (date == Rule.DATE_SAME_DAY || date == Rule.DATE_OVERLAP) {
            return true;
        }
        boolean countsAgree = people == Rule.PEOPLE_OVERLAP || people == Rule.PEOPLE_CLOSE;
        if (!countsAgree) {
            return false;
        }
        boolean corroborated = a.corroborates(b);
        if (place.weight() < 1) {
            return place == Rule.PLACE_UNKNOWN && corroborated;
        }
        boolean equalExact = a.exact() && b.exact() && a.lo() == b.lo();
        return date == Rule.DATE_COARSE || place.weight() >= 2 || equalExact || corroborated;
    }

    /** A sentence for an analyst: what each side says, and the rule applied to each field. */
    static String explain(Profile a, Profile b, Verdict verdict) {
        if (!verdict.compatible()) {
            return a.id() + " and " + b.id() + " stay apart: " + verdict.refusal().meaning() + ".";
        }
        return "Both " + a.type() + ". Date " + dateOf(a) + " vs " + dateOf(b) + ": " + verdict.date().meaning()
                + ". Place " + placeOf(a) + " vs " + placeOf(b) + ": " + verdict.place().meaning()
                + ". People " + countOf(a) + " vs " + countOf(b) + ": " + verdict.people().meaning()
                + ". Status " + a.status() + " vs " + b.status() + ": " + verdict.status().meaning() + ".";
    }

    private static String dateOf(Profile p) {
        Incident i = p.member().incident();
        if (i.date().value() != null) {
            return i.date().value();
        }
        return p.member().published() == null ? "undated" : "undated (reported " + p.member().published() + ")";
    }

    private static String placeOf(Profile p) {
        Location l = p.member().incident().location();
        for (String named : new String[] {l.place(), l.admin1(), l.country()}) {
            if (named != null) {
                return named;
            }
        }
        return p.place().border() ? "the border" : "unknown";
    }

    private static String countOf(Profile p) {
        return p.count() == null ? "unknown" : p.count().describe();
    }
}
