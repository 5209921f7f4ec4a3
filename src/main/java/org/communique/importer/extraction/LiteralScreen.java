package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literal words a regular expression of the word lists cannot match without ("ministry", "embassy",
 * ... for {@code \b(ministry|embassy)\b}), found by reading the expression ({@link PatternNeeds}), so that a text
 * holding none of them is never tried against it: the extractor tries dozens of such expressions on every line, and
 * most lines hold none of their words. Only words of ASCII letters and of letters without case are used, compared
 * in {@link #fold folded} text, which finds a word wherever the expression could match it, with or without
 * {@code CASE_INSENSITIVE} and {@code UNICODE_CASE}. An expression the reader does not follow gets no words: it is
 * always tried.
 */
final class LiteralScreen {

    /** A pattern with the words it needs (one of them), or {@code null} when it is always tried. */
    record Screened(Pattern pattern, String[] needs) {

        static Screened of(Pattern pattern) {
            Set<String> words = PatternNeeds.needs(pattern.pattern());
            return new Screened(pattern, words == null ? null : words.toArray(String[]::new));
        }

        /** Whether the pattern may match the text, {@code folded} being {@link #fold(CharSequence) its folding}. */
        boolean mayMatch(String folded) {
            if (needs == null) {
                return true;
            }
            for (String word : needs) {
                if (folded.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        boolean find(String text, String folded) {
            return mayMatch(folded) && pattern.matcher(text).find();
        }
    }

    /**
     * The needed words of many screened patterns, all found in a text in one pass over it rather than word by
     * word (a line is screened against a thousand words or so): {@link #present} tells which of the words a
     * folded text contains, read off an automaton of the words ({@link WordAutomaton}), and {@link #mayMatch}
     * whether one of a pattern's words is among them.
     */
    static final class Vocabulary {

        private final Map<String, Integer> ids = new HashMap<>();
        /** The words by id. */
        private final List<String> words = new ArrayList<>();
        /** The words' automaton, made on first use after the last word was added. */
        private volatile WordAutomaton automaton;

        /** The ids of a pattern's needed words in this vocabulary, or {@code null} when it is always tried. */
        int[] add(Screened screened) {
            if (screened.needs() == null) {
                return null;
            }
            int[] needIds = new int[screened.needs().length];
            for (int i = 0; i < needIds.length; i++) {
                needIds[i] = ids.computeIfAbsent(screened.needs()[i], this::insert);
            }
            return needIds;
        }

        private int insert(String word) {
            words.add(word);
            automaton = null;
            return words.size() - 1;
        }

        /** Which of the words the {@link #fold folding} of the text contains: a set of ids (see {@link #mayMatch}). */
        long[] present(String text) {
            WordAutomaton words = automaton;
            if (words == null) {
                words = new WordAutomaton(this.words); // once, when the lists are loaded; made alike if made twice
                automaton = words;
            }
            return words.present(text);
        }

        /**
         * The words of all these patterns (ids as {@link #add} gave them) as a set of the kind {@link #present}
         * makes, or {@code null} when one of them is always tried; made once every word was added.
         */
        long[] setOf(int[][] needIds) {
            long[] set = new long[(words.size() + 63) >>> 6];
            for (int[] ids : needIds) {
                if (ids == null) {
                    return null;
                }
                for (int id : ids) {
                    set[id >>> 6] |= 1L << id;
                }
            }
            return set;
        }

        /** Whether two sets of words (as {@link #present} and {@link #setOf} make them) share one. */
        static boolean holdsAny(long[] present, long[] words) {
            for (int i = 0; i < words.length; i++) {
                if ((present[i] & words[i]) != 0) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a pattern whose needed words have these ids may match a text holding the {@code present} words. */
        static boolean mayMatch(int[] needIds, long[] present) {
            if (needIds == null) {
                return true;
            }
            for (int id : needIds) {
                if (WordAutomaton.holds(present, id)) {
                    return true;
                }
            }
            return false;
        }
    }

    private LiteralScreen() {
    }

    /**
     * The text with every character that matches an ASCII letter case-insensitively (also under Unicode
     * case folding, as the Kelvin sign matches k) turned into that lower-case ASCII letter; the others kept.
     */
    static String fold(CharSequence text) {
        int n = text.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                out[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else {
                int folded = Character.toLowerCase(Character.toUpperCase((int) c));
                out[i] = folded < 128 ? (char) folded : c;
            }
        }
        return new String(out);
    }

    /**
     * A letter of a script without case (Arabic, Hebrew, Chinese...): {@link Pattern} matches it as itself
     * alone, with or without its case flags, and {@link #fold} keeps it as it is, so it can be a needed word's
     * character like an ASCII one.
     */
    static boolean isCaseless(char c) {
        int upper = Character.toUpperCase((int) c);
        return c >= 128 && !Character.isSurrogate(c) && Character.isLetter(c) && upper == c
                && Character.toLowerCase(upper) == c;
    }
}
