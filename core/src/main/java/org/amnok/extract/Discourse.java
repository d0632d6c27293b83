package org.amnok.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amnok.incident.Agent;
import org.amnok.incident.DateValue;
import org.amnok.incident.Group;
import org.amnok.incident.IncidentType;
import org.amnok.incident.People;
import org.amnok.incident.Status;
import org.amnok.people.PeopleMention;
import org.amnok.time.TimeMention;

/**
 * What a report has told so far, so later sentences can lean on it: "they" means the last group, "the same
 * day" the last incident's date, and "the repatriation was carried out on the 9th" adds a date to the
 * repatriation told before instead of counting it twice.
 *
 * <p>Mutable and confined to one {@link Extractor#extract} call.
 */
final class Discourse {
    private static final Set<String> PRONOUNS = Set.of("they", "them", "he", "him", "she", "her", "the group",
            "the pair", "the couple", "the family", "the defectors", "the refugees", "the escapees", "the women",
            "the men", "the children", "the north koreans", "the detainees", "the youths", "the victims");
    private static final Set<String> SAME = Set.of("at the time", "at the same time", "the same trial",
            "in the same way", "at the same trial", "that day");
    private static final java.util.regex.Pattern REMAINDER = java.util.regex.Pattern.compile(
            "the (others?|rest|remaining)\\b.*");
    private final List<Draft> incidents = new ArrayList<>();
    private People lastGroup;
    /** The incident that introduced the last group, read live so later details (a date) count; or null. */
    private Draft lastGroupIncident;
    private DateValue pendingDate = DateValue.UNKNOWN;
    /** Where the sentence just before, which told of no incident, set the scene ("hiding in a house in X"). */
    private org.amnok.gazetteer.Place pendingPlace;
    private boolean lastGroupForeign;
    private int lastGroupSentence = -1;
    private final List<Draft> waiting = new ArrayList<>();
    private int sentences;

    /** Incidents accepted so far, in text order. */
    List<Draft> incidents() {
        return incidents;
    }

    /** The date "the same day" refers to: the latest dated incident's. */
    DateValue anchor() {
        for (int i = incidents.size() - 1; i >= 0; i--) {
            if (!incidents.get(i).date.isUnknown()) {
                return incidents.get(i).date;
            }
        }
        return null;
    }

    /** Takes one sentence's drafts: resolves references, drops what has no anchor, folds re-tellings. */
    void accept(Reading r, List<Draft> drafts) {
        fillWaiting(r);
        String lower = r.sentence().text().toLowerCase(Locale.ROOT);
        boolean same = SAME.stream().anyMatch(lower::contains);
        boolean lead = sentences++ == 0;
        List<Draft> kept = new ArrayList<>();
        List<Draft> told = new ArrayList<>();
        Draft counted = null;
        List<Draft> all = sameSentence(drafts);
        boolean foreign = false;
        for (Draft d : all) {
            foreign |= Linker.foreign(d.mention);
            if (d.invalid || Linker.foreign(d.mention) || d.anaphoric && d.mention != null && lastGroupForeign) {
                continue;
            }
            resolvePeople(d, counted);
            counted = d.people.isUnknown() || d.type == IncidentType.MEASURE ? counted : d;
            d.lead = lead;
            enterScene(r, d);
            take(r, d, same, kept, told);
        }
        if (drafts.isEmpty()) {
            sharpenDate(r);
        }
        Sharing.share(r, kept, all);
        incidents.addAll(kept);
        told.addAll(kept);
        remember(r, told);
        // "all four victims" after a sentence about Chinese citizens are those citizens.
        lastGroupForeign |= foreign && told.isEmpty();
    }

    /** Folds {@code d} into what it retells, or completes and keeps it, holds it for the next sentence, or drops it. */
    private void take(Reading r, Draft d, boolean same, List<Draft> kept, List<Draft> told) {
        if (d.type == IncidentType.VIOLENCE && toldBefore(r, d) && lastGroupIncident != null
                && lastGroupIncident.type == IncidentType.PUNISHMENT
                && Retelling.sameCount(lastGroupIncident.people, d.people)) {
            d.type = IncidentType.PUNISHMENT; // "executed two people ... The two were shot in Hyesan": the execution
        }
        boolean dropBare = d.bareNoun && !d.lead && d.type != IncidentType.MEASURE
                && !(d.fresh && !d.date.isUnknown());
        if (retelling(d) || dropBare) {
            told.add(d);
            return;
        }
        complete(r, d, same);
        // A report's lead may name an event before any count, place or date; later sentences anchor it.
        d.vague = d.lead && !anchored(d);
        if (anchored(d) || d.vague) {
            kept.add(d);
        } else if (d.fresh) {
            waiting.add(d);
        }
    }

    /** People named before: by a pronoun or definite mention, or beside one of the same count ("The two, a man…"). */
    private static boolean toldBefore(Reading r, Draft d) {
        return d.anaphoric
                || r.people().stream().anyMatch(m -> m.definite() && Retelling.sameCount(m.people(), d.people));
    }

    /**
     * "The five near Beijing were travelling by bus on November 7 when officers stopped them": a sentence that
     * tells of no incident but names a group told before dates that group's incident more sharply.
     */
    private void sharpenDate(Reading r) {
        DateValue date = r.eventTimes().stream().filter(t -> t.kind() == org.amnok.time.TimeKind.DATE)
                .map(TimeMention::value).findFirst().orElse(DateValue.UNKNOWN);
        for (PeopleMention m : r.people()) {
            if (!m.definite() || m.people().min() == null) {
                continue;
            }
            // "The 41 were at the Tumen camp until February 28": the incident at the place named, else the latest.
            List<Draft> theirs = incidents.stream()
                    .filter(e -> m.people().equals(e.people) && e.type != IncidentType.MEASURE).toList();
            Draft e = theirs.stream().filter(i -> i.place != null && r.places().stream()
                    .anyMatch(p -> p.place().equals(i.place))).reduce((a, b) -> b)
                    .orElse(theirs.isEmpty() ? null : theirs.get(theirs.size() - 1));
            if (e != null) {
                e.date = Retelling.morePrecise(date, e.date) ? date : e.date;
                return;
            }
        }
    }

    /** The incidents, once the whole report is read: leads that nothing anchored are dropped. */
    List<Draft> finish() {
        incidents.removeIf(d -> !anchored(d));
        placeParts();
        incidents.sort(java.util.Comparator.comparingInt((Draft d) -> d.evidence.start()));
        return incidents;
    }

    /**
     * "Several defectors have been arrested in Dandong ... Two laborers were arrested by police": a lead that
     * tells of an uncounted total at a place frames the cases of its type told after it with no place.
     */
    private void placeParts() {
        Draft lead = incidents.isEmpty() ? null : incidents.get(0);
        boolean total = lead != null && lead.lead && lead.place != null && lead.type != IncidentType.MEASURE
                && (lead.scope == org.amnok.incident.Scope.AGGREGATE || lead.people.max() == null);
        for (Draft d : incidents) {
            if (total && d != lead && d.type == lead.type && d.place == null && d.status == lead.status) {
                d.place = lead.place;
            }
        }
    }

    /**
     * "A second group had been transferred in the same way. Nine reached Onsong on the 7th.": a group
     * named with no anchor takes its count, date and place from the very next sentence.
     */
    private void fillWaiting(Reading r) {
        for (Draft d : waiting) {
            r.people().stream().filter(m -> !m.people().isUnknown() && !Linker.foreign(m)).findFirst()
                    .ifPresent(m -> d.people = d.people.isUnknown() ? m.people() : d.people);
            if (d.date.isUnknown()) {
                d.date = sentenceDate(r);
            }
            if (d.place == null) {
                Places.apply(r, d, r.places());
            }
            if (anchored(d)) {
                incidents.add(d);
            }
        }
        waiting.clear();
    }

    private static List<Draft> sameSentence(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft twin = out.stream().filter(o -> o.type == d.type && o.mention == d.mention).findFirst()
                    .orElse(null);
            if (twin == null) {
                out.add(d);
            } else {
                absorb(twin, d);
            }
        }
        return out;
    }

    /**
     * Who a draft is about: "they", "her" and "the group" are the last group told of; "some of the
     * detainees" is an unknown share of it; "those returned" names people without counting them.
     */
    private void resolvePeople(Draft d, Draft before) {
        d.referent = referent(d);
        if (d.referent != null && d.mentionText.startsWith("all of ")) {
            // "all of them are now locked up at the Tumen camp": the whole group, not a part of it.
            d.people = d.people.isUnknown() ? d.referent : d.people;
            d.referent = null;
            d.anaphoric = true;
        }
        boolean pronoun = d.mention == null ? !(d.bareNoun && d.fresh) : refersBack(d);
        if (pronoun && d.people.isUnknown() && before != null && d.mention != null) {
            // "All five have been sent back to North Korea, where they are under interrogation"
            d.people = before.people;
            d.anaphoric = true;
            d.groupSentence = before.sentence;
        } else if (pronoun && d.people.isUnknown() && lastGroup != null) {
            d.people = lastGroup;
            d.anaphoric = true;
            d.groupSentence = lastGroupSentence;
        }
        if (d.mention == null) {
            d.anaphoric = true;
        }
        if (d.group == null && d.mention != null && d.mention.definite() && before != null
                && Retelling.sameCount(before.people, d.people)) {
            d.group = before.group; // "detained the broker and her husband, and the couple has spent ..."
        }
        if (d.type == IncidentType.MEASURE) {
            d.people = People.UNKNOWN;
        }
    }

    private void complete(Reading r, Draft d, boolean same) {
        // "also arrested", "arrested along with them": with the incident just told, at its place and time.
        Tokens t = r.tokens();
        boolean along = t.findAfter(d.head + 1, 3, Set.of("along", "together")) >= 0
                && t.findAfter(d.head + 1, 4, Set.of("with")) >= 0;
        boolean also = (t.findBefore(d.head, 6, Set.of("also")) >= 0 || along) && d.date.isUnknown()
                && d.place == null;
        if ((same || also) && !incidents.isEmpty()) {
            withIncidentBefore(r, d, also);
        }
        d.accompanying = also && along;
        inheritDate(r, d);
        if (Sharing.pendingReturn(d) && d.place == null && d.anaphoric) {
            // "Police planned to return them": from where those people were caught or are held.
            incidents.stream().filter(e -> e.place != null && Retelling.sameCount(e.people, d.people)
                    && (e.type == IncidentType.ARREST || e.type == IncidentType.DETENTION))
                    .reduce((a, b) -> b).ifPresent(e -> d.place = e.place);
        }
        d.agent = agent(r, d);
        d.group = d.group != null || d.type == IncidentType.MEASURE ? d.group : defaultGroup(r, d);
    }

    /** "at the same time", "also arrested": the date, and for "also" the place, of the incident told before. */
    private void withIncidentBefore(Reading r, Draft d, boolean also) {
        Draft before = latest(d.type);
        // "Also arrested at the time": the time of the last arrest, not of whatever was told last.
        boolean sameType = before.type == d.type && !before.date.isUnknown() && r.eventTimes().stream()
                .allMatch(m -> m.kind() == org.amnok.time.TimeKind.ANAPHORIC);
        d.date = d.date.isUnknown() || sameType ? before.date : d.date;
        d.place = d.place == null && (also || r.sentence().text().contains("same trial")) ? before.place : d.place;
        boolean transfer = d.type == IncidentType.DETENTION && r.sentence().text().contains("same way");
        d.type = transfer ? before.type : d.type; // "transferred in the same way" as the handover before
    }

    /** The latest incident of {@code type}, or else the latest of any type. */
    private Draft latest(IncidentType type) {
        for (int i = incidents.size() - 1; i >= 0; i--) {
            if (incidents.get(i).type == type) {
                return incidents.get(i);
            }
        }
        return incidents.get(incidents.size() - 1);
    }

    /**
     * A date from the discourse for a draft that names none: the date of the group it refers back to, or
     * of a sentence just before that set the time. Plans, states and steps told as "later" keep none.
     */
    /**
     * "they", "the group", "the young North Koreans": a pronoun, or a definite mention with no count, names a
     * group told before. With no mention at all, a verb's people are the last group's; but "The first returns
     * were on Aug. 29", an event noun of a series, counts no one told before.
     */
    private static boolean refersBack(Draft d) {
        return PRONOUNS.contains(d.mentionText)
                || d.mention.definite() && d.mentionText.startsWith("the ") && d.referent == null;
    }

    /** The group a partitive picks from: "of them" is the last group, "of the 24" a group of 24. */
    private People referent(Draft d) {
        String t = d.mentionText;
        int of = t.indexOf(" of the ");
        if (t.contains(" of them") || t.contains(" of those")
                || d.people.isUnknown() && REMAINDER.matcher(t).matches()) {
            return lastGroup; // "the rest were moved to Longjing": a part of the group, like "some of them"
        }
        if (of < 0) {
            return null;
        }
        String[] rest = t.substring(of + " of the ".length()).split("\\s+");
        java.util.OptionalInt n = org.amnok.people.Counts.number(rest[0]);
        return n.isPresent() ? People.exactly(n.getAsInt()) : lastGroup;
    }

    /**
     * "The five were hiding in a house in Changbai early on Thursday. Two were captured ...": a sentence that
     * tells of no incident but names where and when sets the scene for the next one, before that one is
     * matched to an incident told earlier, so a re-telling carries the scene back to it.
     */
    private void enterScene(Reading r, Draft d) {
        if (!inherits(r, d) || d.referent != null || introduces(r, d)) {
            // "one of the five reached the bank": a share of a group told before stays with that group;
            // "a woman from Hyesan reached Changbai": a new group opens a new story.
            return;
        }
        if (d.place == null && pendingPlace != null) {
            d.place = pendingPlace;
            d.country = pendingPlace.country();
        }
        if (d.date.isUnknown() && !pendingDate.isUnknown()) {
            d.date = pendingDate;
        }
    }

    /** "a woman", "about 20 defectors": people named by an indefinite noun, not by a pronoun or a bare number. */
    private static boolean introduces(Reading r, Draft d) {
        if (d.mention == null || d.mention.definite()) {
            return false;
        }
        return org.amnok.people.Counts.number(r.text(d.mention.head())).isEmpty();
    }

    /** Whether a draft may take a date or place the discourse set: an event that happened, told without "later". */
    private static boolean inherits(Reading r, Draft d) {
        boolean type = Set.of(IncidentType.ARREST, IncidentType.CROSSING, IncidentType.VIOLENCE,
                IncidentType.ESCAPE, IncidentType.REPATRIATION).contains(d.type) && d.status == Status.OCCURRED;
        boolean later = r.tokens().findBefore(d.head, 8, Set.of("later", "since", "afterwards", "subsequently",
                "then", "eventually")) >= 0;
        return type && !later;
    }

    private void inheritDate(Reading r, Draft d) {
        if (!d.date.isUnknown() || !inherits(r, d)) {
            return;
        }
        boolean refers = d.anaphoric || d.referent != null;
        // "19 of the 24 had been arrested in Shenyang": the group's own arrest dates it, if one was told.
        Draft group = incidents.stream().filter(e -> e.type == d.type && lastGroup != null
                && Retelling.sameCount(e.people, lastGroup)).reduce((a, b) -> b).orElse(lastGroupIncident);
        // "those returned had been arrested during the pandemic": an arrest comes before the group's return.
        boolean before = group != null && stage(d.type) < stage(group.type);
        DateValue groupDate = group == null || before ? DateValue.UNKNOWN : group.date;
        if (refers && !groupDate.isUnknown()) {
            d.date = groupDate;
            if (d.type == IncidentType.ESCAPE && d.place == null) {
                d.place = group.place; // "two of the 15 had run off": where the 15 were caught
            }
        } else if (!pendingDate.isUnknown()) {
            d.date = pendingDate;
        }
    }

    /** Where a type stands in the usual course: crossing, then arrest, custody, return, punishment. */
    private static int stage(IncidentType type) {
        return switch (type) {
            case CROSSING -> 0;
            case ARREST, ESCAPE, VIOLENCE -> 1;
            case DETENTION -> 2;
            case REPATRIATION, RELEASE -> 3;
            case PUNISHMENT, MEASURE -> 4;
        };
    }

    private Agent agent(Reading r, Draft d) {
        if (d.type == IncidentType.DETENTION && d.place != null) {
            // Whoever made the arrest, people are held by the authorities of the country they are held in.
            return Agents.byDefault(d.type, d.place.country());
        }
        Agent explicit = d.type == IncidentType.CROSSING ? null : Agents.explicit(r, d);
        if (explicit != null || d.type == IncidentType.MEASURE) {
            return explicit;
        }
        if (d.type == IncidentType.ESCAPE) {
            return incidents.stream().filter(i -> i.agent != null).reduce((a, b) -> b).map(i -> i.agent)
                    .orElse(null);
        }
        return Agents.byDefault(d.type, d.country);
    }

    /**
     * Who unnamed people are: those of the group the draft refers back to, or of a report about soldiers or
     * workers; else helpers punished "for helping", smugglers in a smuggling story, else defectors.
     */
    private Group defaultGroup(Reading r, Draft d) {
        Group told = incidents.stream().filter(i -> i.lead && (i.group == Group.SOLDIERS || i.group == Group.WORKERS))
                .map(i -> i.group).findFirst().orElse(null);
        if (told != null && (d.anaphoric || d.mention == null || !d.people.isUnknown())) {
            return told;
        }
        String text = r.sentence().text().toLowerCase(Locale.ROOT);
        if (text.contains("for helping") || text.contains("for aiding") || text.contains("for assisting")) {
            return Group.HELPERS; // "executed two people for helping others flee"
        }
        return text.contains("smuggl") ? Group.SMUGGLERS : Group.DEFECTORS;
    }

    /** An incident needs a count, a known group, a place or a date; a measure needs none. */
    private static boolean anchored(Draft d) {
        return d.type == IncidentType.MEASURE || !d.people.isUnknown() || d.anaphoric && d.mention != null
                || d.place != null || !d.date.isUnknown() || d.facility != null;
    }

    /** Folds {@code d} into an earlier incident it re-tells; true when it did. */
    private boolean retelling(Draft d) {
        if (d.fresh || d.type == IncidentType.MEASURE) {
            return false;
        }
        for (int i = incidents.size() - 1; i >= 0; i--) {
            Draft e = incidents.get(i);
            if (Retelling.same(e, d)) {
                boolean learnedPeople = e.people.isUnknown() && !d.people.isUnknown();
                absorb(e, d);
                if (d.referent != null && !d.people.isUnknown() && e.sharedPeople) {
                    e.people = d.people; // "nine of them are in danger": the plan is for the nine
                }
                if (learnedPeople) {
                    shareWithSiblings(e);
                }
                return true;
            }
        }
        return false;
    }

    /** "X were smuggled ..., detained and could be returned": what is learned of X holds for every verb. */
    private void shareWithSiblings(Draft e) {
        for (Draft o : incidents) {
            if (o != e && o.sentence == e.sentence && o.mention == e.mention && o.people.isUnknown()) {
                o.people = e.people;
                o.sharedPeople = true;
            }
        }
    }

    /** Fills what {@code into} lacks, or knows less precisely, from {@code from}. */
    static void absorb(Draft into, Draft from) {
        if (Retelling.morePrecise(from.date, into.date)) {
            into.date = from.date;
        }
        if (from.place != null && (into.place == null || Places.rank(from.place) < Places.rank(into.place))) {
            into.place = from.place;
            into.country = from.place.country();
        }
        into.people = into.people.isUnknown() ? from.people : into.people;
        into.facility = into.facility == null ? from.facility : into.facility;
        into.fatalities = into.fatalities == null ? from.fatalities : into.fatalities;
    }

    private void remember(Reading r, List<Draft> told) {
        for (Draft d : told) {
            // A pronoun names the last group again; only a draft with its own people introduces one.
            // A part ("19 of the 24", "the other five") leaves "the group" meaning the whole.
            boolean part = d.referent != null || d.source != null && d.source.referent != null;
            if (!d.people.isUnknown() && d.type != IncidentType.MEASURE && d.groupSentence < 0 && !d.accompanying
                    && !part) {
                boolean sameGroup = lastGroup != null && Retelling.sameCount(d.people, lastGroup);
                lastGroupSentence = sameGroup ? lastGroupSentence : d.sentence;
                lastGroup = d.people;
                lastGroupIncident = d;
            }
        }
        if (told.isEmpty()) {
            for (PeopleMention m : r.people()) {
                boolean northKorean = m.nationality() == org.amnok.people.Nationality.NORTH_KOREAN
                        || m.group() != null;
                if (!m.people().isUnknown() && !m.definite() && (northKorean || Linker.foreign(m))) {
                    lastGroupSentence = r.sentence().index();
                    lastGroup = m.people();
                    lastGroupIncident = null;
                    lastGroupForeign = Linker.foreign(m);
                }
            }
        } else {
            lastGroupForeign = false;
        }
        pendingDate = told.isEmpty() ? sentenceDate(r) : DateValue.UNKNOWN;
        pendingPlace = told.isEmpty() ? Places.scene(r).orElse(null) : null;
    }

    private static DateValue sentenceDate(Reading r) {
        return r.eventTimes().stream().map(TimeMention::value).filter(v -> !v.isUnknown()).findFirst()
                .orElse(DateValue.UNKNOWN);
    }
}
