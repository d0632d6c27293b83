package org.amnok.extract;

import java.util.Optional;
import java.util.Set;
import org.amnok.incident.IncidentType;

/**
 * Word-sense checks for cues that are incidents only in some of their uses: "held at a detention center" but
 * not "held talks", "returned to North Korea" but not "returned home from work", "crossed the river" but not
 * "crossed his mind". Stateless.
 */
final class Constraints {
    private static final Set<String> FACILITIES = Set.of("center", "centre", "centers", "centres", "facility",
            "facilities", "prison", "prisons", "camp", "camps", "lockup", "lockups", "jail", "jails", "detention",
            "custody", "cell", "cells", "compound", "station", "office", "house", "safehouse", "motel", "site");
    private static final Set<String> NORTH = Set.of("north", "pyongyang", "nsa", "mss", "ssd", "bowibu",
            "korea", "dprk", "government", "embassy", "authorities", "country", "home", "regime", "police",
            "homeland");
    private static final Set<String> BORDERS = Set.of("border", "river", "frontier", "into", "over", "to",
            "yalu", "tumen", "amnok", "duman", "mekong", "stream");
    private static final Set<String> ABROAD = Set.of("china", "chinese", "bank", "territory", "thailand", "laos",
            "vietnam", "mongolia", "russia", "cambodia", "myanmar", "border", "embassy", "consulate");
    private static final Set<String> KP_AGENTS = Set.of("mss", "nsa", "ssd", "bowibu", "security", "north",
            "pyongyang", "agent", "agents");
    private static final Set<String> PRISON_CAMPS = Set.of("camp", "camps", "kwanliso", "kyohwaso");

    /** The head words whose senses are checked here, as {@link Tokens#base} should find them. */
    private static final Set<String> SENSES = Set.of("detain", "catch", "hold", "held", "remain", "transfer",
            "transferred", "imprison", "return", "hand", "handed", "turn", "turned", "cross", "flee", "reach",
            "enter", "defect", "defection", "question", "wade", "smuggle", "interrogate", "term", "send", "sent",
            "sentence", "move", "keep", "kept");

    private Constraints() {
    }

    /** The trigger if its word sense is an incident, possibly retyped; empty otherwise. */
    static Optional<Trigger> refine(Tokens t, Trigger tr) {
        String lemma = t.base(tr.head(), SENSES);
        return switch (tr.type()) {
            case DETENTION -> detention(t, tr, lemma);
            case REPATRIATION -> repatriation(t, tr, lemma);
            case CROSSING -> crossing(t, tr, lemma);
            case PUNISHMENT -> punishment(t, tr, lemma);
            case ARREST -> arrest(t, tr, lemma);
            default -> Optional.of(tr);
        };
    }

    private static Optional<Trigger> arrest(Tokens t, Trigger tr, String lemma) {
        if (lemma.equals("detain") && t.findAfter(tr.end(), 5, FACILITIES) >= 0
                && t.findBefore(tr.head(), 3, Set.of("catch", "arrest", "capture", "apprehend")) < 0
                && !t.isWord(tr.head() - 1, Set.of("be", "was", "were", "been", "is", "are"))) {
            return Optional.of(tr.withType(IncidentType.DETENTION));
        }
        if (lemma.equals("catch") && t.findBefore(tr.head(), 3, Set.of("detain", "arrest")) >= 0
                || lemma.equals("detain") && t.findBefore(tr.head(), 3, Set.of("catch", "arrest", "capture")) >= 0) {
            return Optional.empty();
        }
        return Optional.of(tr);
    }

    private static Optional<Trigger> detention(Tokens t, Trigger tr, String lemma) {
        return switch (lemma) {
            case "hold", "held" -> holdSense(t, tr);
            case "be", "are", "were", "is", "at" -> t.findBefore(tr.head(), 8, FACILITIES) >= 0
                    ? Optional.of(tr) : Optional.empty();
            case "remain" -> t.findAfter(tr.end(), 4, FACILITIES) >= 0 ? Optional.of(tr) : Optional.empty();
            case "keep", "kept" -> t.findAfter(tr.end(), 4, FACILITIES) >= 0 || t.isCapitalized(tr.end())
                    ? Optional.of(tr) : Optional.empty(); // "kept at a detention centre", not "kept in place"
            // "put on a flight to Pyongyang" carries out a return told already; elsewhere it is a transfer.
            case "put" -> towardNorth(t, t.findAfter(tr.end(), 3, Set.of("to"))) ? Optional.empty() : Optional.of(tr);
            case "transfer", "transferred", "move" -> passive(t, tr.head())
                    && t.findAfter(tr.head() + 1, 2, Set.of("to", "in", "from", "between")) >= 0
                    ? Optional.of(tr) : Optional.empty();
            case "imprison" -> t.findAfter(tr.end(), 4, Set.of("year", "years", "life")) >= 0
                    ? Optional.of(tr.withType(IncidentType.PUNISHMENT)) : Optional.of(tr);
            default -> Optional.of(tr);
        };
    }

    private static Optional<Trigger> holdSense(Tokens t, Trigger tr) {
        String next = t.lower(tr.end());
        boolean seizedPeople = (t.pos(tr.end()).equals("NUM") || t.pos(tr.end()).equals("DET"))
                && t.findBefore(tr.head(), 7, Set.of("police", "authorities", "officers", "guards")) >= 0;
        if (seizedPeople) {
            return Optional.of(tr.withType(IncidentType.ARREST)); // "police held five people near Beijing"
        }
        boolean custody = Set.of("at", "in", "for", "by", "captive", "incommunicado", "without", "there")
                .contains(next);
        boolean other = t.findAfter(tr.end(), 3, Set.of("talks", "meeting", "up", "trial", "election",
                "elections", "event", "events", "rally", "office", "responsible", "view", "position")) >= 0;
        return custody && !other ? Optional.of(tr) : Optional.empty();
    }

    private static Optional<Trigger> repatriation(Tokens t, Trigger tr, String lemma) {
        int to = t.findAfter(tr.end(), 4, Set.of("to"));
        if (to >= 0 && (t.lower(to + 1).equals("south") && t.lower(to + 2).equals("korea")
                || t.lower(to + 1).equals("seoul"))) {
            return Optional.of(tr.withType(IncidentType.RELEASE)); // "will be deported to South Korea": let go
        }
        return switch (lemma) {
            case "return" -> tr.noun() ? returnNoun(t, tr) : returnVerb(t, tr);
            case "hand", "handed" -> handOver(t, tr);
            case "send", "sent" -> t.findAfter(tr.end(), 3, Set.of("china")) >= 0
                    ? Optional.of(tr.withType(IncidentType.DETENTION)) : Optional.of(tr);
            case "turn", "turned" -> towardNorth(t, t.findAfter(tr.end(), 3, Set.of("to")))
                    ? Optional.of(tr) : Optional.empty();
            default -> Optional.of(tr);
        };
    }

    /**
     * "handed them over to Pyongyang" returns them; "Vietnam handed the group over to Chinese authorities" moves
     * them into another country's custody.
     */
    private static Optional<Trigger> handOver(Tokens t, Trigger tr) {
        int to = t.findAfter(tr.end(), 12, Set.of("to"));
        if (to >= 0 && t.findAfter(to + 1, 3, Set.of("china", "chinese")) >= 0) {
            return Optional.of(tr.withType(IncidentType.DETENTION));
        }
        return tr.end() - tr.head() > 1 || to >= 0 && towardNorth(t, to) ? Optional.of(tr) : Optional.empty();
    }

    /** "were moved", "have been quietly transferred": a participle right after a form of "be". */
    private static boolean passive(Tokens t, int head) {
        if (t.lower(head).endsWith("ing")) {
            return false;
        }
        Set<String> be = Set.of("be", "was", "were", "been", "being", "is", "are", "get", "got");
        int i = head - 1;
        while (i >= 0 && head - i <= 3 && (t.pos(i).equals("ADV") || t.lower(i).equals("since"))) {
            i--;
        }
        return t.isWord(i, be);
    }

    private static Optional<Trigger> returnVerb(Tokens t, Trigger tr) {
        boolean passive = passive(t, tr.head());
        boolean forced = t.findBefore(tr.head(), 2, Set.of("forcibly", "forcefully", "forced")) >= 0;
        boolean toNorth = towardNorth(t, t.findAfter(tr.end(), 9, Set.of("to", "across")));
        boolean them = t.isWord(tr.end(), Set.of("them", "him", "her"));
        return (passive || forced || toNorth || them) && !t.lower(tr.end()).equals("home") ? Optional.of(tr)
                : Optional.empty();
    }

    private static Optional<Trigger> returnNoun(Tokens t, Trigger tr) {
        boolean forced = t.isWord(tr.head() - 1, Set.of("forced", "forcible", "first", "latest", "mass"));
        return forced || t.lower(tr.end()).equals("of") ? Optional.of(tr) : Optional.empty();
    }

    private static boolean towardNorth(Tokens t, int to) {
        return to >= 0 && t.findAfter(to + 1, 5, NORTH) >= 0;
    }

    private static Optional<Trigger> crossing(Tokens t, Trigger tr, String lemma) {
        return switch (lemma) {
            case "cross" -> t.findAfter(tr.end(), 3, BORDERS) >= 0 ? Optional.of(tr) : Optional.empty();
            case "flee" -> flee(t, tr);
            case "reach", "enter" -> t.findAfter(tr.end(), 3, ABROAD) >= 0 || t.isCapitalized(tr.end())
                    ? Optional.of(tr) : Optional.empty();
            case "defect", "defection" -> Optional.of(tr);
            default -> Optional.of(tr);
        };
    }

    private static Optional<Trigger> flee(Tokens t, Trigger tr) {
        if (t.lower(tr.end()).equals("back")) {
            return Optional.empty();
        }
        if (t.lower(tr.end()).equals("before")) {
            return Optional.of(tr.withType(IncidentType.ESCAPE));
        }
        return t.findAfter(tr.end(), 4, Set.of("to", "into", "across", "over", "from", "north", "country",
                "korea", "china")) >= 0 ? Optional.of(tr) : Optional.empty();
    }

    private static Optional<Trigger> punishment(Tokens t, Trigger tr, String lemma) {
        return switch (lemma) {
            case "question", "interrogate" -> t.anywhere(Set.of("chinese", "china"))
                    && t.findAfter(tr.end(), 6, KP_AGENTS) < 0 && t.findBefore(tr.head(), 6, KP_AGENTS) < 0
                    ? Optional.empty() : Optional.of(tr);
            case "term" -> t.findBefore(tr.head(), 2, Set.of("year", "prison", "jail", "life")) >= 0
                    || t.lower(tr.head() - 1).endsWith("-year") ? Optional.of(tr) : Optional.empty();
            case "send", "sent" -> t.findAfter(tr.head(), 8, PRISON_CAMPS) >= 0 ? Optional.of(tr) : Optional.empty();
            case "sentence" -> t.lower(tr.head() - 1).equals("served") ? Optional.empty() : Optional.of(tr);
            default -> Optional.of(tr);
        };
    }
}
