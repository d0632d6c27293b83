package org.amnok.merge;

/**
 * Whether an outcome (a return, release or escape that occurred) concerns the same people as a risk (an
 * arrest, detention or pending return): the matching rules of {@link AtRisk}.
 *
 * <p>Stateless and thread-safe.
 */
final class Endings {
    /** An outcome may concern a larger group that includes the risk's people, up to this factor. */
    private static final double LARGER_GROUP_FACTOR = 4.0;

    private Endings() {
    }

    /**
     * Same report: not dated before the risk, no contradicting group, and a count at least as large ("all five
     * were sent back" ends the arrest of five, not that of seven told beside it). An outcome without a count
     * ends a risk without one, or one with a count only when one sentence tells both ("arrested ten and sent
     * them back"): "some of them were returned" elsewhere in the report does not end the arrest of fifteen.
     */
    static boolean sameReport(Profile risk, Profile outcome) {
        if (!sameGroup(risk, outcome) || before(outcome, risk)) {
            return false;
        }
        if (outcome.count() == null) {
            return risk.count() == null || sameSentence(risk, outcome);
        }
        return risk.count() == null || outcome.count().hi() >= risk.count().lo();
    }

    private static boolean sameSentence(Profile risk, Profile outcome) {
        return risk.member().incident().evidence().span().overlaps(outcome.member().incident().evidence().span());
    }

    /**
     * Another report: dated within the horizon after the risk, no contradicting group, the same place or one
     * inside the other, and known counts that agree (overlap or within a factor 1.5) or an outcome count up to
     * four times larger ("all 41 held in Tumen were sent back" ends the detention of 24 in Tumen). A return of
     * a similar number somewhere else is not evidence enough: the risk stays listed.
     */
    static boolean laterReport(Profile risk, Profile outcome) {
        if (risk.member().documentId().equals(outcome.member().documentId()) || !sameGroup(risk, outcome)) {
            return false;
        }
        Window o = outcome.window();
        Window r = risk.window();
        if (o == null || r == null || o.hi() < r.lo() || o.lo() > r.hi() + AtRisk.HORIZON_DAYS
                || risk.count() == null || outcome.count() == null) {
            return false;
        }
        if (risk.place().compare(outcome.place(), outcome.type()).weight() < 2) {
            return false;
        }
        Headcount.Agreement counts = risk.count().compare(outcome.count());
        return counts == Headcount.Agreement.OVERLAP || counts == Headcount.Agreement.CLOSE
                || larger(risk.count(), outcome.count());
    }

    /** The outcome concerns a larger group, up to {@link #LARGER_GROUP_FACTOR} times the risk's. */
    private static boolean larger(Headcount risk, Headcount outcome) {
        return outcome.lo() >= risk.lo() && outcome.lo() <= (double) risk.hi() * LARGER_GROUP_FACTOR;
    }

    private static boolean sameGroup(Profile risk, Profile outcome) {
        return risk.group() == null || outcome.group() == null || risk.group() == outcome.group();
    }

    private static boolean before(Profile outcome, Profile risk) {
        return outcome.window() != null && risk.window() != null && outcome.window().hi() < risk.window().lo();
    }
}
