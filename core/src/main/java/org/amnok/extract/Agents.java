package org.amnok.extract;

import java.util.Set;
import org.amnok.incident.Agent;
import org.amnok.incident.IncidentType;

/**
 * Who acted on the people: the authority named nearest the trigger ("by Chinese police", "North Korean
 * border guards", "Laotian authorities"), else the usual actor for the type and country. Stateless.
 */
final class Agents {
    private static final Set<String> FORCES = Set.of("police", "authorities", "authority", "officers", "officials",
            "security", "patrol", "patrols", "guards", "guard", "troops", "forces", "government", "bureau",
            "ministry", "agents", "soldiers", "army", "military", "court", "courts", "boat");
    private static final Set<String> CHINA = Set.of("chinese", "china", "beijing", "china's");
    private static final Set<String> NORTH = Set.of("pyongyang", "mss", "nsa", "ssd", "bowibu", "regime");
    private static final Set<String> OTHERS = Set.of("laotian", "laos", "vietnamese", "vietnam", "thai",
            "thailand", "mongolian", "russian", "cambodian", "burmese", "lao");

    /** An authority further than this many words from the trigger acts in another clause. */
    private static final int MAX_DISTANCE = 12;

    private Agents() {
    }

    /** The explicit agent nearest token {@code head}, skipping tokens of the victims' mention, or null. */
    static Agent explicit(Reading r, Draft d) {
        Tokens t = r.tokens();
        boolean handing = d.type == IncidentType.REPATRIATION || d.type == IncidentType.RELEASE;
        if (handing && t.isWord(0, OTHERS) && t.pos(0).equals("PROPN")) {
            return Agent.OTHER; // "Laos is facing criticism over its decision to hand nine defectors to Pyongyang"
        }
        Agent best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < t.size(); i++) {
            if (insideVictims(r, d, i)) {
                continue;
            }
            // "returned them to the government they had escaped": who receives a return does not act.
            boolean receiver = d.type == IncidentType.REPATRIATION && (t.lower(i - 1).equals("to")
                    || t.lower(i - 2).equals("to") && t.lower(i - 1).equals("the"));
            Agent a = receiver ? null : agentAt(t, i, d.type);
            int distance = Math.abs(i - d.head);
            if (a != null && distance < bestDistance && distance <= MAX_DISTANCE) {
                best = a;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean insideVictims(Reading r, Draft d, int i) {
        return d.mention != null && d.mention.span().contains(r.sentence().tokens().get(i).span());
    }

    private static Agent agentAt(Tokens t, int i, IncidentType type) {
        boolean government = t.isWord(i, NORTH) || t.lower(i).equals("north") && t.lower(i + 1).equals("korea")
                && (t.pos(i + 2).equals("AUX") || t.pos(i + 2).equals("VERB") || t.lower(i + 2).equals("'s"));
        // Pyongyang receives a return ("handed over to Pyongyang"); its forces may still act ("NSA agents").
        if (government && (type != IncidentType.REPATRIATION || t.findAfter(i + 1, 2, FORCES) >= 0)) {
            return Agent.KP_AUTHORITIES;
        }
        boolean china = t.lower(i).equals("china") || t.lower(i).equals("beijing");
        if (china && (t.pos(i + 1).equals("AUX") || t.pos(i + 1).equals("VERB") || t.lower(i - 1).equals("by"))) {
            return Agent.CN_AUTHORITIES; // "China returned", "returns of North Koreans by China"
        }
        if (!t.isWord(i, FORCES)) {
            return null;
        }
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (t.isWord(k, CHINA)) {
                return Agent.CN_AUTHORITIES;
            }
            if (t.lower(k).equals("korean") && t.lower(k - 1).equals("north") || t.isWord(k, NORTH)) {
                return Agent.KP_AUTHORITIES;
            }
            if (t.isWord(k, OTHERS)) {
                return Agent.OTHER;
            }
        }
        return null;
    }

    /** The usual actor when the text names none, from the type and the country where it happened. */
    static Agent byDefault(IncidentType type, String country) {
        if (type == IncidentType.CROSSING || type == IncidentType.MEASURE) {
            return null;
        }
        if ("KP".equals(country)) {
            return type == IncidentType.REPATRIATION ? Agent.CN_AUTHORITIES : Agent.KP_AUTHORITIES;
        }
        if (country != null && !"CN".equals(country)) {
            return Agent.OTHER;
        }
        return switch (type) {
            case PUNISHMENT -> "CN".equals(country) ? Agent.CN_AUTHORITIES : Agent.KP_AUTHORITIES;
            case VIOLENCE, ESCAPE -> null;
            default -> Agent.CN_AUTHORITIES;
        };
    }
}
