package org.communique.importer.extraction;

import java.util.Arrays;

/**
 * A node of a trie over characters, for the word lists walked character by character from every position of a
 * text. A node keeps the characters that carry on from it in an array, searched in turn (most nodes have one or
 * two), and a node that many characters carry on from (most are near the root) also keeps them in a table by ASCII
 * character, so that those are looked up at once: boxing each character to look it up in a map cost more than the
 * walk. What a node means (a word ends here, and which) is its subclass's.
 *
 * @param <N> the subclass, which the children are
 */
abstract class CharTrie<N extends CharTrie<N>> {

    private static final int MANY = 6;

    private char[] characters = new char[0];
    private Object[] next = new Object[0];
    private Object[] byAscii;

    /** A new child node. */
    protected abstract N newNode();

    /** The node that {@code c} leads to, or {@code null}. */
    @SuppressWarnings("unchecked")
    final N next(char c) {
        if (byAscii != null && c < 128) {
            return (N) byAscii[c];
        }
        for (int i = 0; i < characters.length; i++) {
            if (characters[i] == c) {
                return (N) next[i];
            }
        }
        return null;
    }

    /** The node that {@code c} leads to, made when there is none yet. */
    final N add(char c) {
        N existing = next(c);
        if (existing != null) {
            return existing;
        }
        characters = Arrays.copyOf(characters, characters.length + 1);
        next = Arrays.copyOf(next, next.length + 1);
        characters[characters.length - 1] = c;
        N added = newNode();
        next[next.length - 1] = added;
        if (characters.length >= MANY) {
            byAscii = new Object[128];
            for (int i = 0; i < characters.length; i++) {
                if (characters[i] < 128) {
                    byAscii[characters[i]] = next[i];
                }
            }
        }
        return added;
    }
}
