package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literal words a regular expression of the word lists cannot match without ("ministry", "embassy",
 * ... for {@code \b(ministry|embassy)\b}), found by reading the expression, so that a text holding none of
 * them is never tried against it: the extractor tries dozens of such expressions on every line, and most
 * lines hold none of their words. Only words of ASCII letters and of letters without case are used, compared in {@link #fold folded} text, which
 * finds a word wherever the expression could match it, with or without {@code CASE_INSENSITIVE} and
 * {@code UNICODE_CASE}. An expression this reader does not follow gets no words: it is always tried.
 */
final class LiteralScreen {

    /** A pattern with the words it needs (one of them), or {@code null} when it is always tried. */
    record Screened(Pattern pattern, String[] needs) {

        static Screened of(Pattern pattern) {
            Set<String> words = LiteralScreen.needs(pattern.pattern());
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

    /** More strings than this, and a piece's exact strings are not worked out. */
    private static final int MAX_WORDS = 64;
    /** More words than this, and a set of needed words is not worth checking. */
    private static final int MAX_NEEDS = 256;

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
     * Words (folded) one of which every match of the expression contains, or {@code null} when none can be
     * told.
     */
    static Set<String> needs(String regex) {
        if (regex.contains("\\Q") || regex.matches("(?s).*\\(\\?[a-zA-Z-]*x.*")) {
            return null; // quoting or comments mode: not read here
        }
        try {
            Reader reader = new Reader(regex);
            Part part = reader.alternation();
            if (reader.at != regex.length()) {
                return null;
            }
            return part.needs() != null ? part.needs() : nonEmpty(part.exact());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * What is known of a piece of an expression: {@code exact}, every string it can match (folded), when few
     * and all literal; {@code needs}, words one of which every match contains; either {@code null} when
     * unknown.
     */
    private record Part(Set<String> exact, Set<String> needs) {

        static final Part ANY = new Part(null, null);
        static final Part EMPTY = new Part(Set.of(""), null);

        static Part literal(char c) {
            String s = String.valueOf(c);
            return new Part(Set.of(s), Set.of(s));
        }
    }

    /** A recursive-descent reader of {@link Pattern} syntax, as far as the word lists use it. */
    private static final class Reader {

        private final String regex;
        private int at;

        Reader(String regex) {
            this.regex = regex;
        }

        Part alternation() {
            List<Part> branches = new ArrayList<>();
            branches.add(sequence());
            while (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                branches.add(sequence());
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            Set<String> exact = new LinkedHashSet<>();
            Set<String> needs = new LinkedHashSet<>();
            for (Part branch : branches) {
                if (exact != null && branch.exact() != null) {
                    exact.addAll(branch.exact());
                } else {
                    exact = null;
                }
                Set<String> branchNeeds = branch.needs() != null ? branch.needs() : nonEmpty(branch.exact());
                if (needs != null && branchNeeds != null) {
                    needs.addAll(branchNeeds);
                } else {
                    needs = null;
                }
            }
            return new Part(bounded(exact), needs == null || needs.size() > MAX_NEEDS ? null : needs);
        }

        Part sequence() {
            List<Part> items = new ArrayList<>();
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                items.add(quantified(atom()));
            }
            Set<String> best = null;
            Set<String> run = Set.of("");
            boolean allExact = true;
            for (Part item : items) {
                best = better(best, item.needs());
                best = better(best, nonEmpty(item.exact()));
                if (item.exact() == null) {
                    allExact = false;
                    best = better(best, nonEmpty(run));
                    run = Set.of("");
                    continue;
                }
                Set<String> joined = product(run, item.exact());
                if (joined == null) {
                    allExact = false;
                    best = better(best, nonEmpty(run));
                    joined = item.exact();
                }
                run = joined;
            }
            best = better(best, nonEmpty(run));
            return new Part(allExact ? run : null, best);
        }

        Part quantified(Part atom) {
            if (at >= regex.length()) {
                return atom;
            }
            char c = regex.charAt(at);
            int min;
            int max;
            if (c == '?') {
                min = 0;
                max = 1;
                at++;
            } else if (c == '*') {
                min = 0;
                max = Integer.MAX_VALUE;
                at++;
            } else if (c == '+') {
                min = 1;
                max = Integer.MAX_VALUE;
                at++;
            } else if (c == '{') {
                int close = regex.indexOf('}', at);
                String[] bounds = regex.substring(at + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0].strip());
                max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
                at = close + 1;
            } else {
                return atom;
            }
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++; // lazy or possessive: the same strings
            }
            if (min == 1 && max == 1) {
                return atom;
            }
            if (min == 0) {
                if (max == 1 && atom.exact() != null) {
                    Set<String> exact = new LinkedHashSet<>(atom.exact());
                    exact.add("");
                    return new Part(bounded(exact), null);
                }
                return Part.ANY;
            }
            Set<String> needs = atom.needs() != null ? atom.needs() : nonEmpty(atom.exact());
            return new Part(null, needs);
        }

        Part atom() {
            char c = regex.charAt(at);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    skipClass();
                    return Part.ANY;
                case '.':
                    at++;
                    return Part.ANY;
                case '^':
                case '$':
                    at++;
                    return Part.EMPTY;
                case '\\':
                    return escape();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new IllegalStateException("a quantifier with nothing before it");
                default:
                    at++;
                    if (c < 128) {
                        return Part.literal(Character.toLowerCase(c));
                    }
                    return isCaseless(c) ? Part.literal(c) : Part.ANY;
            }
        }

        private Part group() {
            at++;
            boolean zeroWidth = false;
            if (regex.startsWith("?", at)) {
                if (regex.startsWith("?:", at)) {
                    at += 2;
                } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
                    at += 2;
                    zeroWidth = true;
                } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                    at += 3;
                    zeroWidth = true;
                } else if (regex.startsWith("?<", at)) {
                    at = regex.indexOf('>', at) + 1; // a named group
                } else {
                    int end = at + 1;
                    while (end < regex.length() && (Character.isLetter(regex.charAt(end)) || regex.charAt(end) == '-')) {
                        end++;
                    }
                    if (end < regex.length() && regex.charAt(end) == ')') {
                        at = end + 1; // flags alone, such as (?i)
                        return Part.EMPTY;
                    }
                    if (end < regex.length() && regex.charAt(end) == ':') {
                        at = end + 1; // flags for the group, such as (?-i:...)
                    } else {
                        throw new IllegalStateException("an unknown group");
                    }
                }
            }
            Part inside = alternation();
            if (at >= regex.length() || regex.charAt(at) != ')') {
                throw new IllegalStateException("an unclosed group");
            }
            at++;
            return zeroWidth ? Part.EMPTY : inside;
        }

        private Part escape() {
            char next = regex.charAt(at + 1);
            at += 2;
            if (next == 'p' || next == 'P') {
                if (regex.charAt(at) == '{') {
                    at = regex.indexOf('}', at) + 1;
                } else {
                    at++;
                }
                return Part.ANY;
            }
            if ("bBAzZG".indexOf(next) >= 0) {
                return Part.EMPTY;
            }
            if (Character.isLetterOrDigit(next) || next >= 128) {
                if (next == 'x' || next == 'u' || next == 'c' || next == 'k' || next == 'N' || Character.isDigit(next)) {
                    throw new IllegalStateException("an escape not read here"); // \x41, back-references, ...
                }
                return Part.ANY; // \d, \s, \w, \t, ...
            }
            return Part.literal(next); // an escaped punctuation mark stands for itself
        }

        private void skipClass() {
            int depth = 0;
            while (at < regex.length()) {
                char c = regex.charAt(at);
                if (c == '\\') {
                    at += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    at++;
                    if (at < regex.length() && regex.charAt(at) == '^') {
                        at++;
                    }
                    if (at < regex.length() && regex.charAt(at) == ']') {
                        at++; // a first ] is a member
                    }
                    continue;
                }
                at++;
                if (c == ']' && --depth == 0) {
                    return;
                }
            }
            throw new IllegalStateException("an unclosed class");
        }

        private static Set<String> product(Set<String> left, Set<String> right) {
            if ((long) left.size() * right.size() > MAX_WORDS) {
                return null;
            }
            Set<String> joined = new LinkedHashSet<>();
            for (String l : left) {
                for (String r : right) {
                    joined.add(l + r);
                }
            }
            return joined;
        }
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

    private static Set<String> bounded(Set<String> words) {
        return words == null || words.size() > MAX_WORDS ? null : words;
    }

    /** The set if none of its strings is empty (an empty string is in every text, so needs nothing). */
    private static Set<String> nonEmpty(Set<String> words) {
        return words == null || words.isEmpty() || words.contains("") ? null : words;
    }

    /** The more telling of two sets of needed words: longer shortest word, then fewer words. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int shortestA = a.stream().mapToInt(String::length).min().orElse(0);
        int shortestB = b.stream().mapToInt(String::length).min().orElse(0);
        if (shortestA != shortestB) {
            return shortestA > shortestB ? a : b;
        }
        return a.size() <= b.size() ? a : b;
    }
}
