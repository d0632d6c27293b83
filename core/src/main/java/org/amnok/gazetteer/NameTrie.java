package org.amnok.gazetteer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A character trie over folded keys: the matcher walks it one text character at a time, so finding every name in
 * a sentence costs a few steps per word whatever the gazetteer's size. Immutable and thread-safe once built.
 */
final class NameTrie {
    private final Node root;
    private final int depth;

    private NameTrie(Node root, int depth) {
        this.root = root;
        this.depth = depth;
    }

    /** A trie holding each key's spellings. */
    static NameTrie of(Map<String, List<Alias>> byKey) {
        Builder root = new Builder();
        int depth = 0;
        for (Map.Entry<String, List<Alias>> e : byKey.entrySet()) {
            root.add(e.getKey(), 0, e.getValue());
            depth = Math.max(depth, e.getKey().length());
        }
        return new NameTrie(root.freeze(), depth);
    }

    Node root() {
        return root;
    }

    /** Length of the longest key. */
    int depth() {
        return depth;
    }

    /** The spellings stored under {@code key}, or an empty list. */
    List<Alias> lookup(String key) {
        Node node = root;
        for (int i = 0; i < key.length() && node != null; i++) {
            node = node.child(key.charAt(i));
        }
        return node == null ? List.of() : node.aliases();
    }

    /** A trie node: the spellings of the key that ends here (often none) and the ways on. */
    static final class Node {
        private final char[] labels;
        private final Node[] children;
        private final List<Alias> aliases;

        private Node(char[] labels, Node[] children, List<Alias> aliases) {
            this.labels = labels;
            this.children = children;
            this.aliases = aliases;
        }

        /** The node after {@code c}, or null. */
        Node child(char c) {
            int lo = 0;
            int hi = labels.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (labels[mid] < c) {
                    lo = mid + 1;
                } else if (labels[mid] > c) {
                    hi = mid - 1;
                } else {
                    return children[mid];
                }
            }
            return null;
        }

        /** Spellings of the key ending here; empty when no key ends here. */
        List<Alias> aliases() {
            return aliases;
        }
    }

    private static final class Builder {
        private final TreeMap<Character, Builder> children = new TreeMap<>();
        private List<Alias> aliases = List.of();

        void add(String key, int at, List<Alias> values) {
            if (at == key.length()) {
                aliases = List.copyOf(values);
                return;
            }
            children.computeIfAbsent(key.charAt(at), c -> new Builder()).add(key, at + 1, values);
        }

        Node freeze() {
            char[] labels = new char[children.size()];
            Node[] nodes = new Node[children.size()];
            int i = 0;
            for (Map.Entry<Character, Builder> e : children.entrySet()) {
                labels[i] = e.getKey();
                nodes[i++] = e.getValue().freeze();
            }
            return new Node(labels, nodes, aliases);
        }
    }
}
