package org.amnok.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amnok.text.Token;

/** Look-around helpers over a sentence's tokens, bounded by clause breaks. Stateless. */
final class Tokens {
    private final List<Token> tokens;

    Tokens(List<Token> tokens) {
        this.tokens = tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    String lemma(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lemma() : "";
    }

    String lower(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word().toLowerCase(Locale.ROOT) : "";
    }

    String pos(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
    }

    boolean isWord(int i, Set<String> words) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        if (words.contains(lemma(i)) || words.contains(lower(i))) {
            return true;
        }
        if (!pos(i).equals("VERB")) {
            return false;
        }
        for (String form : Morph.forms(lower(i))) {
            if (words.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /** The cue-matching base form: the lemmatizer's, unless suffix rules find one in {@code known}. */
    String base(int i, Set<String> known) {
        for (String form : Morph.forms(lower(i))) {
            if (known.contains(form)) {
                return form;
            }
        }
        return lemma(i);
    }

    /** First index in {@code (from - reach) .. from-1}, scanning leftwards, whose word is in {@code words}. */
    int findBefore(int from, int reach, Set<String> words) {
        for (int i = from - 1; i >= 0 && i >= from - reach; i--) {
            if (isBreak(i)) {
                return -1;
            }
            if (isWord(i, words)) {
                return i;
            }
        }
        return -1;
    }

    /** First index in {@code from .. from+reach-1} whose word is in {@code words}, stopping at a clause break. */
    int findAfter(int from, int reach, Set<String> words) {
        for (int i = from; i < tokens.size() && i < from + reach; i++) {
            if (isBreak(i)) {
                return -1;
            }
            if (isWord(i, words)) {
                return i;
            }
        }
        return -1;
    }

    /** True when some token in the whole sentence has one of {@code words} as word or lemma. */
    boolean anywhere(Set<String> words) {
        for (int i = 0; i < tokens.size(); i++) {
            if (isWord(i, words)) {
                return true;
            }
        }
        return false;
    }

    boolean isBreak(int i) {
        String w = lower(i);
        return w.equals(";") || w.equals("but") || w.equals("while") || w.equals("whereas");
    }

    boolean isComma(int i) {
        return lower(i).equals(",");
    }

    boolean isCapitalized(int i) {
        String w = i >= 0 && i < tokens.size() ? tokens.get(i).word() : "";
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }
}
