package org.communique.importer.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a list of words a text contains, anywhere in it, found in one pass over the text (an Aho-Corasick
 * automaton): each character moves the automaton once, where walking a trie from every position of the text
 * moved it up to a word's length at each. The characters that no word holds all lead back to the start, so the
 * automaton's table has a column only for the characters the words hold.
 */
final class WordAutomaton {

    /**
     * The column of each character up to the highest one a word holds, that of its folding (see
     * {@link LiteralScreen#fold}): 0 for a character whose folding no word holds.
     */
    private final char[] columns;
    private final int width;
    /**
     * The state each state goes to on each column, column by column (the moves of all states on one column lie
     * together). The states are numbered breadth first: a text keeps the automaton near the start most of the
     * time (five moves in six end in the first 256 states on the article pages), so the moves a text makes lie in
     * a few short stretches of each column it uses, which the processor's caches keep. Numbered as the trie was
     * made, and a state's row of moves together, a line's walk missed the caches at almost every character. A
     * state's number is a {@code char}, which halves the table.
     */
    private final char[] moves;
    /** The words (ids) that end at each state, itself or as a suffix, or {@code null} when none do. */
    private final int[][] ending;
    /** The states at which a word ends, as bits: far smaller than {@link #ending}, and asked at every character. */
    private final long[] endingStates;
    private final int wordCount;

    /**
     * An automaton of the words, word {@code i} having id {@code i}; an empty word is never found, nor one that
     * {@link LiteralScreen#fold folding} would change, since a folded text cannot hold it.
     */
    WordAutomaton(List<String> words) {
        this.wordCount = words.size();
        char highest = 0;
        for (String word : words) {
            for (int i = 0; i < word.length(); i++) {
                highest = (char) Math.max(highest, word.charAt(i));
            }
        }
        this.columns = new char[highest + 1];
        int used = 1;
        for (String word : words) {
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (columns[c] == 0) {
                    columns[c] = (char) used++;
                }
            }
        }
        this.width = used;
        for (int c = 0; c < columns.length; c++) {
            char folded = folded((char) c);
            if (folded != c) {
                columns[c] = folded < columns.length ? columns[folded] : 0; // read as its folding
            }
        }

        // the trie of the words: the children of each state by column, and the words ending at each state
        List<Map<Integer, Integer>> children = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        children.add(new HashMap<>());
        ends.add(new ArrayList<>());
        for (int id = 0; id < words.size(); id++) {
            String word = words.get(id);
            if (word.isEmpty() || !isFolded(word)) {
                continue; // a folded text holds no such word
            }
            int state = 0;
            for (int i = 0; i < word.length(); i++) {
                int column = columns[word.charAt(i)];
                Integer next = children.get(state).get(column);
                if (next == null) {
                    next = children.size();
                    children.add(new HashMap<>());
                    ends.add(new ArrayList<>());
                    children.get(state).put(column, next);
                }
                state = next;
            }
            ends.get(state).add(id);
        }

        // breadth first: each state's fallback (its longest proper suffix that is a state) and its moves
        int states = children.size();
        int[] moves = new int[states * width];
        int[][] ending = new int[states][];
        int[] fallback = new int[states];
        int[] breadthFirst = new int[states]; // the states in the order the queue gave them
        int visited = 1;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (Map.Entry<Integer, Integer> child : children.get(0).entrySet()) {
            moves[child.getKey()] = child.getValue();
            queue.add(child.getValue());
        }
        ending[0] = null;
        while (!queue.isEmpty()) {
            int state = queue.poll();
            breadthFirst[visited++] = state;
            List<Integer> found = new ArrayList<>(ends.get(state));
            if (ending[fallback[state]] != null) {
                for (int id : ending[fallback[state]]) {
                    found.add(id);
                }
            }
            ending[state] = found.isEmpty() ? null : found.stream().mapToInt(Integer::intValue).toArray();
            for (int column = 0; column < width; column++) {
                Integer child = children.get(state).get(column);
                int viaFallback = moves[fallback[state] * width + column];
                if (child == null) {
                    moves[state * width + column] = viaFallback;
                } else {
                    moves[state * width + column] = child;
                    fallback[child] = viaFallback;
                    queue.add(child);
                }
            }
        }

        // the same automaton with its states numbered breadth first
        int[] number = new int[states];
        for (int i = 0; i < states; i++) {
            number[breadthFirst[i]] = i;
        }
        if (states > Character.MAX_VALUE + 1) {
            throw new IllegalArgumentException("too many words for one automaton: " + states + " states");
        }
        this.moves = new char[states * width];
        this.ending = new int[states][];
        this.endingStates = new long[(states + 63) >>> 6];
        for (int state = 0; state < states; state++) {
            int renumbered = number[state];
            for (int column = 0; column < width; column++) {
                this.moves[column * states + renumbered] = (char) number[moves[state * width + column]];
            }
            this.ending[renumbered] = ending[state];
            if (ending[state] != null) {
                endingStates[renumbered >>> 6] |= 1L << renumbered;
            }
        }
    }

    /**
     * Which of the words the {@link LiteralScreen#fold folding} of the text contains: a set of their ids, bit
     * {@code id % 64} of word {@code id / 64} (see {@link #holds}). The text is folded as it is read.
     */
    long[] present(String text) {
        long[] present = new long[(wordCount + 63) >>> 6];
        read(text, present);
        return present;
    }

    /**
     * Whether the {@link LiteralScreen#fold folding} of the text contains any of the words: {@link #present}, stopping
     * at the first.
     */
    boolean anyPresent(String text) {
        return read(text, null);
    }

    /**
     * Reads the text, folding it, through the automaton: puts the id of every word found into {@code present}, or,
     * without a set, stops at the first word found. Whether any was.
     */
    private boolean read(String text, long[] present) {
        char[] columns = this.columns;
        char[] moves = this.moves;
        int states = ending.length;
        int state = 0;
        boolean found = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int column = c < columns.length ? columns[c] : foldedColumn(c);
            state = moves[column * states + state];
            if ((endingStates[state >>> 6] & (1L << state)) != 0) { // a state where a word ends
                if (present == null) {
                    return true;
                }
                for (int id : ending[state]) {
                    present[id >>> 6] |= 1L << id;
                }
                found = true;
            }
        }
        return found;
    }

    /** Whether a set of ids that {@link #present} made holds the id. */
    static boolean holds(long[] present, int id) {
        return (present[id >>> 6] & (1L << id)) != 0;
    }

    /** The column of a character above the table: that of its folding, when the folding is in the table. */
    private char foldedColumn(char c) {
        char folded = folded(c);
        return folded < columns.length ? columns[folded] : 0;
    }

    private static boolean isFolded(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (folded(word.charAt(i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A character as {@link LiteralScreen#fold} folds it. */
    private static char folded(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        int folded = Character.toLowerCase(Character.toUpperCase((int) c));
        return folded < 128 ? (char) folded : c;
    }

    int states() {
        return ending.length;
    }

    @Override
    public String toString() {
        return "WordAutomaton[" + wordCount + " words, " + states() + " states, " + width + " columns, table up to U+"
                + Integer.toHexString(columns.length - 1) + "]";
    }
}
