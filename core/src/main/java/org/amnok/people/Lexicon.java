package org.amnok.people;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amnok.incident.Group;

/**
 * The nouns that name people and the modifiers that say who they are. Immutable and thread-safe.
 *
 * <p>Only people who can be the subject of an incident are here: authorities who act on them (police, officials,
 * agents) are not, nor are sources.
 */
final class Lexicon {
    /** Sex a word states. */
    enum Sex { FEMALE, MALE }

    /** How a noun names people, beyond its group. */
    enum Role {
        /** Any person noun. */
        PERSON,
        /** Defector, escapee, refugee: North Korean unless said otherwise. */
        DEFECTOR,
        /** Worker, laborer, staff: WORKERS only when the text says they work abroad for the state. */
        WORKER,
        /** "Korean(s)", a head only after "North" or "South". */
        KOREAN,
        /** "rest", "remainder": a head only after "the". */
        REST
    }

    /**
     * What a people noun says.
     *
     * @param plural the form names more than one
     * @param collective one noun for several people ("group", "family", "pair"): singular yet not one person
     * @param size how many a collective always is ("pair" 2), or {@code null}
     * @param sex stated sex, or {@code null}
     * @param minor the noun names children
     * @param group the group it suggests, or {@code null}
     * @param role how it is read
     */
    record Noun(boolean plural, boolean collective, Integer size, Sex sex, boolean minor, Group group, Role role) {
    }

    /** Columns: singular, plural ("-" none), group ("-" none), role, sex (F, M, -), flags (c collective, m minor). */
    private static final String NOUNS = """
            defector defectors DEFECTORS DEFECTOR - -
            escapee escapees DEFECTORS DEFECTOR - -
            escaper escapers DEFECTORS DEFECTOR - -
            refugee refugees DEFECTORS DEFECTOR - -
            returnee returnees DEFECTORS PERSON - -
            deportee deportees DEFECTORS PERSON - -
            detainee detainees DEFECTORS PERSON - -
            crosser crossers DEFECTORS PERSON - -
            seeker seekers DEFECTORS PERSON - -
            fugitive fugitives DEFECTORS PERSON - -
            prisoner prisoners - PERSON - -
            inmate inmates - PERSON - -
            person persons - PERSON - -
            - people - PERSON - -
            individual individuals - PERSON - -
            man men - PERSON M -
            woman women - PERSON F -
            child children - PERSON - m
            kid kids - PERSON - m
            baby babies - PERSON - m
            infant infants - PERSON - m
            toddler toddlers - PERSON - m
            teenager teenagers - PERSON - m
            teen teens - PERSON - m
            minor minors - PERSON - m
            boy boys - PERSON M -
            girl girls - PERSON F -
            youth youths - PERSON - -
            adult adults - PERSON - -
            orphan orphans - PERSON - -
            student students - PERSON - -
            member members - PERSON - -
            citizen citizens - PERSON - -
            national nationals - PERSON - -
            resident residents - PERSON - -
            villager villagers - PERSON - -
            civilian civilians - PERSON - -
            relative relatives - PERSON - -
            cousin cousins - PERSON - -
            sibling siblings - PERSON - -
            parent parents - PERSON - -
            spouse spouses - PERSON - -
            suspect suspects - PERSON - -
            victim victims - PERSON - -
            brother brothers - PERSON M -
            sister sisters - PERSON F -
            mother mothers - PERSON F -
            father fathers - PERSON M -
            wife wives - PERSON F -
            husband husbands - PERSON M -
            son sons - PERSON M -
            daughter daughters - PERSON F -
            grandmother grandmothers - PERSON F -
            grandfather grandfathers - PERSON M -
            grandson grandsons - PERSON M -
            granddaughter granddaughters - PERSON F -
            aunt aunts - PERSON F -
            uncle uncles - PERSON M -
            nephew nephews - PERSON M -
            niece nieces - PERSON F -
            widow widows - PERSON F -
            - others - PERSON - -
            worker workers - WORKER - -
            laborer laborers - WORKER - -
            labourer labourers - WORKER - -
            employee employees - WORKER - -
            waitress waitresses - WORKER F -
            manager managers - WORKER - -
            staff - - WORKER - c
            soldier soldiers SOLDIERS PERSON - -
            guard guards SOLDIERS PERSON - -
            deserter deserters SOLDIERS PERSON - -
            - troops SOLDIERS PERSON - -
            pilot pilots SOLDIERS PERSON - -
            serviceman servicemen SOLDIERS PERSON M -
            captain captains - PERSON - -
            smuggler smugglers SMUGGLERS PERSON - -
            crewman crewmen SMUGGLERS PERSON - -
            crewmember crewmembers SMUGGLERS PERSON - -
            crew - SMUGGLERS PERSON - c
            sailor sailors - PERSON - -
            fisherman fishermen - PERSON M -
            trader traders - PERSON - -
            trafficker traffickers - PERSON - -
            broker brokers HELPERS PERSON - -
            guide guides HELPERS PERSON - -
            missionary missionaries HELPERS PERSON - -
            pastor pastors HELPERS PERSON - -
            activist activists HELPERS PERSON - -
            helper helpers HELPERS PERSON - -
            group - - PERSON - c
            family - - PERSON - c
            couple - - PERSON - c2
            pair - - PERSON - c2
            duo - - PERSON - c2
            trio - - PERSON - c3
            korean koreans - KOREAN - -
            - rest - REST - -
            - remainder - REST - -
            """;
    private static final Map<String, Noun> FORMS = forms();
    private static final Pattern AGE = Pattern.compile("([a-z0-9]+)-years?-(olds?)");
    private static final Pattern SIZE = Pattern.compile("([a-z0-9]+)-(member|person|strong)");

    /** Modifiers that state sex: "female defectors", "women workers". */
    private static final Map<String, Sex> SEX_MODIFIERS = Map.of("female", Sex.FEMALE, "women", Sex.FEMALE,
            "woman", Sex.FEMALE, "girl", Sex.FEMALE, "male", Sex.MALE, "men", Sex.MALE, "man", Sex.MALE,
            "boy", Sex.MALE);
    private static final Set<String> MINOR_MODIFIERS = Set.of("teenage", "underage", "minor", "juvenile", "child",
            "teen", "adolescent");
    private static final Map<String, Group> GROUP_MODIFIERS = Map.of("army", Group.SOLDIERS, "military",
            Group.SOLDIERS, "force", Group.SOLDIERS, "navy", Group.SOLDIERS, "naval", Group.SOLDIERS,
            "crew", Group.SMUGGLERS, "smuggling", Group.SMUGGLERS);
    /** Modifiers that make a worker one the state sent abroad: "restaurant workers", "dispatched laborers". */
    private static final Set<String> ABROAD_MODIFIERS = Set.of("restaurant", "dispatched", "overseas", "expatriate");
    private static final Set<String> OTHER_NATIONS = Set.of("vietnamese", "laotian", "lao", "thai", "russian",
            "mongolian", "cambodian", "burmese", "american", "japanese", "british", "canadian", "filipino",
            "kazakh", "uzbek", "french", "german", "australian", "european", "taiwanese");
    /** Words that count or determine and so end the modifiers in front of a noun. */
    private static final Set<String> QUANTITY_WORDS = Set.of("more", "other", "several", "many", "few", "numerous",
            "additional", "remaining", "further", "dozens", "hundreds", "thousands", "scores", "some", "most", "all",
            "both", "each", "every", "any", "no", "another", "single", "lone", "certain", "various", "multiple",
            "countless", "same", "last", "first", "only", "just", "dozen", "hundred", "thousand", "half");

    private Lexicon() {
    }

    private static Map<String, Noun> forms() {
        Map<String, Noun> out = new HashMap<>();
        NOUNS.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> add(out, line.split(" ")));
        return Map.copyOf(out);
    }

    private static void add(Map<String, Noun> out, String[] c) {
        Group group = c[2].equals("-") ? null : Group.valueOf(c[2]);
        Role role = Role.valueOf(c[3]);
        Sex sex = c[4].equals("F") ? Sex.FEMALE : c[4].equals("M") ? Sex.MALE : null;
        boolean collective = c[5].startsWith("c");
        Integer size = collective && c[5].length() > 1 ? Integer.valueOf(c[5].substring(1)) : null;
        boolean minor = c[5].equals("m");
        if (!c[0].equals("-")) {
            out.put(c[0], new Noun(false, collective, size, sex, minor, group, role));
        }
        if (!c[1].equals("-")) {
            out.put(c[1], new Noun(true, false, null, sex, minor, group, role));
        }
    }

    /** The people noun {@code lower} is, by its last hyphenated part too ("asylum-seekers"), or empty. */
    static Optional<Noun> noun(String lower) {
        Noun noun = FORMS.get(lower);
        int dash = lower.lastIndexOf('-');
        if (noun == null && dash > 0) {
            noun = FORMS.get(lower.substring(dash + 1));
        }
        return Optional.ofNullable(noun);
    }

    /** The age in "nine-year-old" or "24-year-olds", or empty. */
    static Optional<Integer> age(String lower) {
        Matcher m = AGE.matcher(lower);
        if (!m.matches()) {
            return Optional.empty();
        }
        var n = Numerals.word(m.group(1));
        return n.isPresent() && n.getAsInt() < 120 ? Optional.of(n.getAsInt()) : Optional.empty();
    }

    /** The size in "five-member" or "three-person", as in "a five-member family", or empty. */
    static Optional<Integer> size(String lower) {
        Matcher m = SIZE.matcher(lower);
        if (!m.matches()) {
            return Optional.empty();
        }
        var n = Numerals.word(m.group(1));
        return n.isPresent() && n.getAsInt() > 0 ? Optional.of(n.getAsInt()) : Optional.empty();
    }

    /** True when the age word names people ("a nine-year-old", "13-year-olds") rather than qualifying a noun. */
    static boolean agePlural(String lower) {
        return lower.endsWith("olds");
    }

    static Optional<Sex> sexModifier(String lower) {
        return Optional.ofNullable(SEX_MODIFIERS.get(lower));
    }

    static boolean minorModifier(String lower) {
        return MINOR_MODIFIERS.contains(lower);
    }

    static Optional<Group> groupModifier(String lower) {
        return Optional.ofNullable(GROUP_MODIFIERS.get(lower));
    }

    static boolean abroadModifier(String lower) {
        return ABROAD_MODIFIERS.contains(lower);
    }

    static boolean quantityWord(String lower) {
        return QUANTITY_WORDS.contains(lower);
    }

    /** The nationality one modifier states on its own ("Chinese", "Vietnamese"), or empty. */
    static Optional<Nationality> nationality(String lower) {
        if (lower.equals("chinese") || lower.equals("korean-chinese")) {
            return Optional.of(Nationality.CHINESE);
        }
        return OTHER_NATIONS.contains(lower) ? Optional.of(Nationality.OTHER) : Optional.empty();
    }
}
