package org.amnok.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amnok.gazetteer.PlaceMention;
import org.amnok.incident.Group;
import org.amnok.incident.IncidentType;
import org.amnok.incident.People;
import org.amnok.incident.Scope;
import org.amnok.incident.Status;
import org.amnok.people.Nationality;
import org.amnok.people.PeopleMention;
import org.amnok.time.TimeKind;
import org.amnok.time.TimeMention;

/**
 * Attaches people, places and dates to the triggers of one sentence, and splits a trigger that tells of
 * several groups ("two in Shenyang on May 15, another four in Nanning") into one draft per group.
 * Stateless and thread-safe.
 */
final class Linker {
    private static final Set<String> PASSIVE_AUX = Set.of("be", "was", "were", "been", "being", "is", "are", "get",
            "got");
    /** Words that join one group to the next; a colon opens a breakdown ("670 returns: 80 on Aug. 29, ..."). */
    private static final Set<String> COORDINATORS = Set.of("along", "and", "plus", ",", ":", "while", "whereas",
            "besides");
    /** A place or time further than this many (weighted) words from every trigger belongs to none. */
    private static final int MAX_DISTANCE = 30;
    /** "the majority of those held this month": a share of a total is itself a total. */
    private static final List<String> MAJORITY = List.of("the majority of", "most of", "many of", "all of those");
    private static final Set<String> SERIES = Set.of("first", "second", "earlier", "previous", "latest", "another",
            "next", "last", "third");
    /** Verbs of custody that complete an arrest ("caught and detained at a lockup in Dandong"). */
    private static final Set<String> CUSTODY = Set.of("detain", "hold", "held", "lock", "jail", "imprison", "keep",
            "kept", "take", "took", "taken");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "citing", "according", "reported",
            "added", "quoted");
    private static final Set<String> POSSESSIVES = Set.of("their", "his", "her", "its", "our", "my");
    private static final Set<String> FRESH = Set.of("another", "second", "separate", "additional", "more",
            "other", "further", "third", "new");
    private static final Set<String> ATTRIBUTION = Set.of("source", "sources", "official", "officials",
            "resident", "residents", "activist", "activists", "correspondent", "reporter", "spokesman",
            "based", "spokeswoman", "native", "ministry", "consulate", "paper", "newspaper", "group", "church",
            "organization", "commission", "office", "media", "press", "outlets", "broadcaster");

    private Linker() {
    }

    /** One draft per incident the sentence tells of, in the order of their triggers. */
    static List<Draft> link(Reading r) {
        Map<Trigger, Draft> drafts = new HashMap<>();
        List<Draft> out = new ArrayList<>();
        for (Trigger tr : r.triggers()) {
            Draft d = new Draft(tr, r.sentence().span(), r.sentence().index());
            attachPeople(r, tr, d);
            drafts.put(tr, d);
            out.add(d);
        }
        assignPlaces(r, drafts);
        assignTimes(r, drafts);
        out.addAll(siblings(r, out));
        return out;
    }

    // ---- people ----

    private static void attachPeople(Reading r, Trigger tr, Draft d) {
        Tokens t = r.tokens();
        if (!tr.noun() && reducedRelative(t, tr.head(), tr.end()) && !insidePeople(r, t.get(tr.head() - 1))
                && !objectFollows(r, tr)) {
            d.invalid = true;
        }
        if (t.isWord(tr.head(), Set.of("raid"))) {
            // "police raided the house on Saturday": a raid names a place, and retells the arrest of whoever was
            // there; beside another arrest verb it is only how that arrest was made.
            d.bareNoun = true;
            d.invalid = r.triggers().stream().anyMatch(o -> o != tr && o.type() == IncidentType.ARREST);
            return;
        }
        PeopleMention m = choosePeople(r, tr);
        if (m == null && tr.noun() && t.isWord(tr.head() - 1, Set.of("her", "his"))) {
            // "his execution last week" reports one; "because her handover was held up" explains, with no date.
            d.possessive = true;
            d.people = People.exactly(1);
            d.invalid = r.eventTimes().isEmpty();
            return;
        }
        if (m == null) {
            d.bareNoun = tr.noun();
            // "the first returns", "an earlier handover": one event of a series, not the one told before.
            d.fresh = tr.noun() && t.findBefore(tr.head(), 3, SERIES) >= 0;
            return;
        }
        d.mention = m;
        d.mentionText = text(r, m);
        d.people = m.people();
        d.group = m.group();
        d.anaphoric = m.definite();
        d.fresh = startsWith(r, m, FRESH);
        d.share = MAJORITY.stream().anyMatch(d.mentionText::startsWith);
        numberOf(r, tr, d);
        // "most of those caught this month have been returned": a share of a total is a total; a custody is a state.
        d.scope = d.share && d.type != IncidentType.DETENTION ? Scope.AGGREGATE : d.scope;
    }

    /**
     * "the number of North Koreans held in such centers at between 600 and 2,000": the people are counted after
     * the verb, and what is counted is a total.
     */
    private static void numberOf(Reading r, Trigger tr, Draft d) {
        Tokens t = r.tokens();
        int at = r.tokenAt(d.mention.span());
        if (!t.lower(at - 1).equals("of") || !t.lower(at - 2).equals("number")) {
            return;
        }
        r.people().stream().filter(x -> r.tokenAt(x.span()) > tr.head() && !x.people().isUnknown()).findFirst()
                .ifPresent(x -> {
                    d.people = x.people();
                    d.scope = Scope.AGGREGATE;
                    d.invalid = false;
                });
    }

    private static PeopleMention choosePeople(Reading r, Trigger tr) {
        Tokens t = r.tokens();
        boolean subjectFirst = !tr.noun() && !objectFollows(r, tr) && (passive(t, tr) || intransitive(t, tr));
        PeopleMention before = nearestBefore(r, tr.head());
        PeopleMention after = nearestAfter(r, tr.head() + 1, 14);
        if (tr.noun()) {
            PeopleMention around = r.people().stream().filter(m -> r.tokenAt(m.span()) < tr.head()
                    && r.tokenEnd(m.span()) > tr.head()).findFirst().orElse(null);
            if (around != null) {
                return around; // "41 arrests of North Koreans"
            }
            if (receivedBy(t, tr.head())) {
                return before;
            }
            boolean of = t.findAfter(tr.end(), 4, Set.of("of", "by", "for")) >= 0;
            return after != null && of ? after : null;
        }
        if (subjectFirst) {
            return before != null ? relativeHost(r, before) : after;
        }
        return after != null ? after : before;
    }

    private static String text(Reading r, PeopleMention m) {
        return r.text(m.span()).toLowerCase(java.util.Locale.ROOT);
    }

    /** A people mention right after the cue is its object: "police arrested four women" is active. */
    private static boolean objectFollows(Reading r, Trigger tr) {
        Tokens t = r.tokens();
        int at = tr.end();
        // "shot and wounded a man": the object follows the last of the coordinated verbs.
        while (t.lower(at).equals("and") && t.pos(at + 1).equals("VERB")) {
            at += 2;
        }
        if (t.isWord(at, Set.of("on", "at", "upon")) && !t.isWord(at + 1, Set.of("least", "most"))) {
            at++; // "opened fire on five people", "shot at them"; but "sent back at least 80" counts
        }
        int object = at;
        // "sent them back": the object may stand inside the cue itself.
        return tr.type() != IncidentType.CROSSING && tr.type() != IncidentType.ESCAPE
                && r.people().stream().mapToInt(m -> r.tokenAt(m.span()))
                        .anyMatch(x -> x == object || x > tr.head() && x < tr.end());
    }

    /** "received life sentences", "would face a severe sentence": the event noun belongs to the subject. */
    private static boolean receivedBy(Tokens t, int head) {
        for (int i = head - 1; i >= 0 && i >= head - 4; i--) {
            if (t.isWord(i, Set.of("receive", "received", "face", "facing", "get", "got", "suffer", "undergo",
                    "make", "made", "await", "awaiting", "danger", "risk"))) {
                return true;
            }
        }
        return false;
    }

    static boolean passive(Tokens t, Trigger tr) {
        int h = tr.head();
        boolean participle = !t.lower(h).endsWith("ing");
        int i = h - 1;
        while (i >= 0 && h - i <= 3 && (t.pos(i).equals("ADV") || t.isWord(i, Set.of("been", "being")))) {
            if (t.isWord(i, Set.of("been", "being")) && participle) {
                return true;
            }
            i--;
        }
        return participle && (t.isWord(i, PASSIVE_AUX) || reducedRelative(t, h, tr.end()));
    }

    static boolean reducedRelative(Tokens t, int h) {
        return reducedRelative(t, h, h + 1);
    }

    /**
     * "defectors caught in China": a participle after a noun with no object of its own; {@code after} is the
     * first token after the cue, so "picked up the group" sees its object past the particle.
     */
    static boolean reducedRelative(Tokens t, int h, int after) {
        boolean afterNoun = t.pos(h - 1).equals("NOUN") || t.pos(h - 1).equals("NUM") || t.pos(h - 1).equals("PRON")
                || t.pos(h - 1).equals("PROPN");
        String next = t.pos(after);
        boolean quantifier = t.isWord(after, Set.of("more", "about", "nearly", "roughly", "some", "around",
                "almost", "approximately", "several", "many", "dozens", "hundreds"))
                || t.lower(after).equals("at") && t.isWord(after + 1, Set.of("least", "most")); // "at least 80"
        // "installed electric fences": an adjective and its noun are an object too; "arrested last week" is not.
        boolean described = next.equals("ADJ") && t.pos(after + 1).equals("NOUN")
                && !t.isWord(after, Set.of("last", "next", "early", "late", "previous", "same", "following"));
        boolean object = startsObject(next) || quantifier || described
                || after > h + 1 && t.pos(h + 1).equals("PRON"); // "shut its border": the object inside the cue
        // "the detention facilities are full": a finite "be" is no participle.
        return afterNoun && !object && !t.lower(h).endsWith("ing") && !t.lemma(h).equals("be");
    }

    private static boolean startsObject(String pos) {
        return pos.equals("DET") || pos.equals("NUM") || pos.equals("PRON") || pos.equals("NOUN")
                || pos.equals("PROPN");
    }

    private static boolean intransitive(Tokens t, Trigger tr) {
        return tr.type() == IncidentType.CROSSING || tr.type() == IncidentType.ESCAPE
                || tr.type() == IncidentType.DETENTION
                || t.isWord(tr.head(), Set.of("remain", "serve", "flee", "die"));
    }

    /** The nearest mention before the trigger; a foreign one in apposition yields to the one it describes. */
    private static PeopleMention nearestBefore(Reading r, int head) {
        PeopleMention best = null;
        for (PeopleMention m : outer(r)) {
            boolean agent = r.tokens().lower(r.tokenAt(m.span()) - 1).equals("by");
            if (r.tokenEnd(m.span()) <= head + 1 && r.tokenAt(m.span()) < head && !agent
                    && !(foreign(m) && best != null && !foreign(best))) {
                best = m;
            }
        }
        return best;
    }

    /**
     * "Two deserters who had robbed villagers were captured": a mention inside a relative clause is not the
     * subject; the one the clause describes is.
     */
    private static PeopleMention relativeHost(Reading r, PeopleMention m) {
        int at = r.tokenAt(m.span());
        PeopleMention host = null;
        for (PeopleMention o : outer(r)) {
            int end = r.tokenEnd(o.span());
            if (end < at && r.tokens().isWord(end, Set.of("who", "whom", "which"))) {
                host = o;
            }
        }
        return host != null ? host : m;
    }

    /** Mentions not nested in another: "Two of [the nine young North Koreans]" is about the two. */
    private static List<PeopleMention> outer(Reading r) {
        return r.people().stream().filter(m -> r.people().stream()
                .noneMatch(o -> o != m && o.span().contains(m.span()))).toList();
    }

    private static PeopleMention nearestAfter(Reading r, int end, int reach) {
        for (PeopleMention m : outer(r)) {
            int at = r.tokenAt(m.span());
            if (at >= end && at - end <= reach) {
                return m;
            }
        }
        return null;
    }

    /** True when the mention opens with one of {@code words} ("another four", "two more", "a second group"). */
    private static boolean startsWith(Reading r, PeopleMention m, Set<String> words) {
        Tokens t = r.tokens();
        int at = r.tokenAt(m.span());
        boolean first = t.isWord(at, words) && !t.lower(at + 1).equals("than");
        boolean second = t.isWord(at + 1, words) && !t.lower(at + 2).equals("than");
        return first || second || t.isWord(at - 1, Set.of("another"));
    }

    static boolean foreign(PeopleMention m) {
        return m != null && m.nationality() != Nationality.NORTH_KOREAN && m.nationality() != Nationality.UNKNOWN
                && m.group() != Group.HELPERS;
    }

    // ---- places and times: each goes to its nearest trigger, preferring the trigger before it ----

    private static void assignPlaces(Reading r, Map<Trigger, Draft> drafts) {
        Map<Draft, List<PlaceMention>> by = new HashMap<>();
        for (PlaceMention p : r.places()) {
            int at = r.tokenAt(p.span());
            if (attribution(r.tokens(), at) || insidePeople(r, p)) {
                continue;
            }
            Trigger tr = nearestTaking(r, at, r.tokenEnd(p.span()));
            if (tr != null) {
                by.computeIfAbsent(drafts.get(tr), k -> new ArrayList<>()).add(p);
            }
        }
        by.forEach((d, places) -> Places.apply(r, d, places));
    }

    private static boolean insidePeople(Reading r, org.amnok.text.Token token) {
        return r.people().stream().anyMatch(m -> m.span().contains(token.span()));
    }

    private static boolean insidePeople(Reading r, PlaceMention p) {
        return r.people().stream().anyMatch(m -> m.span().contains(p.span()));
    }

    /** "a source in Dandong", "a Seoul-based group": where someone speaks from, not where it happened. */
    static boolean attribution(Tokens t, int at) {
        for (int i = at - 1; i >= 0 && i >= at - 3; i--) {
            // "the customs office in Dandong" is where a handover passed, not who said so.
            if (t.isWord(i, ATTRIBUTION) && !t.lower(i - 1).equals("customs")) {
                return true;
            }
        }
        return t.lower(at + 1).startsWith("-based") || t.lower(at + 1).equals("-") && t.lower(at + 2).equals("based");
    }

    private static void assignTimes(Reading r, Map<Trigger, Draft> drafts) {
        Map<Draft, TimeMention> best = new HashMap<>();
        Map<Draft, Integer> distance = new HashMap<>();
        for (TimeMention m : r.eventTimes()) {
            if (m.value().isUnknown() && m.kind() != TimeKind.ANAPHORIC) {
                continue;
            }
            int at = r.tokenAt(m.span());
            Trigger tr = nearest(r, at, r.tokenEnd(m.span()));
            if (tr == null && at <= 3) {
                // "In December, a woman ... made another attempt to flee": an opening date sets the scene.
                tr = r.triggers().stream().filter(x -> x.head() > at).findFirst().orElse(null);
            }
            if (tr == null) {
                continue;
            }
            // A custody is a state, dated only by a date, but a planned transfer may be "today or tomorrow".
            boolean state = tr.type() == IncidentType.DETENTION && tr.status() == Status.OCCURRED;
            if (state && m.kind() != TimeKind.DATE || describesPeople(r, at, tr)) {
                continue;
            }
            Draft d = drafts.get(tr);
            int dist = distance(r.tokens(), tr, at, r.tokenEnd(m.span()));
            boolean sharper = best.containsKey(d) && Retelling.morePrecise(m.value(), best.get(d).value());
            if (!best.containsKey(d) || dist < distance.get(d) && !Retelling.morePrecise(best.get(d).value(),
                    m.value()) || sharper) {
                best.put(d, m);
                distance.put(d, dist);
            }
        }
        best.forEach((d, m) -> applyTime(r, d, m));
    }

    /**
     * "The escapees returned last week had been held in Shenyang": a date in a participle clause after the
     * people, before the verb, dates what the clause says of them, not the verb.
     */
    private static boolean describesPeople(Reading r, int at, Trigger tr) {
        Tokens t = r.tokens();
        return at < tr.head() && r.people().stream().map(m -> r.tokenEnd(m.span()))
                .anyMatch(end -> end < at && at - end <= 3 && t.pos(end).equals("VERB") && reducedRelative(t, end)
                        && r.triggers().stream().noneMatch(o -> o.head() == end));
    }

    private static void applyTime(Reading r, Draft d, TimeMention m) {
        d.date = m.value();
        if (d.share) {
            d.scope = Scope.AGGREGATE;
        }
        boolean aggregateType = d.type == IncidentType.ARREST || d.type == IncidentType.CROSSING
                || d.type == IncidentType.REPATRIATION;
        if (m.kind() == TimeKind.SINCE && d.type != IncidentType.MEASURE) {
            // "more than 30 arrested since November began": a total over the period up to the report.
            d.scope = Scope.AGGREGATE;
            // "so far this month" names the running period itself, as gold writes it.
            boolean running = r.text(m.span()).toLowerCase(java.util.Locale.ROOT).contains("this ");
            d.openUntil = running ? null : r.published();
        } else if (m.kind() == TimeKind.INTERVAL && aggregateType && !hasDay(m)) {
            d.scope = Scope.AGGREGATE;
        }
    }

    private static boolean hasDay(TimeMention m) {
        return m.value().value() != null && m.value().value().matches("\\d{4}-\\d{2}-\\d{2}.*");
    }

    /** As {@link #nearest}, but a return's place is where it went from or through, named after the verb. */
    private static Trigger nearestTaking(Reading r, int at, int end) {
        return r.triggers().stream()
                .filter(tr -> !(tr.type() == IncidentType.REPATRIATION && !tr.noun() && end <= tr.head()
                        && !r.tokens().isWord(tr.head() - 1, Set.of("and", "then"))))
                .filter(tr -> distance(r.tokens(), tr, at, end) <= MAX_DISTANCE)
                .min(Comparator.comparingInt(tr -> distance(r.tokens(), tr, at, end))).orElse(null);
    }

    /** The trigger nearest to tokens {@code [at, end)}; a trigger before them is preferred to one after. */
    private static Trigger nearest(Reading r, int at, int end) {
        return r.triggers().stream().filter(tr -> distance(r.tokens(), tr, at, end) <= MAX_DISTANCE)
                .min(Comparator.comparingInt(tr -> distance(r.tokens(), tr, at, end))).orElse(null);
    }

    /**
     * Words from a trigger to a mention. A mention before its trigger counts double, and one before a verb
     * coordinated with an earlier one ("arrested in Shenyang in November and deported") belongs to the first.
     */
    private static int distance(Tokens t, Trigger tr, int at, int end) {
        if (at >= tr.end()) {
            // A noun's own verb ("the handover happened in Dandong") opens no new clause, nor does a verb
            // coordinated with the trigger ("caught and detained at a lockup in Dandong").
            int from = tr.end();
            while (t.lower(from).equals("and") && t.isWord(from + 1, CUSTODY)) {
                from += 2;
            }
            return at - tr.end() + (!tr.noun() && verbBetween(t, from, at) ? 15 : 0);
        }
        if (end <= tr.head()) {
            int gap = tr.head() - 1;
            while (gap > end && t.pos(gap).equals("ADV")) {
                gap--;
            }
            boolean coordinated = t.lower(gap).equals("and") || t.lower(gap).equals("then");
            return (tr.head() - end) * 2 + 2 + (coordinated ? 20 : 0);
        }
        return 0;
    }

    /** A finite verb in {@code [from, to)}: a clause of its own stands between a trigger and a mention. */
    private static boolean verbBetween(Tokens t, int from, int to) {
        for (int i = from; i < to; i++) {
            boolean finite = t.pos(i).equals("VERB") && !t.lower(i).endsWith("ing") && !reducedRelative(t, i)
                    && !t.pos(i - 1).equals("ADV");
            if (finite && !t.isWord(i - 1, Set.of("to"))) {
                return true;
            }
        }
        return false;
    }

    // ---- several groups told by one trigger ----

    private static List<Draft> siblings(Reading r, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        List<PeopleMention> used = drafts.stream().map(d -> d.mention).filter(m -> m != null).toList();
        for (Draft d : drafts) {
            // "opened fire on a group of Chinese citizens, killing three": the three are of the same foreign group.
            int end = r.triggers().stream().filter(tr -> tr.head() == d.head).mapToInt(Trigger::end).findFirst()
                    .orElse(d.head + 1); // "sent back 80": the object follows the whole cue
            if (d.mention == null || d.type == IncidentType.MEASURE || reducedRelative(r.tokens(), d.head, end)
                    || foreign(d.mention)) {
                continue;
            }
            for (PeopleMention m : r.people()) {
                if (!used.contains(m) && isSibling(r, d, m)) {
                    Draft s = sibling(r, d, m);
                    if (s != null) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    private static boolean isSibling(Reading r, Draft d, PeopleMention m) {
        Tokens t = r.tokens();
        int at = r.tokenAt(m.span());
        boolean afterBoth = at > d.head && m.span().start() > d.mention.span().end();
        boolean alongWith = t.lower(at - 1).equals("with") && t.lower(at - 2).equals("along");
        boolean coordinated = (t.isWord(at - 1, COORDINATORS) || t.isWord(at - 2, COORDINATORS) || alongWith
                || t.isWord(at, Set.of("another", "the"))) && !t.isWord(at, POSSESSIVES);
        boolean summed = t.lower(at - 1).equals("with") && t.lower(at - 2).equals("together");
        boolean listed = false;
        for (int i = r.tokenEnd(d.mention.span()); i < at; i++) {
            listed |= t.isWord(i, Set.of("including", "among")); // "among them a baby, a couple ..."
        }
        boolean joined = t.isWord(at - 1, Set.of("plus", "and")) || alongWith;
        boolean counted = (m.people().min() != null || m.people().max() != null
                || joined && m.group() != null && m.group() != d.group) && !listed;
        boolean interrupted = r.triggers().stream().anyMatch(tr -> tr.head() > d.head && tr.head() < at)
                || t.findAfter(d.head + 1, at - d.head - 1, SPEECH) >= 0 // "..., the paper said, citing an activist"
                || t.findAfter(r.tokenEnd(m.span()), 3, SPEECH) >= 0; // "..., a rights activist said"
        return afterBoth && coordinated && counted && !summed && !interrupted && !foreign(m) && !m.definite()
                || afterBoth && coordinated && counted && !summed && !interrupted && startsWith(r, m, FRESH);
    }

    /** A draft for group {@code m}, taking the places and dates that follow it from {@code d}. */
    private static Draft sibling(Reading r, Draft d, PeopleMention m) {
        Draft s = d.sibling();
        s.mention = m;
        s.mentionText = text(r, m);
        s.people = m.people();
        s.group = m.group() != null ? m.group() : d.group;
        s.fresh = true;
        List<PlaceMention> own = r.places().stream()
                .filter(p -> p.span().start() >= m.span().end() && nextMentionAfter(r, m) > p.span().start())
                .toList();
        if (!own.isEmpty()) {
            Places.apply(r, s, own);
            Places.apply(r, d, d.placeMentions.stream().filter(p -> p.span().end() <= m.span().start()).toList());
        }
        List<TimeMention> times = r.eventTimes().stream()
                .filter(x -> x.span().start() >= m.span().end() && nextMentionAfter(r, m) > x.span().start())
                .toList();
        if (s.place == null && own.isEmpty() && m.group() == d.group && times.isEmpty()) {
            return null;
        }
        if (!times.isEmpty()) {
            s.date = times.get(0).value();
            s.openUntil = null;
            // "more than 670 returns since 2020: 80 on Aug. 29, ...": each dated part of a total is one event,
            // and what they are parts of is a total.
            s.scope = times.get(0).kind() == TimeKind.DATE ? Scope.INCIDENT : s.scope;
            if (r.tokens().findAfter(d.head, r.tokenAt(m.span()) - d.head, Set.of(":")) >= 0) {
                d.scope = Scope.AGGREGATE;
            }
        }
        return s;
    }

    private static int nextMentionAfter(Reading r, PeopleMention m) {
        return r.people().stream().mapToInt(x -> x.span().start()).filter(x -> x > m.span().start()).min()
                .orElse(Integer.MAX_VALUE);
    }

}
