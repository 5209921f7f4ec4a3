package org.communique.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's query as the engine's simple query syntax reads it, and the looser queries to offer when it
 * finds nothing. Readers write words (all must match), "quoted phrases", {@code -exclusions} and {@code OR};
 * typographic quotes count as quotes.
 */
final class QueryText {

    /** A quoted phrase (with an optional leading minus) or a run of other characters. */
    private static final Pattern PART = Pattern.compile("-?\"[^\"]*\"?|\\S+");

    private QueryText() {
    }

    /** The query in the engine's syntax: OR becomes {@code |}, AND is dropped (it is the default), NOT becomes {@code -}. */
    static String toEngine(String query) {
        List<String> out = new ArrayList<>();
        boolean negateNext = false;
        for (String part : parts(query)) {
            switch (part) {
                case "OR" -> out.add("|");
                case "AND" -> { }
                case "NOT" -> negateNext = true;
                default -> {
                    out.add(negateNext && !part.startsWith("-") ? "-" + part : part);
                    negateNext = false;
                }
            }
        }
        return String.join(" ", out);
    }

    /** The same query with each plain word made fuzzy (one or two letters off), or {@code null} if no word can be. */
    static String forgivingTypos(String query) {
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String part : parts(query)) {
            if (isPlainWord(part) && part.length() >= 4) {
                out.add(part + (part.length() >= 8 ? "~2" : "~1"));
                changed = true;
            } else {
                out.add(part);
            }
        }
        return changed ? String.join(" ", out) : null;
    }

    /** The query without one of its words or phrases at a time: each a looser query to try. */
    static List<String> withoutOnePart(String query) {
        List<String> parts = parts(query).stream().filter(p -> !p.equals("OR") && !p.equals("AND")).toList();
        List<String> looser = new ArrayList<>();
        if (parts.size() < 2) {
            return looser;
        }
        for (int skip = 0; skip < parts.size(); skip++) {
            List<String> kept = new ArrayList<>(parts);
            kept.remove(skip);
            looser.add(String.join(" ", kept));
        }
        return looser;
    }

    /** Any of the words instead of all of them. */
    static String anyWord(String query) {
        List<String> parts = parts(query).stream().filter(p -> !p.equals("OR") && !p.equals("AND")).toList();
        return parts.size() < 2 ? null : String.join(" OR ", parts);
    }

    /**
     * The query's parts as the engine may read them: words (with a leading {@code -} to exclude, a trailing
     * {@code ~} to forgive a typo), "phrases", and the operators OR, AND and NOT. Everything else the engine
     * would read as syntax (prefix {@code *}, grouping, escapes, slops, boosts, field names) is taken as a space;
     * a part said twice counts once; at most {@link #MAX_PARTS} parts, of which at most {@link #MAX_FUZZY}
     * forgive typos (each costs the engine a scan of similar words).
     */
    static List<String> parts(String query) {
        String normal = query.replace('“', '"').replace('”', '"').replace('„', '"').strip();
        List<String> parts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int fuzzy = 0;
        Matcher m = PART.matcher(normal);
        while (m.find() && parts.size() < MAX_PARTS) {
            String raw = m.group();
            if (raw.startsWith("\"") || raw.startsWith("-\"")) {
                boolean negated = raw.startsWith("-");
                String inner = raw.substring(negated ? 2 : 1).replace("\"", " ");
                String words = String.join(" ", words(inner));
                if (!words.isEmpty()) {
                    add(parts, seen, (negated ? "-" : "") + (words.contains(" ") ? "\"" + words + "\"" : words));
                }
                continue;
            }
            if (raw.equals("OR") || raw.equals("AND") || raw.equals("NOT")) {
                parts.add(raw);
                continue;
            }
            boolean negated = raw.startsWith("-");
            Matcher typo = TYPO.matcher(raw);
            boolean forgiving = typo.find();
            String body = forgiving ? raw.substring(0, typo.start()) : raw;
            List<String> words = words(body);
            for (int i = 0; i < words.size() && parts.size() < MAX_PARTS; i++) {
                String word = words.get(i);
                boolean lastWord = i == words.size() - 1;
                if (forgiving && lastWord && isPlainWord(word) && word.length() >= 3 && fuzzy < MAX_FUZZY) {
                    fuzzy++;
                    word = word + (word.length() >= 8 ? "~2" : "~1");
                }
                add(parts, seen, (negated && i == 0 ? "-" : "") + word);
            }
        }
        return List.copyOf(trimOperators(parts));
    }

    /** The most parts of a query the engine is given; the rest are dropped. */
    static final int MAX_PARTS = 16;
    /** The most words of a query that forgive typos. */
    static final int MAX_FUZZY = 4;
    /** What the engine would read as syntax inside a word: every character but letters, digits and . ' ’ _ - */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}.'’_-]+");
    /** A trailing typo mark: {@code ~}, {@code ~1}, {@code ~2}, {@code ~0.5}... */
    private static final Pattern TYPO = Pattern.compile("~[0-9.]*$");

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(text)) {
            String trimmed = word.replaceAll("^[-.'’_]+|[-'’_]+$", "");
            if (!trimmed.isEmpty() && !trimmed.chars().allMatch(c -> c == '.')) {
                words.add(trimmed);
            }
        }
        return words;
    }

    private static void add(List<String> parts, Set<String> seen, String part) {
        if (seen.add(part.toLowerCase(java.util.Locale.ROOT))) {
            parts.add(part);
        }
    }

    /** Operators only between two parts: none first or last, no two in a row. */
    private static List<String> trimOperators(List<String> parts) {
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            boolean operator = part.equals("OR") || part.equals("AND") || part.equals("NOT");
            boolean afterOperator = !out.isEmpty() && isOperator(out.get(out.size() - 1));
            if (operator && (out.isEmpty() || (afterOperator && !part.equals("NOT")))) {
                continue;
            }
            out.add(part);
        }
        while (!out.isEmpty() && isOperator(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static boolean isOperator(String part) {
        return part.equals("OR") || part.equals("AND") || part.equals("NOT");
    }

    private static boolean isPlainWord(String part) {
        return part.chars().allMatch(Character::isLetter) && !part.equals("OR") && !part.equals("AND")
                && !part.equals("NOT");
    }
}
