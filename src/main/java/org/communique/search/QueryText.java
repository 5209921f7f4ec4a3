package org.communique.search;

import java.util.ArrayList;
import java.util.List;
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

    static List<String> parts(String query) {
        String normal = query.replace('“', '"').replace('”', '"').replace('„', '"').strip();
        List<String> parts = new ArrayList<>();
        Matcher m = PART.matcher(normal);
        while (m.find()) {
            String part = m.group();
            if (part.startsWith("\"") || part.startsWith("-\"")) {
                part = part.endsWith("\"") && part.length() > (part.startsWith("-") ? 2 : 1) ? part : part + "\"";
            }
            parts.add(part);
        }
        return parts;
    }

    private static boolean isPlainWord(String part) {
        return part.chars().allMatch(Character::isLetter) && !part.equals("OR") && !part.equals("AND")
                && !part.equals("NOT");
    }
}
