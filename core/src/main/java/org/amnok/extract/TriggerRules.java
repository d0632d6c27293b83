package org.amnok.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Status;
import org.amnok.text.Sentence;

/**
 * Decides which cue matches of a sentence state incidents, and with which status: drops negated, generic,
 * habitual and hypothetical statements, marks plans (PLANNED) and refusals (BLOCKED).
 * Stateless and thread-safe.
 */
final class TriggerRules {
    private static final Set<String> INFINITIVE_OK = Set.of("attempt", "try", "manage", "begin", "start",
            "continue", "seek");
    private static final Set<String> INFINITIVE_PLANNED = Set.of("expect", "schedule", "set", "due", "going",
            "about", "likely", "plan", "intend", "poised", "prepare", "go", "press", "push", "demand", "ask",
            "request", "urge", "want");
    /** Words of fear or hope: what follows may never happen. */
    private static final Set<String> FEARS = Set.of("fear", "fears", "feared", "worry", "worried", "afraid",
            "hope", "hoped", "hoping");
    private static final Set<String> GERUND_OK = Set.of("while", "after", "when", "since", "before", "begin",
            "start", "continue", "stop", "finish", "resume");
    private static final Set<String> NOUN_GENERIC = Set.of("policy", "policies", "issue", "campaign", "law",
            "agreement", "system", "route", "routes", "rate", "problem", "crackdown", "attempts");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "might", "may", "shall", "can");
    private static final Set<String> CONDITIONALS = Set.of("if", "unless", "once", "whether");
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "get", "got");
    private static final Set<String> HAVE = Set.of("have", "has", "had");
    private static final Set<String> NOUN_DETERMINERS = Set.of("the", "a", "an", "this", "that", "its",
            "their", "his", "her", "mass", "forced", "such", "another", "latest", "recent");
    /** Verbs whose object is an event noun: "received life sentences", "awaiting handover". */
    private static final Set<String> RECEIVING = Set.of("receive", "received", "face", "facing", "get", "suffer",
            "undergo", "await", "awaiting");
    /** Verbs whose past tense is spelled like their present. */
    private static final Set<String> SAME_PAST = Set.of("beat", "put", "set", "cut", "hit", "shut", "spread",
            "hurt", "let", "cast", "burst", "quit");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");
    private static final Set<String> AVOIDING = Set.of("avoid", "prevent", "evade", "stop", "without");
    private static final Set<String> GENERIC_PRONOUNS = Set.of("those", "anyone", "anybody", "everyone",
            "whoever");

    private TriggerRules() {
    }

    /** The incidents' triggers of {@code sentence}, in text order; at most one MEASURE. */
    static List<Trigger> find(Sentence sentence) {
        Tokens t = new Tokens(sentence.tokens());
        List<Trigger> out = new ArrayList<>();
        for (CueMatcher.Match m : CueMatcher.find(sentence.tokens())) {
            boolean noun = m.cue().form() == Cue.Form.NOUN
                    || m.cue().form() == Cue.Form.ANY && isNoun(t, m.start());
            Trigger trigger = new Trigger(m.cue().type(), m.start(), m.end(), noun, Status.OCCURRED);
            Constraints.refine(t, trigger).flatMap(tr -> tr.type() == IncidentType.MEASURE ? measure(t, tr)
                    : context(t, tr)).ifPresent(out::add);
        }
        return oneMeasure(withoutReducedHolds(t, withoutCustodyAfterArrest(t, out)));
    }

    /** "were caught and locked up in Dandong": the custody that comes with an arrest is part of that arrest. */
    private static List<Trigger> withoutCustodyAfterArrest(Tokens t, List<Trigger> triggers) {
        return triggers.stream().filter(tr -> !(tr.type() == IncidentType.DETENTION && !tr.noun()
                && triggers.stream().anyMatch(o -> o.type() == IncidentType.ARREST && !o.noun()
                && (o.end() == tr.head() - 1 && t.lower(o.end()).equals("and") || thenAfter(t, o, tr))))).toList();
    }

    /** "seized on the 15th as it boarded a bus, and then held at the bureau": the custody right after. */
    private static boolean thenAfter(Tokens t, Trigger arrest, Trigger custody) {
        return arrest.head() < custody.head() && t.lower(custody.head() - 1).equals("then")
                && t.lower(custody.head() - 2).equals("and");
    }

    /**
     * "a woman held at the MSS center made another attempt to flee": a custody named in passing, inside the
     * subject of another incident, describes those people rather than telling of a detention.
     */
    private static List<Trigger> withoutReducedHolds(Tokens t, List<Trigger> triggers) {
        if (triggers.size() < 2) {
            return triggers;
        }
        return triggers.stream().filter(tr -> !(tr.type() == IncidentType.DETENTION && t.lower(tr.head()).equals("held")
                && (t.pos(tr.head() - 1).equals("NOUN") || t.pos(tr.head() - 1).equals("NUM"))
                && triggers.stream().anyMatch(o -> o.head() > tr.head()))).toList();
    }

    /** A measure needs an authority acting; its cues often sit in purpose clauses, so form is not checked. */
    private static Optional<Trigger> measure(Tokens t, Trigger tr) {
        boolean authority = t.anywhere(Set.of("authorities", "authority", "government", "police", "guards",
                "regime", "officials", "beijing", "pyongyang", "china", "chinese", "north", "mss", "ministry",
                "troops", "forces", "un", "jong"));
        // "as both authorities strengthen their surveillance": a present-tense general remark, not a measure taken.
        boolean general = !tr.noun() && presentGeneric(t, tr.head()) && !t.lower(tr.head() - 1).equals("to")
                && !SAME_PAST.contains(t.lower(tr.head())); // "Pyongyang shut its border" is past
        if (!authority || negated(t, tr) || general) {
            return Optional.empty();
        }
        return Optional.of(planned(t, tr) ? tr.withStatus(Status.PLANNED) : tr);
    }

    private static List<Trigger> oneMeasure(List<Trigger> triggers) {
        List<Trigger> out = new ArrayList<>();
        boolean measured = false;
        for (Trigger tr : triggers) {
            if (tr.type() != IncidentType.MEASURE || !measured) {
                out.add(tr);
            }
            measured |= tr.type() == IncidentType.MEASURE;
        }
        return out;
    }

    /** A noun use; a gerund the tagger calls a noun ("defecting has become harder") is still a verb form. */
    private static boolean isNoun(Tokens t, int i) {
        return t.pos(i).equals("NOUN") && !t.lower(i).endsWith("ing") && !t.lower(i).endsWith("ed");
    }

    /** The trigger with the status its context gives, or empty when the context denies or generalizes it. */
    private static Optional<Trigger> context(Tokens t, Trigger tr) {
        if (negated(t, tr) || habitual(t, tr) || conditional(t, tr) || inDanger(t, tr)
                || t.findBefore(tr.head(), 7, FEARS) >= 0) {
            return Optional.empty();
        }
        Optional<Status> form = grammaticalForm(t, tr);
        if (form.isEmpty()) {
            return Optional.empty();
        }
        Status status = form.get();
        if (status == Status.OCCURRED && planned(t, tr)) {
            status = Status.PLANNED;
        }
        if (tr.type() == IncidentType.REPATRIATION && refused(t)) {
            status = Status.BLOCKED;
        }
        return Optional.of(tr.withStatus(status));
    }

    private static boolean negated(Tokens t, Trigger tr) {
        int neg = t.findBefore(tr.head(), 4, Lexicon.NEGATIONS);
        boolean denied = neg >= 0 && !t.lower(neg + 1).equals("only") && !t.lower(neg + 1).equals("longer");
        return denied || t.findBefore(tr.head(), 7, AVOIDING) >= 0;
    }

    private static boolean habitual(Tokens t, Trigger tr) {
        return t.findBefore(tr.head(), 4, Lexicon.HABITS) >= 0 || t.findAfter(tr.end(), 2, Lexicon.HABITS) >= 0
                || phrase(t, "in the past", 0, t.size()) || phrase(t, "more and more", tr.end(), tr.end() + 4)
                || phrase(t, "as a way to", 0, t.size());
    }

    /** True when {@code words} occur starting somewhere in token positions {@code [from, to)}. */
    private static boolean phrase(Tokens t, String words, int from, int to) {
        String[] w = words.split(" ");
        for (int i = Math.max(0, from); i + w.length <= t.size() && i < to; i++) {
            int k = 0;
            while (k < w.length && t.lower(i + k).equals(w[k])) {
                k++;
            }
            if (k == w.length) {
                return true;
            }
        }
        return false;
    }

    /** "defectors who were in danger of being returned": a threat named in passing, not a plan. */
    private static boolean inDanger(Tokens t, Trigger tr) {
        int danger = t.findBefore(tr.head(), 4, Set.of("danger", "risk"));
        return danger >= 0 && t.findBefore(danger, 5, RELATIVES) >= 0;
    }

    private static boolean conditional(Tokens t, Trigger tr) {
        // "had run off before the police could catch them": what was forestalled never happened.
        int before = t.findBefore(tr.head(), 5, Set.of("before"));
        boolean forestalled = before >= 0 && t.findAfter(before + 1, tr.head() - before - 1, MODALS) >= 0;
        // "police may arrest them if they are found": a modal verb whose condition follows it.
        boolean supposed = t.findBefore(tr.head(), 3, MODALS) >= 0
                && t.findAfter(tr.end(), t.size(), Set.of("if", "unless")) >= 0;
        return t.findBefore(tr.head(), 3, CONDITIONALS) >= 0 || forestalled || supposed;
    }

    /**
     * OCCURRED or PLANNED by the verb form around the trigger, or empty for infinitives of purpose, gerunds
     * after prepositions, progressive habits, adjectival participles, plural nouns with no count, and
     * present-tense generalities.
     */
    private static Optional<Status> grammaticalForm(Tokens t, Trigger tr) {
        int h = tr.head();
        String before = t.lower(h - 1);
        if (tr.noun()) {
            return nounForm(t, tr);
        }
        if (before.equals("to") || (BE.contains(before) && t.lower(h - 2).equals("to"))) {
            return infinitive(t, before.equals("to") ? h - 1 : h - 2);
        }
        if (t.lower(h).endsWith("ing")) {
            return gerund(t, h);
        }
        boolean adjectival = tr.end() == h + 1 && (t.pos(h).equals("ADJ") || t.lower(h).endsWith("ed"))
                && t.pos(h + 1).equals("NOUN");
        if (adjectival || genericSubject(t, h) || genericObject(t, tr.end())) {
            return Optional.empty();
        }
        boolean state = tr.type() == IncidentType.DETENTION;
        return !state && (presentGeneric(t, h) || presentPassive(t, h)) ? Optional.empty()
                : Optional.of(Status.OCCURRED);
    }

    /** "the people caught are deported": a present passive with no count before it states a habit. */
    private static boolean presentPassive(Tokens t, int h) {
        if (!t.isWord(h - 1, Set.of("is", "are")) || t.lower(h).endsWith("ing")) {
            return false;
        }
        for (int i = h - 2; i >= 0 && i >= h - 6; i--) {
            if (t.pos(i).equals("NUM") || t.isWord(i, Set.of("they", "them", "he", "she", "it", "the"))) {
                return false;
            }
        }
        return true;
    }

    /** "those sent back are punished", "everyone caught will be repatriated": nobody in particular. */
    private static boolean genericSubject(Tokens t, int h) {
        boolean past = t.isWord(h - 1, Set.of("had", "were", "was")) || t.isWord(h - 2, Set.of("had", "were", "was"));
        for (int i = h - 1; i >= 0 && i >= h - 5; i--) {
            if (past && t.isWord(i, Set.of("those", "these"))) {
                return false;
            }
            if (t.pos(i).equals("NUM") || t.isComma(i)) {
                return false;
            }
            if (t.isWord(i, GENERIC_PRONOUNS)) {
                return true;
            }
        }
        return false;
    }

    /** "punish those attempting to cross", "arrest anyone who": the people are nobody in particular. */
    private static boolean genericObject(Tokens t, int after) {
        int i = after;
        while (t.pos(i).equals("ADV")) {
            i++;
        }
        return t.isWord(i, Set.of("those", "anyone", "anybody", "everyone", "whoever"));
    }

    /** "while crossing" and "began sending" state events; "are defecting", "of defecting" do not. */
    private static Optional<Status> gerund(Tokens t, int h) {
        int prev = h - 1;
        while (prev >= 0 && t.pos(prev).equals("ADV")) {
            prev--;
        }
        if (t.isWord(prev, GERUND_OK)) {
            return Optional.of(Status.OCCURRED);
        }
        boolean reducedRelative = t.pos(prev).equals("NOUN") || t.pos(prev).equals("NUM")
                || t.pos(prev).equals("PROPN");
        return reducedRelative && !t.isWord(prev, GENERIC_PRONOUNS) ? Optional.of(Status.OCCURRED)
                : Optional.empty();
    }

    private static Optional<Status> infinitive(Tokens t, int to) {
        int gov = to - 1;
        while (gov >= 0 && to - gov <= 4 && !t.isWord(gov, INFINITIVE_PLANNED) && !t.isWord(gov, INFINITIVE_OK)
                && !t.pos(gov).equals("VERB") && !t.pos(gov).equals("AUX")) {
            gov--;
        }
        boolean finitePast = t.lower(gov).endsWith("ed") || t.lower(gov).equals("began")
                || t.lower(gov).endsWith("ing") && t.isWord(gov - 1, Set.of("while", "after", "when", "before",
                "been", "was", "were"));
        if (t.isWord(gov, INFINITIVE_OK)) {
            return finitePast ? Optional.of(Status.OCCURRED) : Optional.empty();
        }
        if (t.isWord(gov, INFINITIVE_PLANNED) || t.isWord(gov, Set.of("refuse", "reject", "decline", "declined"))) {
            return Optional.of(Status.PLANNED);
        }
        return Optional.empty();
    }

    private static Optional<Status> nounForm(Tokens t, Trigger tr) {
        if (t.findAfter(tr.end(), 1, NOUN_GENERIC) >= 0 || genericSubject(t, tr.head())) {
            return Optional.empty();
        }
        int det = tr.head() - 1;
        while (det >= 0 && tr.head() - det <= 3 && !t.isWord(det, RECEIVING)
                && (t.pos(det).equals("ADJ") || t.pos(det).equals("ADV") || t.pos(det).equals("NOUN")
                || t.lower(det).endsWith("ed"))) { // "670 forced returns"
            det--;
        }
        String word = t.lower(tr.head());
        boolean plural = word.endsWith("s") && !word.endsWith("ss");
        boolean counted = t.pos(det).equals("NUM");
        boolean received = t.isWord(det, RECEIVING);
        if (plural && !counted && !received && !t.lower(det).equals("the")) {
            return Optional.empty();
        }
        boolean threatened = t.lower(det).equals("of") && t.isWord(det - 1, Set.of("danger", "risk", "threat"));
        boolean specific = t.isWord(det, NOUN_DETERMINERS) || counted || received || threatened
                || t.lower(tr.end()).equals("of") || t.isCapitalized(det);
        return specific ? Optional.of(Status.OCCURRED) : Optional.empty();
    }

    /** A verb in the simple present with no auxiliary states a habit or a general truth, not an incident. */
    private static boolean presentGeneric(Tokens t, int h) {
        String word = t.lower(h);
        String lemma = t.lemma(h);
        boolean present = word.equals(lemma) || word.equals(lemma + "s") || word.equals(lemma + "es");
        if (SAME_PAST.contains(word) && pastNarrative(t)) {
            return false;
        }
        boolean aux = BE.contains(t.lower(h - 1)) || HAVE.contains(t.lower(h - 1))
                || MODALS.contains(t.lower(h - 1)) || BE.contains(t.lower(h - 2)) || HAVE.contains(t.lower(h - 2))
                || MODALS.contains(t.lower(h - 2));
        return present && !aux && !word.endsWith("ed") && t.pos(h).equals("VERB");
    }

    /** "Guards caught her, beat her": a sentence with a verb in the past tells of the past. */
    private static boolean pastNarrative(Tokens t) {
        for (int i = 0; i < t.size(); i++) {
            String w = t.lower(i);
            if (t.pos(i).equals("VERB") && !w.equals(t.lemma(i)) && !w.endsWith("ing") && !w.endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    private static boolean planned(Tokens t, Trigger tr) {
        int modal = t.findBefore(tr.head(), 4, Lexicon.PLANNING);
        if (modal < 0) {
            return false;
        }
        // "likely being held" describes the present; "were going to ... but refused" is handled as BLOCKED;
        // "about 20 were caught" is a count, "about to be sent" a plan.
        boolean count = t.lemma(modal).equals("about") && !t.lower(modal + 1).equals("to");
        boolean month = t.lower(modal).equals("may") && (t.pos(modal + 1).equals("NUM") || modal > 0
                && t.isCapitalized(modal)); // "on May 14 and sent them across"
        return !(t.lemma(modal).equals("likely") && t.lower(modal + 1).equals("being")) && !count && !month;
    }

    private static boolean refused(Tokens t) {
        for (int i = 0; i < t.size(); i++) {
            String lemma = t.lemma(i);
            boolean refusal = Lexicon.REFUSALS.contains(lemma) || (lemma.equals("hold") && t.lower(i - 1).equals("on"))
                    || lemma.equals("turn") && t.findAfter(i + 1, 3, Set.of("away")) >= 0;
            boolean notAccepting = (lemma.equals("accept") || lemma.equals("take"))
                    && t.findBefore(i, 3, Lexicon.NEGATIONS) >= 0;
            if (refusal || notAccepting) {
                return true;
            }
        }
        return false;
    }
}
