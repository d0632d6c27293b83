package org.amnok.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amnok.incident.Span;

/**
 * Finds every stretch of a text whose folded form is a key of the trie, starting and ending on word boundaries,
 * with the capitals its spelling requires ("Tumen" yes, "tumen" no) and not right after a surname ("Xi Jinping").
 * Overlapping candidates are all returned; choosing among them is the caller's business. Stateless and
 * thread-safe: each call works on its own buffer.
 */
final class NameScanner {
    private final NameTrie trie;
    private final Set<String> surnames;

    NameScanner(NameTrie trie, Set<String> surnames) {
        this.trie = trie;
        this.surnames = Set.copyOf(surnames);
    }

    /** Candidates inside {@code within}, in order of their start. */
    List<Candidate> scan(String text, Span within) {
        List<Candidate> out = new ArrayList<>();
        int[] origin = new int[trie.depth() + 1];
        for (int i = within.start(); i < within.end(); i++) {
            if (Folding.isWord(text.charAt(i)) && (i == 0 || !Folding.isWord(text.charAt(i - 1)))) {
                walk(text, i, within.end(), origin, out);
            }
        }
        return out;
    }

    /** Follows the trie from {@code start}; {@code origin[k]} records where the key's k-th character came from. */
    private void walk(String text, int start, int end, int[] origin, List<Candidate> out) {
        NameTrie.Node node = trie.root();
        int pos = start;
        int k = 0;
        while (node != null && pos < end && k < origin.length) {
            char c = text.charAt(pos);
            if (Folding.isWord(c)) {
                node = node.child(Folding.fold(c));
                origin[k++] = pos++;
                if (node != null && !node.aliases().isEmpty() && (pos == end || !Folding.isWord(text.charAt(pos)))) {
                    accept(text, start, pos, node.aliases(), origin, out);
                }
            } else if (Folding.isJoiner(c) && pos + 1 < end && Folding.isWord(text.charAt(pos + 1))) {
                pos++;
            } else if (Folding.isSpace(c)) {
                int next = skipSpaces(text, pos, end);
                if (next == end || !Folding.isWord(text.charAt(next))) {
                    return;
                }
                node = node.child(Folding.SPACE);
                origin[k++] = pos;
                pos = next;
            } else {
                return;
            }
        }
    }

    private void accept(String text, int start, int end, List<Alias> aliases, int[] origin, List<Candidate> out) {
        if (afterSurname(text, start)) {
            return;
        }
        List<Alias> cased = new ArrayList<>(aliases.size());
        for (Alias a : aliases) {
            if (a.casedIn(text, origin)) {
                cased.add(a);
            }
        }
        if (!cased.isEmpty()) {
            out.add(new Candidate(start, end, cased));
        }
    }

    private static int skipSpaces(String text, int pos, int end) {
        int next = pos;
        while (next < end && Folding.isSpace(text.charAt(next))) {
            next++;
        }
        return next;
    }

    /** True when one space separates {@code start} from a capitalised surname: the name is a given name. */
    private boolean afterSurname(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ' || !Folding.isWord(text.charAt(start - 2))) {
            return false;
        }
        int from = start - 2;
        while (from > 0 && Folding.isWord(text.charAt(from - 1))) {
            from--;
        }
        return Character.isUpperCase(text.charAt(from)) && surnames.contains(Folding.key(text.substring(from,
                start - 1)));
    }
}
