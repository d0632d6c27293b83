package org.amnok.extract;

import java.util.Optional;
import org.amnok.incident.People;
import org.amnok.time.DateBounds;
import org.amnok.incident.DateValue;

/**
 * Whether a later statement tells again of an incident already told: same type, scope and status, the same
 * people (by reference or by count) and no clash of date or place. News reports lead with an event and then
 * add its date, place and details sentence by sentence. Stateless.
 */
final class Retelling {
    private Retelling() {
    }

    /** True when {@code later} re-tells {@code earlier}. */
    static boolean same(Draft earlier, Draft later) {
        if (earlier.type != later.type || earlier.scope != later.scope) {
            return false;
        }
        if (later.bareNoun) {
            // "the handover happened on July 14": a noun with no people names the event told before.
            return placesAgree(earlier, later);
        }
        return earlier.status == later.status && samePeople(earlier, later)
                && datesAgree(earlier.date, later.date) && placesAgree(earlier, later);
    }

    private static boolean samePeople(Draft e, Draft d) {
        if (d.possessive) {
            return sameCount(e.people, d.people);
        }
        if (e.group != null && d.group != null && e.group != d.group) {
            return false;
        }
        if (d.referent != null) {
            // "one of the five" re-tells the five's incident; "19 of the 24 ... in Shenyang" is a new part.
            boolean ownAnchor = d.place != null || !d.date.isUnknown();
            return !ownAnchor && sameCount(e.people, d.referent);
        }
        if (d.anaphoric && d.groupSentence > e.sentence && !sameCount(e.people, d.people)) {
            return false;
        }
        boolean newDate = !d.date.isUnknown() && e.date.isUnknown();
        if (e.vague && e.mention != null && !d.anaphoric && !d.people.isUnknown() && newDate) {
            // "North Korea rejects China's plans to repatriate defectors ... It refused a request in February
            // for about 20 defectors": a counted, dated group is one case of what the lead says in general.
            return false;
        }
        boolean samePlace = e.place != null && e.place.equals(d.place);
        if (d.mention == null || e.people.isUnknown() && (d.anaphoric || e.vague || e.lead && samePlace && !d.fresh)
                || d.people.isUnknown() && (d.anaphoric || !newDate)) {
            return true;
        }
        if (!d.anaphoric && !e.lead) {
            // A new indefinite group ("about 20 defectors ... in February") re-tells only the report's lead.
            return sameCount(e.people, d.people) && d.date.isUnknown() && d.place == null;
        }
        boolean totals = e.scope == org.amnok.incident.Scope.AGGREGATE;
        return sameCount(e.people, d.people) || !d.fresh && close(e.people, d.people, totals);
    }

    /**
     * "more than 30" and "30", "13" and "15": counts that outlets round differently; a running total told twice
     * ("some 35 so far this month", "had passed 30") may differ by a fifth.
     */
    private static boolean close(People a, People b, boolean totals) {
        if (a.min() == null || b.min() == null) {
            return false;
        }
        int lo = Math.min(a.min(), b.min());
        int hi = Math.max(a.min(), b.min());
        return lo >= 10 && hi - lo <= Math.max(2, lo / (totals ? 5 : 10));
    }

    /** The same stated count: "13" and "13", "up to 600" and "up to 600"; an unknown count is never the same. */
    static boolean sameCount(People a, People b) {
        boolean known = a.min() != null || a.max() != null;
        return known && java.util.Objects.equals(a.min(), b.min()) && java.util.Objects.equals(a.max(), b.max());
    }

    static boolean datesAgree(DateValue a, DateValue b) {
        Optional<DateBounds> x = DateBounds.of(a);
        Optional<DateBounds> y = DateBounds.of(b);
        return x.isEmpty() || y.isEmpty() || x.get().overlaps(y.get());
    }

    private static boolean placesAgree(Draft e, Draft d) {
        if (e.place == null || d.place == null || e.place.equals(d.place)) {
            return true;
        }
        String ea = e.place.admin1();
        return ea != null && (ea.equals(d.place.admin1()) || ea.equals(d.place.name())
                || d.place.name().equals(e.place.admin1()));
    }

    /** True when {@code candidate} is known and narrower than {@code current}, or current is unknown. */
    static boolean morePrecise(DateValue candidate, DateValue current) {
        Optional<DateBounds> c = DateBounds.of(candidate);
        Optional<DateBounds> k = DateBounds.of(current);
        if (c.isEmpty()) {
            return false;
        }
        return k.isEmpty() || c.get().days() < k.get().days() && c.get().overlaps(k.get());
    }
}
