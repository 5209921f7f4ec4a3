package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a regular expression of the word lists for the literal words it cannot match without, as
 * {@link LiteralScreen} screens texts by them: a recursive-descent reader of {@link Pattern} syntax, as far as the
 * word lists use it, that works out each piece's exact strings (when few) and the words one of which every match
 * contains.
 */
final class PatternNeeds {

    /** More strings than this, and a piece's exact strings are not worked out. */
    private static final int MAX_WORDS = 64;
    /** More words than this, and a set of needed words is not worth checking. */
    private static final int MAX_NEEDS = 256;

    private PatternNeeds() {
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
                    return LiteralScreen.isCaseless(c) ? Part.literal(c) : Part.ANY;
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
