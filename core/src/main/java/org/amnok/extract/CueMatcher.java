package org.amnok.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.amnok.text.Token;

/**
 * Finds the {@link Lexicon} cues in a sentence's tokens. Where matches overlap, the longer one wins.
 * Stateless and thread-safe: the index over first lemmas is built once.
 */
final class CueMatcher {
    /** Words a "~" may skip: enough for "sent more than 500 North Koreans back". */
    private static final int MAX_GAP = 6;
    private static final Map<String, List<Cue>> BY_FIRST = index();

    /** A cue matched at tokens {@code [start, end)}. */
    record Match(Cue cue, int start, int end) {
        int length() {
            return end - start;
        }
    }

    private CueMatcher() {
    }

    private static Map<String, List<Cue>> index() {
        Map<String, List<Cue>> byFirst = new HashMap<>();
        for (Cue cue : Lexicon.CUES) {
            for (String alt : cue.elements().get(0)) {
                byFirst.computeIfAbsent(alt, k -> new ArrayList<>()).add(cue);
            }
        }
        return byFirst;
    }

    /** Non-overlapping cue matches in {@code tokens}, in text order. */
    static List<Match> find(List<Token> tokens) {
        List<Match> all = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Cue cue : candidates(tokens.get(i))) {
                int end = match(cue, tokens, i);
                if (end > i && formFits(cue, tokens.get(i))) {
                    all.add(new Match(cue, i, end));
                }
            }
        }
        return longestFirst(all);
    }

    private static List<Cue> candidates(Token t) {
        Set<Cue> out = new LinkedHashSet<>(BY_FIRST.getOrDefault(t.lemma(), List.of()));
        for (String form : Morph.forms(t.word())) {
            out.addAll(BY_FIRST.getOrDefault(form, List.of()));
        }
        return List.copyOf(out);
    }

    /** End index of {@code cue} matched from token {@code start}, or -1. */
    private static int match(Cue cue, List<Token> tokens, int start) {
        int pos = start;
        boolean gap = false;
        for (List<String> element : cue.elements()) {
            if (element.equals(List.of("~"))) {
                gap = true;
                continue;
            }
            int found = findElement(element, tokens, pos, gap ? MAX_GAP : 0);
            if (found < 0) {
                return -1;
            }
            pos = found + 1;
            gap = false;
        }
        return pos;
    }

    private static int findElement(List<String> alternatives, List<Token> tokens, int from, int gap) {
        for (int i = from; i < tokens.size() && i <= from + gap; i++) {
            if (is(tokens.get(i), alternatives)) {
                return i;
            }
            if (isClauseBreak(tokens.get(i))) {
                return -1;
            }
        }
        return -1;
    }

    static boolean is(Token t, List<String> alternatives) {
        if (alternatives.contains(t.lemma()) || alternatives.contains(t.word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String form : Morph.forms(t.word())) {
            if (alternatives.contains(form)) {
                return true;
            }
        }
        return false;
    }

    static boolean isClauseBreak(Token t) {
        return t.word().equals(",") || t.word().equals(";") || t.word().equals(".");
    }

    private static boolean formFits(Cue cue, Token head) {
        String pos = head.pos();
        boolean capitalized = Character.isUpperCase(head.word().charAt(0));
        if ((pos.equals("PROPN") || capitalized && !pos.equals("NOUN")) && cue.form() != Cue.Form.NOUN) {
            return false; // "Radio Free Asia" frees nobody
        }
        return switch (cue.form()) {
            // The tagger often calls a participle after a noun ("people wading across") a noun.
            case VERB -> pos.equals("VERB") || pos.equals("AUX") || pos.equals("ADJ")
                    || head.word().endsWith("ing") || head.word().endsWith("ed") || irregular(cue, head);
            case NOUN -> pos.equals("NOUN") || pos.equals("PROPN");
            case ANY -> true;
        };
    }

    /** An irregular form the cue lists itself ("swam", "held"), which the tagger may call a noun. */
    private static boolean irregular(Cue cue, Token head) {
        String word = head.word().toLowerCase(Locale.ROOT);
        return cue.elements().get(0).size() > 1 && cue.elements().get(0).indexOf(word) > 0;
    }

    private static List<Match> longestFirst(List<Match> all) {
        List<Match> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::start));
        List<Match> kept = new ArrayList<>();
        for (Match m : sorted) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }
}
