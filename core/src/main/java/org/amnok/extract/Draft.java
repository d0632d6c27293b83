package org.amnok.extract;

import org.amnok.gazetteer.Place;
import org.amnok.incident.Agent;
import org.amnok.incident.DateValue;
import org.amnok.incident.Group;
import org.amnok.incident.IncidentType;
import org.amnok.incident.People;
import org.amnok.incident.Scope;
import org.amnok.incident.Span;
import org.amnok.incident.Status;
import org.amnok.people.PeopleMention;

/**
 * An incident while the rules are still filling it in. Mutable, and confined to one extraction call: it never
 * leaves {@link Extractor}, which turns it into an immutable {@link org.amnok.incident.Incident}.
 */
final class Draft {
    IncidentType type;
    Status status;
    Scope scope = Scope.INCIDENT;
    People people = People.UNKNOWN;
    PeopleMention mention;
    /** The text of {@link #mention}, lower-cased, or "". */
    String mentionText = "";
    Group group;
    Agent agent;
    Place place;
    /** The place mentions the linker gave this draft, so a sibling can take back the ones that are its own. */
    java.util.List<org.amnok.gazetteer.PlaceMention> placeMentions = java.util.List.of();
    String country;
    String facility;
    DateValue date = DateValue.UNKNOWN;
    /**
     * "since January": the open period runs to this day (the report's), applied once the date is final so a
     * re-telling's "since the start of November" reads as no sharper than the lead's "this month"; or null.
     */
    java.time.LocalDate openUntil;
    Integer fatalities;
    final Span evidence;
    final int sentence;
    final int head;
    /** Said to be a different group from any before: "another four", "a second group", "a separate group". */
    boolean fresh;
    /** The people are named only by a pronoun or a definite phrase ("they", "the group", "the five"). */
    boolean anaphoric;
    /** The count was learned for a sibling verb about the same people, and a later part may narrow it. */
    boolean sharedPeople;
    /** The people are a share of a larger set ("the majority of those held this month"). */
    boolean share;
    /** Not an incident after all ("files handed over by the police"): dropped before discourse. */
    boolean invalid;
    /** The group a partitive picks from ("19 of the 24", "some of them"), or null. */
    People referent;
    /** The trigger is a noun with no people of its own ("the handover happened on July 14"). */
    boolean bareNoun;
    /** "her handover", "his execution": the event of one person, named by a possessive; retells no group's. */
    boolean possessive;
    /** The draft this one was split from ("19 of the 24 in Shenyang and the other five in Changchun"), or null. */
    Draft source;
    /** Told as arrested "along with" the group before; "they" still means that group, not these. */
    boolean accompanying;
    /** Told in the report's first sentence. */
    boolean lead;
    /** The sentence that introduced the group a pronoun resolved to; -1 when none was resolved. */
    int groupSentence = -1;
    /** A report's lead, kept before any count, place or date anchors it; later sentences may fill it. */
    boolean vague;

    Draft(Trigger trigger, Span evidence, int sentence) {
        this.type = trigger.type();
        this.status = trigger.status();
        this.evidence = evidence;
        this.sentence = sentence;
        this.head = trigger.head();
    }

    /** A new draft for another group told of by the same trigger ("along with two more in Tonghua"). */
    Draft sibling() {
        Draft d = new Draft(new Trigger(type, head, head + 1, false, status), evidence, sentence);
        d.source = this;
        d.scope = scope;
        d.agent = agent;
        d.date = date;
        return d;
    }
}
