package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of {@code extraction/roles.txt}: offices ("Secretary of State", "Foreign Minister"), the
 * portfolios after "Minister of", honorifics and military services written before names, offices only the
 * U.S. has, and the words a text uses to refer back to an official ("the ambassador said").
 */
final class RoleLexicon {

    private final List<List<String>> heads;
    private final List<List<String>> ranks;
    private final Set<String> notNames;
    private final Set<String> openers;
    private final List<String> nationalOffices;
    private final Set<String> incomplete;
    private final Map<String, String> bodies = new java.util.LinkedHashMap<>();
    private final List<List<String>> modifiers;
    private final List<List<String>> portfolios;
    private final List<List<String>> honorifics;
    private final List<List<String>> services;
    private final Set<String> usOnly;
    private final List<String> references;

    private RoleLexicon(Map<String, List<String>> sections) {
        heads = phrases(sections.get("head"));
        ranks = phrases(sections.get("rank"));
        notNames = lowerCase(sections.get("not-name"));
        openers = lowerCase(sections.get("opener"));
        nationalOffices = sections.get("national-office").stream().map(line -> line.toLowerCase(Locale.ROOT)).toList();
        incomplete = lowerCase(sections.get("incomplete"));
        for (String line : sections.get("body")) {
            int at = line.lastIndexOf(" = ");
            bodies.put(line.substring(0, at).strip().toLowerCase(Locale.ROOT), line.substring(at + 3).strip());
        }
        modifiers = phrases(sections.get("modifier"));
        portfolios = phrases(sections.get("portfolio"));
        honorifics = phrases(sections.get("honorific"));
        services = phrases(sections.get("service"));
        usOnly = sections.get("us-only").stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        references = sections.get("role-reference").stream().map(s -> s.toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    static RoleLexicon load() {
        return new RoleLexicon(Lexicon.sections("roles.txt"));
    }

    private static Set<String> lowerCase(List<String> lines) {
        return lines.stream().map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static List<List<String>> phrases(List<String> lines) {
        List<List<String>> phrases = new ArrayList<>();
        for (String line : lines) {
            phrases.add(Tokens.of(line).stream().map(Tokens.Token::bare).toList());
        }
        phrases.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed());
        return phrases;
    }

    int head(List<Tokens.Token> tokens, int at) {
        return longest(tokens, at, heads);
    }

    int rank(List<Tokens.Token> tokens, int at) {
        return longest(tokens, at, ranks);
    }

    /** A capitalised word that opens a sentence rather than an office's name ("Before", "Meanwhile"). */
    boolean isOpener(Tokens.Token token) {
        return openers.contains(token.bare());
    }

    /** A capitalised word that is never part of a person's name ("Department", "Council", "July"). */
    boolean isNotName(Tokens.Token token) {
        return notNames.contains(token.bare());
    }

    int modifier(List<Tokens.Token> tokens, int at) {
        return longest(tokens, at, modifiers);
    }

    int portfolio(List<Tokens.Token> tokens, int at) {
        return longest(tokens, at, portfolios);
    }

    int honorific(List<Tokens.Token> tokens, int at) {
        return longest(tokens, at, honorifics);
    }

    int service(List<Tokens.Token> tokens, int at) {
        return longest(tokens, at, services);
    }

    /** An office word that is not a whole title by itself: "Secretary" (of what?), "Minister". */
    boolean isIncomplete(String role) {
        return incomplete.contains(role.strip().toLowerCase(Locale.ROOT));
    }

    /** The country of a body the words name ("the Defense Department" → US), or {@code null}. */
    String countryOfBody(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        return bodies.entrySet().stream().filter(body -> lower.contains(body.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** Whether an office is one only a state's government has ("Minister of Water Resources", "Deputy Governor"). */
    boolean isNationalOffice(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        return nationalOffices.stream().anyMatch(office -> lower.equals(office) || lower.startsWith(office + " ")
                || lower.contains(" " + office + " ") || lower.endsWith(" " + office));
    }

    /** Whether only the U.S. government has this office ("Secretary of State", "Assistant Secretary ..."). */
    boolean isUsOnly(String role) {
        String lower = role.toLowerCase(Locale.ROOT).replaceFirst("^(former|acting|then-?|outgoing|incoming) ", "");
        return usOnly.stream().anyMatch(title -> lower.equals(title) || lower.startsWith(title + " "));
    }

    /**
     * The office that words after "the" name when a text refers back to an official ("the ambassador said",
     * "the Special Representative noted"), in lower case, else {@code null}.
     */
    String reference(String words) {
        List<Tokens.Token> tokens = Tokens.of(words);
        int head = head(tokens, 0);
        if (head > 0) {
            return String.join(" ", tokens.subList(0, head).stream().map(Tokens.Token::bare).toList());
        }
        String lower = words.toLowerCase(Locale.ROOT).strip();
        return references.stream().filter(lower::startsWith).findFirst().orElse(null);
    }

    /** The number of tokens from {@code at} that spell the longest phrase of the list, or 0. */
    private static int longest(List<Tokens.Token> tokens, int at, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            if (at + phrase.size() > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < phrase.size() && match; i++) {
                Tokens.Token token = tokens.get(at + i);
                match = token.bare().equals(phrase.get(i)) && (i == phrase.size() - 1 || !token.possessive());
            }
            if (match) {
                return phrase.size();
            }
        }
        return 0;
    }
}
