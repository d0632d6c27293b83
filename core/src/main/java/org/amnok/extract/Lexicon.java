package org.amnok.extract;

import static org.amnok.extract.Cue.Form.ANY;
import static org.amnok.extract.Cue.Form.NOUN;
import static org.amnok.extract.Cue.Form.VERB;
import static org.amnok.incident.IncidentType.ARREST;
import static org.amnok.incident.IncidentType.CROSSING;
import static org.amnok.incident.IncidentType.DETENTION;
import static org.amnok.incident.IncidentType.ESCAPE;
import static org.amnok.incident.IncidentType.MEASURE;
import static org.amnok.incident.IncidentType.PUNISHMENT;
import static org.amnok.incident.IncidentType.RELEASE;
import static org.amnok.incident.IncidentType.REPATRIATION;
import static org.amnok.incident.IncidentType.VIOLENCE;

import java.util.List;
import java.util.Set;

/**
 * The words that state incidents, and the words that change what a statement means (negation, modality,
 * refusal, habit). All lemmas are lower case, as {@link org.amnok.text.Token#lemma()} gives them.
 *
 * <p>Longer cues win over shorter ones at the same place, so "hand over" beats "hand", and
 * "take into custody" (an arrest) beats "custody" (a detention).
 */
final class Lexicon {
    private Lexicon() {
    }

    static final List<Cue> CUES = List.of(
            // ARREST: caught by authorities.
            Cue.of(ARREST, VERB, "arrest"), Cue.of(ARREST, NOUN, "arrest"),
            Cue.of(ARREST, VERB, "apprehend"), Cue.of(ARREST, VERB, "capture"), Cue.of(ARREST, VERB, "catch|caught"),
            Cue.of(ARREST, VERB, "nab"), Cue.of(ARREST, VERB, "seize"), Cue.of(ARREST, VERB, "detain"),
            Cue.of(ARREST, VERB, "raid"), Cue.of(ARREST, VERB, "intercept"),
            Cue.of(ARREST, VERB, "round ~ up"), Cue.of(ARREST, VERB, "pick ~ up"),
            Cue.of(ARREST, ANY, "take|taken into custody"), Cue.of(ARREST, VERB, "take|took ~ away"),
            Cue.of(ARREST, VERB, "take|took|taken ~ into custody"),
            // DETENTION: custody as a state, a transfer between facilities, a facility's load.
            Cue.of(DETENTION, VERB, "hold|held"), Cue.of(DETENTION, VERB, "lock ~ up"),
            Cue.of(DETENTION, ANY, "in custody"), Cue.of(DETENTION, ANY, "in the custody"),
            Cue.of(DETENTION, VERB, "keep|kept in custody"),
            Cue.of(DETENTION, VERB, "keep|kept at|in"), Cue.of(PUNISHMENT, ANY, "under interrogation"),
            Cue.of(DETENTION, VERB, "move|moved to"), Cue.of(DETENTION, VERB, "put ~ on ~ plane|flight|train"),
            Cue.of(DETENTION, VERB, "transfer|transferred"), Cue.of(DETENTION, VERB, "imprison"),
            Cue.of(DETENTION, VERB, "remain in"), Cue.of(DETENTION, VERB, "serve|served sentence"),
            Cue.of(DETENTION, ANY, "be|are|were|is full"), Cue.of(DETENTION, ANY, "at full capacity"),
            // REPATRIATION: handed back to North Korea against their will.
            Cue.of(REPATRIATION, VERB, "repatriate"), Cue.of(REPATRIATION, NOUN, "repatriation"),
            Cue.of(REPATRIATION, VERB, "deport"), Cue.of(REPATRIATION, NOUN, "deportation"),
            Cue.of(REPATRIATION, VERB, "extradite"), Cue.of(REPATRIATION, VERB, "expel"),
            Cue.of(REPATRIATION, VERB, "send|sent ~ back"), Cue.of(REPATRIATION, VERB, "hand|handed ~ over|back"),
            Cue.of(REPATRIATION, VERB, "turn|turned ~ over"), Cue.of(REPATRIATION, VERB, "take ~ back"),
            Cue.of(REPATRIATION, VERB, "drag|dragged ~ back"),
            Cue.of(REPATRIATION, VERB, "force|forced ~ back"), Cue.of(REPATRIATION, VERB, "send|sent ~ across"),
            Cue.of(REPATRIATION, NOUN, "handover"),
            Cue.of(REPATRIATION, VERB, "return"), Cue.of(REPATRIATION, NOUN, "return"),
            Cue.of(REPATRIATION, NOUN, "refoulement"), Cue.of(REPATRIATION, VERB, "hand|handed"),
            // CROSSING: left North Korea, or crossed on from China toward a third country.
            Cue.of(CROSSING, VERB, "cross"), Cue.of(CROSSING, VERB, "defect"), Cue.of(CROSSING, NOUN, "defection"),
            Cue.of(CROSSING, VERB, "flee|fled"), Cue.of(CROSSING, VERB, "swim|swam ~ across"),
            Cue.of(CROSSING, VERB, "slip|slipped across|over|into"), Cue.of(CROSSING, VERB, "wade across"),
            Cue.of(CROSSING, VERB, "walk|walked over|across"), Cue.of(CROSSING, VERB, "smuggle over|across|into"),
            Cue.of(CROSSING, VERB, "make|made ~ way into"), Cue.of(CROSSING, VERB, "bring|brought into"),
            Cue.of(CROSSING, NOUN, "attempt to flee|cross|defect"), Cue.of(CROSSING, VERB, "reach"),
            Cue.of(CROSSING, VERB, "enter"),
            // PUNISHMENT: punished after capture or return.
            Cue.of(PUNISHMENT, VERB, "execute"), Cue.of(PUNISHMENT, NOUN, "execution"),
            Cue.of(PUNISHMENT, VERB, "put to death"), Cue.of(PUNISHMENT, VERB, "sentence"),
            Cue.of(PUNISHMENT, NOUN, "sentence"), Cue.of(PUNISHMENT, NOUN, "term"),
            Cue.of(PUNISHMENT, VERB, "jail"), Cue.of(PUNISHMENT, VERB, "torture"), Cue.of(PUNISHMENT, NOUN, "torture"),
            Cue.of(PUNISHMENT, VERB, "interrogate"), Cue.of(PUNISHMENT, VERB, "question"),
            Cue.of(PUNISHMENT, VERB, "prosecute"), Cue.of(PUNISHMENT, VERB, "punish"),
            Cue.of(PUNISHMENT, NOUN, "punishment"), Cue.of(PUNISHMENT, ANY, "preliminary examination"),
            Cue.of(PUNISHMENT, VERB, "send|sent ~ to ~ camp|camps"),
            Cue.of(DETENTION, VERB, "send|sent ~ to ~ center|centers|centre|centres|facility|facilities"),
            // VIOLENCE: force used against them.
            Cue.of(VIOLENCE, VERB, "shoot|shot"), Cue.of(VIOLENCE, VERB, "open|opened fire"),
            Cue.of(VIOLENCE, VERB, "fire|fired on"), Cue.of(VIOLENCE, VERB, "fire|fired ~ on"),
            Cue.of(VIOLENCE, VERB, "beat|beaten"), Cue.of(VIOLENCE, NOUN, "gunfight"),
            Cue.of(VIOLENCE, NOUN, "exchange of fire"),
            // ESCAPE: got away from custody or an arrest.
            Cue.of(ESCAPE, VERB, "get|got away"), Cue.of(ESCAPE, VERB, "run|ran off"),
            Cue.of(ESCAPE, VERB, "bribe ~ way out of ~ arrest|custody|detention"),
            Cue.of(ESCAPE, VERB, "bribe ~ way out"), Cue.of(ESCAPE, VERB, "escape from custody"),
            Cue.of(ESCAPE, VERB, "slip|slipped away"), Cue.of(ESCAPE, VERB, "break|broke out of"),
            Cue.of(ESCAPE, VERB, "escape|escaped from ~ facility|center|centre|camp|prison|jail|lockup|detention"),
            // RELEASE: let go, or allowed to leave for a third country.
            Cue.of(RELEASE, VERB, "release"), Cue.of(RELEASE, VERB, "free"), Cue.of(RELEASE, NOUN, "release"),
            Cue.of(RELEASE, VERB, "allow|allowed to travel|leave|go"),
            // MEASURE: a border or policy measure with no victims counted.
            Cue.of(MEASURE, VERB, "install"),
            Cue.of(MEASURE, VERB, "put|put up ~ camera|cameras|fence|fences|wire|barriers"),
            Cue.of(MEASURE, VERB, "instruct|order ~ to open|shoot|fire"),
            Cue.of(MEASURE, NOUN, "order|orders to shoot"), Cue.of(MEASURE, ANY, "authorize|authorized to shoot"),
            Cue.of(MEASURE, NOUN, "shoot-to-kill"), Cue.of(MEASURE, VERB, "seal|sealed ~ border|borders"),
            Cue.of(MEASURE, VERB, "shut|close|closed ~ border|borders"),
            Cue.of(MEASURE, VERB, "block|blocked ~ trade|traffic"), Cue.of(MEASURE, NOUN, "border closure|closures"),
            Cue.of(MEASURE, VERB, "set|set up ~ zone|teams|team|checkpoints"),
            Cue.of(MEASURE, VERB, "strengthen|strengthened|tighten ~ patrol|patrols|control|surveillance"),
            Cue.of(MEASURE, NOUN, "reward|rewards"), Cue.of(MEASURE, NOUN, "reward system"),
            Cue.of(MEASURE, VERB, "reopen"), Cue.of(MEASURE, VERB, "order|ordered that"),
            Cue.of(MEASURE, VERB, "post|posted ~ forces|troops"),
            Cue.of(MEASURE, VERB, "send|sent guideline|guidelines"), Cue.of(MEASURE, VERB, "call|called for closer"),
            Cue.of(MEASURE, VERB, "pay|paying ~ in return for"), Cue.of(MEASURE, NOUN, "building work"),
            Cue.of(MEASURE, NOUN, "arrest team|teams"),
            Cue.of(MEASURE, VERB, "break|breaking up the ice"), Cue.of(MEASURE, VERB, "add|adding ~ barrier|barriers"),
            Cue.of(MEASURE, VERB, "step|stepped up"), Cue.of(MEASURE, NOUN, "strengthening of"),
            Cue.of(MEASURE, VERB, "invest|investing ~ manpower"));

    /** Words that deny the statement that follows them in the same clause. */
    static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nobody", "none", "neither", "nor");

    /** Modal words that make a statement a plan or a likelihood (PLANNED) when its subject is specific. */
    static final Set<String> PLANNING = Set.of("will", "would", "could", "might", "may", "shall", "likely",
            "expect", "schedule", "plan", "face", "await", "awaiting", "danger", "risk", "intend",
            "about", "due", "going", "prepare");

    /**
     * Lemmas that report a refusal or a halt: a repatriation in their sentence was tried and stopped (BLOCKED).
     * "put on hold", "turned them away" and a denied "accept" or "take" are phrases, matched by the rules.
     */
    static final Set<String> REFUSALS = Set.of("refuse", "reject", "decline", "reluctant", "stall", "halt",
            "suspend");

    /** Adverbs of habit: a statement with one is about what usually happens, not an incident. */
    static final Set<String> HABITS = Set.of("routinely", "usually", "normally", "typically", "often",
            "generally", "always", "seldom", "rarely", "frequently", "regularly", "sometimes");
}
