package org.amnok.extract;

import java.util.List;
import java.util.Set;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Status;

/**
 * What the incidents told in one sentence lend each other: a place or date named for one verb that, by the
 * sentence's grammar, holds for another ("caught while crossing the Yalu", "in early September" after both
 * verbs, "after bribing her way out"). Stateless.
 */
final class Sharing {
    private Sharing() {
    }

    /** What the incidents of one sentence lend each other: dates and places of parts, steps and scenes. */
    static void share(Reading r, List<Draft> kept, List<Draft> all) {
        for (Draft d : kept) {
            // "19 had been arrested in Shenyang and the other five in Changchun": the five's arrest is dated alike.
            d.date = d.source != null && d.date.isUnknown() ? d.source.date : d.date;
        }
        shareWithinSentence(r, kept);
        shareDates(r, kept, all);
    }

    /**
     * "caught while crossing the Yalu": verbs about the same people, one during the other, share a place; so
     * do a return and the custody it is from ("a request to return 20 defectors held at a prison in Dandong").
     */
    private static void shareWithinSentence(Reading r, List<Draft> kept) {
        for (Draft d : kept) {
            if (d.place == null && d.mention != null && d.type != IncidentType.MEASURE) {
                kept.stream().filter(o -> o.mention == d.mention && o.place != null && (during(r, d, o)
                        || sequence(r, d, o)
                        || pendingReturn(d) && o.type == IncidentType.DETENTION)).findFirst()
                        .ifPresent(o -> d.place = o.place);
            }
        }
    }

    static boolean pendingReturn(Draft d) {
        return d.type == IncidentType.REPATRIATION && d.status != Status.OCCURRED;
    }

    /**
     * "opened fire on five people wading across the river in early September": a date after both verbs, or one
     * tied to the other by "soon after", "while" or "when", dates both; so does an event named as a noun
     * ("another return, at the end of July, in which 11 people were returned"), even one told before.
     */
    private static void shareDates(Reading r, List<Draft> kept, List<Draft> all) {
        for (Draft d : kept) {
            if (!d.date.isUnknown() || d.type == IncidentType.DETENTION || d.type == IncidentType.MEASURE) {
                continue;
            }
            for (Draft o : all) {
                if (o != d && !o.date.isUnknown() && (dateAfterBoth(r, d, o) || during(r, d, o)
                        || linkedInTime(r, d, o) || opening(r, d, o) || sequence(r, d, o)
                        || d.share && o.mention == d.mention)) { // "most of those caught this month were returned"
                    d.date = o.date;
                    break;
                }
            }
        }
    }

    /** "As recently as January, police captured two guards who had crossed into China": a scene-setting date. */
    private static boolean opening(Reading r, Draft d, Draft o) {
        return d.status == Status.OCCURRED && r.eventTimes().stream().anyMatch(t -> t.value().equals(o.date)
                && r.tokenAt(t.span()) <= 3 && r.tokenAt(t.span()) < Math.min(d.head, o.head));
    }

    /** "reached Changbai last November after bribing her way out": one person's steps, told together. */
    private static boolean sequence(Reading r, Draft a, Draft b) {
        if (a.mention == null || a.mention != b.mention) {
            return false;
        }
        Tokens t = r.tokens();
        for (int i = Math.min(a.head, b.head) + 1; i < Math.max(a.head, b.head); i++) {
            if (t.isWord(i, Set.of("after", "before"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean dateAfterBoth(Reading r, Draft d, Draft o) {
        int last = Math.max(d.head, o.head);
        return r.eventTimes().stream().anyMatch(t -> r.tokenAt(t.span()) > last && t.value().equals(o.date));
    }

    private static boolean linkedInTime(Reading r, Draft a, Draft b) {
        Tokens t = r.tokens();
        for (int i = Math.min(a.head, b.head) + 1; i < Math.max(a.head, b.head); i++) {
            if (t.lower(i).equals("after") && t.lower(i - 1).equals("soon")) {
                return true;
            }
            if (a.type == b.type && t.lower(i).equals("which") && t.lower(i - 1).equals("in")) {
                return true;
            }
        }
        return false;
    }

    private static boolean during(Reading r, Draft a, Draft b) {
        Tokens t = r.tokens();
        for (int i = Math.min(a.head, b.head) + 1; i < Math.max(a.head, b.head); i++) {
            if (t.isWord(i, Set.of("while", "during", "as", "when"))) {
                return true;
            }
        }
        return false;
    }
}
