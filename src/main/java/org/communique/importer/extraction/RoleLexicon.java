package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.communique.importer.extraction.LexiconWords.Phrases;
import org.communique.importer.extraction.LexiconWords.WordList;

/**
 * The words of {@code extraction/roles.txt}: offices ("Secretary of State", "Foreign Minister"), the
 * portfolios after "Minister of", honorifics and military services written before names, offices only the
 * U.S. has, and the words a text uses to refer back to an official ("the ambassador said").
 */
final class RoleLexicon {

    /** The words of the lists below that a token is matched against. */
    private final LexiconWords vocabulary = new LexiconWords();
    private final Phrases heads;
    private final Phrases ranks;
    private final List<String> nationalOffices;
    private final Set<String> incomplete;
    private final List<String> selfReferences;
    private final Map<String, String> bodies = new java.util.LinkedHashMap<>();
    private final Phrases modifiers;
    private final Phrases portfolios;
    private final Phrases honorifics;
    private final Phrases services;
    private final Set<String> usOnly;
    private final List<String> references;
    /**
     * Offices in French, Spanish, Portuguese, Italian and German, read before or after a name and kept as
     * written (longest first, and as phrases), and the endings of German compound offices; offices in Arabic,
     * read before a name.
     */
    private final List<String> writtenOffices;
    private final Phrases writtenOfficePhrases;
    private final String[] writtenOfficeEndings;
    /**
     * The length a word needs to end with a compound office's ending after three letters or more: the shortest
     * ending's and three. Most capitalised words are shorter, and are answered without trying the endings.
     */
    private final int compoundOfficeLength;
    /** The last letters of the endings: a word that ends otherwise ends with none of them. */
    private final String endingLetters;
    private final List<String> arabicOffices;
    /** Each spelling of an office, longest first, with the spelling its office is compared under. */
    private final List<Map.Entry<String, String>> sameOffices = new ArrayList<>();

    private RoleLexicon(Map<String, List<String>> sections) {
        heads = vocabulary.phrases(sections.get("head"));
        ranks = vocabulary.phrases(sections.get("rank"));
        vocabulary.add(WordList.NOT_NAME, lowerCase(sections.get("not-name")));
        vocabulary.add(WordList.OPENER, lowerCase(sections.get("opener")));
        vocabulary.add(WordList.HEADLINE_VERB, lowerCase(sections.get("headline-verb")));
        nationalOffices = sections.get("national-office").stream().map(line -> line.toLowerCase(Locale.ROOT)).toList();
        incomplete = lowerCase(sections.get("incomplete"));
        vocabulary.add(WordList.QUALIFIER, lowerCase(sections.get("qualifier")));
        vocabulary.add(WordList.INSTITUTION, lowerCase(sections.get("institution")));
        selfReferences = sections.get("self-reference").stream().map(line -> " of " + line.toLowerCase(Locale.ROOT)).toList();
        for (String line : sections.get("body")) {
            int at = line.lastIndexOf(" = ");
            bodies.put(line.substring(0, at).strip().toLowerCase(Locale.ROOT), line.substring(at + 3).strip());
        }
        modifiers = vocabulary.phrases(sections.get("modifier"));
        portfolios = vocabulary.phrases(sections.get("portfolio"));
        honorifics = vocabulary.phrases(sections.get("honorific"));
        services = vocabulary.phrases(sections.get("service"));
        usOnly = sections.get("us-only").stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        references = sections.get("role-reference").stream().map(s -> s.toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        writtenOffices = sections.get("role-written").stream().map(s -> s.toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        writtenOfficePhrases = vocabulary.phrases(sections.get("role-written"));
        writtenOfficeEndings = sections.get("role-written-ending").stream().map(s -> s.toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
        compoundOfficeLength = java.util.Arrays.stream(writtenOfficeEndings).mapToInt(String::length).min().orElse(0) + 3;
        endingLetters = java.util.Arrays.stream(writtenOfficeEndings) // a lexicon line is never empty
                .map(ending -> ending.substring(ending.length() - 1)).distinct().collect(Collectors.joining());
        arabicOffices = sections.getOrDefault("role-ar", List.of()).stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String line : sections.getOrDefault("same-office", List.of())) {
            String[] spellings = line.toLowerCase(Locale.ROOT).split("\\s+=\\s+");
            for (String spelling : spellings) {
                sameOffices.add(Map.entry(spelling.strip(), spellings[0].strip()));
            }
        }
        sameOffices.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    }

    /**
     * The office in another language written right after a name and its comma, from {@code at} (just after the
     * name), up to the next comma, semicolon or full stop: "ministre de l'Europe et des Affaires étrangères",
     * "canciller de Chile"; else null.
     */
    String writtenOfficeAfter(String text, int at) {
        java.util.regex.Matcher m = WRITTEN_APPOSITION.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String rest = text.substring(m.end());
        if (!isWrittenOffice(rest)) {
            return null;
        }
        java.util.regex.Matcher end = WRITTEN_OFFICE_END.matcher(rest);
        String role = (end.find() ? rest.substring(0, end.start()) : rest).strip();
        return role.split("\\s+").length <= 12 ? role : null;
    }

    /**
     * The number of tokens from {@code at} that spell an office in another language ("ministro de Relaciones
     * Exteriores" counts 1: "ministro"; "primer ministro" 2), or a German compound office by its ending
     * ("Bundesaußenministerin"); else 0.
     */
    int writtenOffice(List<Tokens.Token> tokens, int at) {
        int listed = vocabulary.longest(tokens, at, writtenOfficePhrases);
        if (listed > 0) {
            return listed;
        }
        return at < tokens.size() && isCompoundOffice(tokens.get(at)) ? 1 : 0;
    }

    private boolean isCompoundOffice(Tokens.Token token) {
        if (!token.capitalized()) {
            return false;
        }
        String word = token.bare();
        if (word.length() < compoundOfficeLength || endingLetters.indexOf(word.charAt(word.length() - 1)) < 0) {
            return false;
        }
        for (String ending : writtenOfficeEndings) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Arabic office written right before a name that starts at {@code at}, with the words after it that carry
     * the article ("وزير الخارجية الأمريكي"); null when no office is there.
     */
    String arabicOfficeBefore(String text, int at) {
        String before = text.substring(Math.max(0, at - 80), at).stripTrailing();
        String best = null;
        for (String office : arabicOffices) {
            int found = before.lastIndexOf(office);
            if (found < 0 || found > 0 && Character.isLetter(before.charAt(found - 1))) {
                continue;
            }
            String after = before.substring(found + office.length()).strip();
            if (after.matches(".*[،,:؛].*")) {
                continue;
            }
            String[] words = after.isEmpty() ? new String[0] : after.split("\\s+");
            StringBuilder role = new StringBuilder(office);
            int i = 0;
            while (i < words.length) {
                if (words[i].startsWith("ال")) {
                    role.append(' ').append(words[i++]);
                } else if (words[i].equals("لدى") && i + 1 < words.length) { // "السفيرة الأمريكية لدى العراق"
                    role.append(' ').append(words[i]).append(' ').append(words[i + 1]);
                    i += 2;
                } else {
                    break;
                }
            }
            if (i == words.length && (best == null || role.length() > best.length())) {
                best = role.toString();
            }
        }
        return best;
    }

    private static final java.util.regex.Pattern WRITTEN_APPOSITION = java.util.regex.Pattern.compile(
            ",\\s+(?:l['’]actuel(?:le)?\\s+|(?:el|la|o|a|der|die) (?:actual |atual |amtierende |)?)?");
    private static final java.util.regex.Pattern WRITTEN_OFFICE_END = java.util.regex.Pattern.compile("[,;.](?:\\s|$)|\\s[-–—]\\s|$");

    static RoleLexicon load() {
        return new RoleLexicon(Lexicon.sections("roles.txt"));
    }

    private static Set<String> lowerCase(List<String> lines) {
        return lines.stream().map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    int head(List<Tokens.Token> tokens, int at) {
        return vocabulary.longest(tokens, at, heads);
    }

    int rank(List<Tokens.Token> tokens, int at) {
        return vocabulary.longest(tokens, at, ranks);
    }

    /** A capitalised word that opens a sentence rather than an office's name ("Before", "Meanwhile"). */
    boolean isOpener(Tokens.Token token) {
        return vocabulary.isIn(token, WordList.OPENER);
    }

    /** A verb a headline in title case writes right after a name ("... Xie Feng Meets with ..."). */
    boolean isHeadlineVerb(Tokens.Token token) {
        return vocabulary.isIn(token, WordList.HEADLINE_VERB);
    }

    /** A capitalised word that is never part of a person's name ("Department", "Council", "July"). */
    boolean isNotName(Tokens.Token token) {
        return vocabulary.isIn(token, WordList.NOT_NAME);
    }

    int modifier(List<Tokens.Token> tokens, int at) {
        return vocabulary.longest(tokens, at, modifiers);
    }

    int portfolio(List<Tokens.Token> tokens, int at) {
        return vocabulary.longest(tokens, at, portfolios);
    }

    int honorific(List<Tokens.Token> tokens, int at) {
        int listed = vocabulary.longest(tokens, at, honorifics);
        if (listed > 0) {
            return listed;
        }
        // French "M." and "Mme" before a given name and a family name ("M. Rui Carvalho"); "M. Carvalho" alone
        // may be an initial
        String word = tokens.get(at).text();
        if ((word.equals("M.") || word.equals("Mme") || word.equals("Mme.")) && at + 2 < tokens.size()
                && isCapitalised(tokens.get(at + 1).text()) && isCapitalised(tokens.get(at + 2).text())) {
            return 1;
        }
        return 0;
    }

    private static boolean isCapitalised(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
    }

    /**
     * Whether a role is written in another language ("Premier ministre du Portugal", "canciller",
     * "Bundesaußenministerin"): kept as the text writes it.
     */
    boolean isWrittenOffice(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        for (String office : writtenOffices) {
            if (lower.startsWith(office)
                    && (lower.length() == office.length() || !Character.isLetter(lower.charAt(office.length())))) {
                return true;
            }
        }
        List<Tokens.Token> first = Tokens.of(role.length() > 60 ? role.substring(0, 60) : role);
        return !first.isEmpty() && isCompoundOffice(first.get(0));
    }

    int service(List<Tokens.Token> tokens, int at) {
        return vocabulary.longest(tokens, at, services);
    }

    /** The office without "of the Republic" and the like at its end, which name the state without naming it. */
    String withoutSelfReference(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        for (String suffix : selfReferences) {
            if (lower.endsWith(suffix)) {
                return role.substring(0, role.length() - suffix.length()).strip();
            }
        }
        return role;
    }

    /** A noun of an institution: "Bank", "Council", "Command". */
    boolean isInstitution(Tokens.Token token) {
        return vocabulary.isIn(token, WordList.INSTITUTION);
    }

    /** A lower-case word that names whose office it is: "government spokesman", "ministry spokesperson". */
    boolean isQualifierWord(Tokens.Token token) {
        return vocabulary.isIn(token, WordList.QUALIFIER);
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

    /**
     * Whether an office is one only a state's government has ("Minister of Water Resources", "Deputy Governor"),
     * or is written in another language than English.
     */
    boolean isNationalOffice(String role) {
        if (isWrittenOffice(role)) {
            return true; // "canciller", "Regierungssprecher": an office in another language that names no country
        }
        String lower = role.toLowerCase(Locale.ROOT).replace("-designate", "").replace("-elect", "");
        return nationalOffices.stream().anyMatch(office -> lower.equals(office) || lower.startsWith(office + " ")
                || lower.contains(" " + office + " ") || lower.endsWith(" " + office));
    }

    /**
     * Whether two spellings name one office, the one inside the other once each is written the way
     * {@code [same-office]} compares it: "Foreign Minister" and "Federal Minister for Foreign Affairs",
     * "Premier" and "Prime Minister", "U.S. Secretary of State" and "Secretary of State".
     */
    boolean sameOffice(String written, String registered) {
        String a = compared(written);
        String b = compared(registered);
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private String compared(String office) {
        String text = " " + office.toLowerCase(Locale.ROOT).replaceAll("[\\s,]+", " ").strip() + " ";
        text = text.replaceFirst("^ (former|acting|then-?|outgoing|incoming|interim|caretaker) ", " ");
        for (Map.Entry<String, String> spelling : sameOffices) {
            String key = " " + spelling.getKey() + " ";
            int at = text.indexOf(key);
            if (at >= 0) {
                return (text.substring(0, at) + " " + spelling.getValue() + " " + text.substring(at + key.length())).strip()
                        .replaceAll("\\s+", " ");
            }
        }
        return text.strip();
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
}
