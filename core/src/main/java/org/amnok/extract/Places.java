package org.amnok.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amnok.gazetteer.Gazetteer;
import org.amnok.gazetteer.Place;
import org.amnok.gazetteer.PlaceKind;
import org.amnok.gazetteer.PlaceMention;
import org.amnok.incident.IncidentType;

/**
 * Picks an incident's place from the place names near its trigger: the most precise named place where it
 * happened (a port, bridge or dam before a city, a city before a river, a river before a province), never the
 * country people were returned to. Stateless.
 */
final class Places {
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "from", "to", "via", "across",
            "over", "into", "through", "outside", "around", "toward", "towards", "inside", "between", "along",
            "on", "off", "within", "by");
    private static final Set<String> FACILITY_WORDS = Set.of("center", "centre", "centers", "centres",
            "facility", "facilities", "prison", "prisons", "camp", "camps", "lockup", "jail", "motel", "safehouse",
            "safehouses", "house", "station", "office", "embassy", "consulate", "airport", "hotel", "church");

    /** Words between a locative and its place: "in the Chinese border town of". */
    private static final Set<String> LOCATIVE_FILLER = Set.of("the", "a", "city", "town", "county", "province", "of",
            "border", "chinese", "north", "south", "northern", "southern", "eastern", "western", "northeastern",
            "northeast", "southwestern", "korean", "neighbouring", "neighboring", "nearby", "port", "area", ",");
    private static final Set<String> INSIDE = Set.of("in", "at", "near", "outside", "inside", "around");
    private static final Set<String> INSIDE_FILLER = Set.of("the", "a", "city", "town", "county", "of", "village");

    private Places() {
    }

    /** Sets {@code d}'s place, country and facility from {@code mentions} (all near its trigger). */
    static void apply(Reading r, Draft d, List<PlaceMention> mentions) {
        d.placeMentions = List.copyOf(mentions);
        d.place = null;
        List<PlaceMention> candidates = new ArrayList<>();
        for (PlaceMention p : mentions) {
            if (inRelativeClause(r, d, p)) {
                continue;
            }
            if (p.place().kind() == PlaceKind.FACILITY) {
                d.facility = p.place().name();
            } else if (p.place().kind() == PlaceKind.CUSTOMS) {
                // "the customs office in Dandong": the post is a facility of the city it stands in.
                d.facility = p.place().name();
                cityOf(p.place()).ifPresent(city -> candidates.add(new PlaceMention(p.span(), city, false)));
            } else if (!destination(r, d, p) && (located(r, p) || p.place().kind() == PlaceKind.COUNTRY)) {
                candidates.add(p);
            }
        }
        candidates.stream().filter(p -> p.place().kind() == PlaceKind.COUNTRY).findFirst()
                .ifPresent(p -> d.country = p.place().country());
        List<PlaceMention> named = candidates.stream().filter(p -> !p.adjective()
                && p.place().kind() != PlaceKind.COUNTRY && fits(r, d, p)).toList();
        if (d.type == IncidentType.DETENTION) {
            // "The 13 held in Kunming were moved to Dandong": where they are now is named after the verb.
            List<PlaceMention> after = named.stream().filter(p -> r.tokenAt(p.span()) > d.head).toList();
            named = after.isEmpty() ? named : after;
        }
        if (named.isEmpty()) {
            frontier(r, d);
            return;
        }
        int best = named.stream().mapToInt(p -> rank(p.place())).min().orElseThrow();
        List<Place> top = named.stream().filter(p -> rank(p.place()) == best).map(PlaceMention::place)
                .distinct().toList();
        Place chosen = top.get(0);
        d.country = chosen.country();
        // "in Yanji and Dandong": two places of one rank name no single place.
        boolean single = (top.size() == 1 || conjoinedWithin(chosen, top))
                && named.stream().noneMatch(p -> conjoined(r, p));
        d.place = single ? chosen : null;
        d.facility = d.facility != null ? d.facility : facility(r, d);
    }

    /**
     * A place where something happened follows a locative word ("in Dandong", "near the Chinese city of
     * Tumen", "across the Yalu") or is a river, bridge, port or dam; a bare name is a government
     * ("Pyongyang refused"), an event ("the Hangzhou Asian Games") or a modifier ("a Seoul-based group").
     */
    private static boolean located(Reading r, PlaceMention p) {
        PlaceKind kind = p.place().kind();
        if (kind == PlaceKind.RIVER || kind == PlaceKind.BRIDGE || kind == PlaceKind.PORT || kind == PlaceKind.DAM
                || kind == PlaceKind.BORDER || kind == PlaceKind.CUSTOMS) {
            return true;
        }
        return locative(r, p) != null;
    }

    /** The locative word that places {@code p} ("in", "from the city of"), or null when none does. */
    private static String locative(Reading r, PlaceMention p) {
        return governing(r, p, LOCATIVES, LOCATIVE_FILLER, 6); // "in the Chinese border town of Tumen"
    }

    /** "in Changbai", "at a house near the town of Tumen": a place something was in, not one acted on. */
    private static boolean inside(Reading r, PlaceMention p) {
        return governing(r, p, INSIDE, INSIDE_FILLER, 4) != null;
    }

    /**
     * The first of {@code words} within {@code reach} tokens before {@code p}, over nothing but {@code filler},
     * proper nouns and adjectives; null when another word comes first.
     */
    private static String governing(Reading r, PlaceMention p, Set<String> words, Set<String> filler, int reach) {
        Tokens t = r.tokens();
        int at = r.tokenAt(p.span());
        for (int i = at - 1; i >= 0 && i >= at - reach; i--) {
            if (t.isWord(i, words)) {
                return t.lower(i);
            }
            if (!t.isWord(i, filler) && !t.pos(i).equals("PROPN") && !t.pos(i).equals("ADJ")) {
                return null;
            }
        }
        return null;
    }

    private static boolean conjoinedWithin(Place first, List<Place> top) {
        return top.stream().allMatch(p -> p.equals(first));
    }

    /**
     * "Two laborers who were working at a company in Sinuiju were arrested": a place in a relative clause
     * of the people, before the verb, says who they are, not where it happened.
     */
    private static boolean inRelativeClause(Reading r, Draft d, PlaceMention p) {
        int at = r.tokenAt(p.span());
        if (at > d.head || d.mention == null) {
            return false;
        }
        Tokens t = r.tokens();
        int from = r.tokenEnd(d.mention.span());
        if (from < at && t.pos(from).equals("VERB") && Linker.reducedRelative(t, from)) {
            return true; // "a woman held at the center in Onsong made another attempt to flee"
        }
        for (int i = from; i < at; i++) {
            if (t.isWord(i, Set.of("who", "which", "whom", "whose"))) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<Place> cityOf(Place post) {
        String name = post.name().replaceAll("(?i)\\s+(customs|port|border crossing|crossing).*$", "");
        return Gazetteer.shared().find(name).filter(p -> p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.COUNTY);
    }

    /**
     * "in Yanji and Dandong", "Shandong and Yunnan provinces", "in Yanji and in Tumen": a place joined to
     * another names no single place, even when the gazetteer missed the other one.
     */
    private static boolean conjoined(Reading r, PlaceMention p) {
        Tokens t = r.tokens();
        int end = r.tokenEnd(p.span());
        int before = r.tokenAt(p.span()) - 1;
        boolean joinsNext = t.lower(end).equals("and") && (t.isCapitalized(end + 1) || t.lower(end + 1).equals("in")
                || t.lower(end + 1).equals("other")); // "in Changchun and other places"
        boolean joinsPrevious = t.lower(before).equals("and") && t.isCapitalized(before - 1);
        return joinsNext || joinsPrevious;
    }

    /**
     * An arrest or a detention happened where the people were, not where they came from ("travelled from
     * Shenyang"); a measure holds along a border or river, not in the city a virus came from.
     */
    private static boolean fits(Reading r, Draft d, PlaceMention p) {
        PlaceKind kind = p.place().kind();
        if (d.type == IncidentType.MEASURE) {
            return kind == PlaceKind.RIVER || kind == PlaceKind.BORDER || kind == PlaceKind.DAM
                    || kind == PlaceKind.BRIDGE;
        }
        boolean from = "from".equals(locative(r, p)); // "travelled from the city of Shenyang"
        return !from || d.type == IncidentType.CROSSING || d.type == IncidentType.REPATRIATION;
    }

    /**
     * The one place a sentence says something happened at ("hiding in a house in Changbai"): a located town,
     * county, river, bridge, port or dam, not a speaker's home ("a source in Dandong"); empty when none or two.
     */
    static java.util.Optional<Place> scene(Reading r) {
        List<Place> located = r.places().stream()
                .filter(p -> !p.adjective() && rank(p.place()) <= 2 && p.place().kind() != PlaceKind.BORDER
                        && inside(r, p)
                        && !Linker.attribution(r.tokens(), r.tokenAt(p.span())) && !conjoined(r, p))
                .map(PlaceMention::place).distinct().toList();
        return located.size() == 1 ? java.util.Optional.of(located.get(0)) : java.util.Optional.empty();
    }

    /**
     * "installed fences along the border", "enters the border area": a measure at "the border" of a report on
     * North Koreans in China is at the China-North Korea border; "its border", or a border with a third
     * country, names no frontier.
     */
    private static void frontier(Reading r, Draft d) {
        Tokens t = r.tokens();
        boolean third = r.places().stream().anyMatch(p -> p.place().country() != null
                && !Set.of("CN", "KP").contains(p.place().country()));
        for (int i = 1; i < t.size() && d.type == IncidentType.MEASURE && !third; i++) {
            if (t.lower(i).equals("border") && t.lower(i - 1).equals("the")) {
                Gazetteer.shared().find("China-North Korea border").ifPresent(p -> d.place = p);
                return;
            }
        }
    }

    /** Lower is more precise. */
    static int rank(Place p) {
        return switch (p.kind()) {
            case BRIDGE, PORT, DAM, CUSTOMS, FACILITY -> 0;
            case CITY, COUNTY -> 1;
            case RIVER, BORDER -> 2;
            case PROVINCE -> 3;
            case COUNTRY -> 4;
        };
    }

    /** "returned to North Korea", "sent back to the North": the destination of a return is not its place. */
    private static boolean destination(Reading r, Draft d, PlaceMention p) {
        boolean transfer = d.type == IncidentType.DETENTION && d.status != org.amnok.incident.Status.OCCURRED;
        if (d.type != IncidentType.REPATRIATION && d.type != IncidentType.CROSSING && !transfer) {
            return false;
        }
        Tokens t = r.tokens();
        int at = r.tokenAt(p.span());
        boolean to = t.isWord(at - 1, Set.of("to", "into", "toward", "towards"))
                || t.isWord(at - 2, Set.of("to", "into", "toward", "towards")) && t.lower(at - 1).equals("the");
        boolean country = p.place().kind() == PlaceKind.COUNTRY;
        return to && (country || transfer || d.type == IncidentType.REPATRIATION && "KP".equals(p.place().country()));
    }

    /** The facility word near the trigger as written ("detention center", "motel"), or null. */
    private static String facility(Reading r, Draft d) {
        Tokens t = r.tokens();
        for (int i = d.head; i < t.size() && i < d.head + 14; i++) {
            if (t.isWord(i, FACILITY_WORDS) && t.pos(i).equals("NOUN")) {
                int start = i;
                while (start > d.head && (t.pos(start - 1).equals("NOUN") || t.pos(start - 1).equals("PROPN"))) {
                    start--;
                }
                return r.text(new org.amnok.incident.Span(t.get(start).span().start(), t.get(i).span().end()));
            }
        }
        return null;
    }
}
