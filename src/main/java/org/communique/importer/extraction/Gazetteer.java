package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The countries and organisations of {@code extraction/countries.tsv}, found in text by their names
 * ("Iraq", "the United States", "U.S."), adjectives ("Iraqi", "American") and capitals used for their
 * governments ("Baghdad", "Washington"). Names are matched with their capitals as written, since "US" and
 * "us" are not the same word; a possessive ("Iraq's") counts as the name.
 */
final class Gazetteer {

    /** A place named in text. */
    record Place(String code, int start, int end, Form form) {
    }

    enum Form {
        NAME, ADJECTIVE, METONYM
    }

    /** What a code stands for: the kind column of {@code countries.tsv}. */
    enum Kind {
        /** A state: the column left off. */
        STATE,
        /** An international organisation ("organisation": EU, UN, NATO, AUC). */
        ORGANISATION,
        /** A group of states whose texts are its members' own ("group": G7, G20, ASEAN, GCC). */
        GROUP,
        /** A region of a state with a government of its own ("region of IQ": KRG). */
        REGION
    }

    private final Map<String, String> codeBySurface = new HashMap<>();
    /** The same names folded to lower-case ASCII, for names written in capitals ("REPUBLIC OF TÜRKİYE"). */
    private final Map<String, String> codeByFolded = new HashMap<>();
    private final Map<String, Form> formBySurface = new HashMap<>();
    /** The names' first words, letter by letter, each with the names it begins: those of a word found in one walk. */
    private final FirstWords firstWords = new FirstWords();
    /**
     * Names written with a leading {@code ~}: a body's name that other bodies' names end with ("Security
     * Council" is the UN's, "National Security Council" is not), so only where no capitalised word but
     * "The" stands right before it.
     */
    private final java.util.Set<String> standalone = new java.util.HashSet<>();
    /**
     * Every start of every name {@link #codeOf} knows as written ("I", "Ir", "Ira", "Iraq", "Iraqi"...): a phrase
     * of tokens whose first token is none of these is no name, and is not joined to be looked up.
     */
    private final java.util.Set<String> nameStarts = new java.util.HashSet<>();

    private Gazetteer(List<String[]> rows) {
        List<String> surfaces = new ArrayList<>();
        for (String[] row : rows) {
            String code = row[0].strip();
            addAll(surfaces, code, row.length > 1 ? row[1] : "", Form.NAME);
            addAll(surfaces, code, row.length > 2 ? row[2] : "", Form.ADJECTIVE);
            addAll(surfaces, code, row.length > 3 ? row[3] : "", Form.METONYM);
        }
        for (String surface : codeBySurface.keySet()) {
            for (int end = 1; end <= surface.length(); end++) {
                nameStarts.add(surface.substring(0, end));
            }
        }
        surfaces.sort(Comparator.comparingInt(String::length).reversed());
        for (String surface : surfaces) {
            firstWords.add(firstWord(surface, 0), surface); // a word starts with a letter: no name's first word is empty
        }
    }

    /** The word (letters, digits, dots) that starts at {@code at}. */
    private static String firstWord(String text, int at) {
        return text.substring(at, wordEnd(text, at));
    }

    /** Where the word (letters, digits, dots) that starts at {@code at} ends. */
    private static int wordEnd(String text, int at) {
        int end = at;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** A letter, a digit or a full stop: ASCII answered at once, as most of a text is (a test compares every character). */
    static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.';
        }
        return Character.isLetterOrDigit(c);
    }

    private void addAll(List<String> surfaces, String code, String column, Form form) {
        for (String surface : column.split("\\|")) {
            String s = surface.strip();
            if (s.startsWith("~")) {
                s = s.substring(1).strip();
                standalone.add(s);
            }
            if (s.isEmpty() || codeBySurface.containsKey(s)) {
                continue;
            }
            codeBySurface.put(s, code);
            codeByFolded.putIfAbsent(fold(s), code);
            formBySurface.put(s, form);
            surfaces.add(s);
            String upper = s.toUpperCase(Locale.ROOT);
            if (!upper.equals(s) && s.length() > 4 && !codeBySurface.containsKey(upper)) {
                codeBySurface.put(upper, code);
                formBySurface.put(upper, form);
                surfaces.add(upper);
            }
        }
    }

    /** The kind of the country or organisation a code stands for; a code the file does not hold is a state's. */
    static Kind kindOf(String code) {
        return Kinds.BY_CODE.getOrDefault(code, Kind.STATE);
    }

    /**
     * Whether a code is an organisation's or a group's ("EU", "NATO", "G20"), not a state's nor a region's: an
     * international body, whose publisher is international and whose texts may be its members' own. A region
     * (KRG) is no such body, but it is no state either ({@link #isState}): its government speaks for itself.
     */
    static boolean isOrganisation(String code) {
        Kind kind = kindOf(code);
        return kind == Kind.ORGANISATION || kind == Kind.GROUP;
    }

    /** Whether a code is a state's: not an organisation's, a group's or a region's ("KRG"). */
    static boolean isState(String code) {
        return kindOf(code) == Kind.STATE;
    }

    /** The state a region belongs to ("KRG" → "IQ"), whose nationality its officials hold; any other code as it is. */
    static String stateOf(String code) {
        return Kinds.STATE_OF_REGION.getOrDefault(code, code);
    }

    /** The kind column, read once: the kinds of the codes that are not states', and the state of each region. */
    private static final class Kinds {
        private static final Map<String, Kind> BY_CODE = new HashMap<>();
        private static final Map<String, String> STATE_OF_REGION = new HashMap<>();

        static {
            for (String line : Lexicon.lines("countries.tsv")) {
                String[] row = line.split("\t", -1);
                String code = row[0].strip();
                String kind = row.length > 4 ? row[4].strip() : "";
                if (kind.isEmpty()) {
                    continue;
                }
                if (kind.startsWith("region of ")) {
                    BY_CODE.put(code, Kind.REGION);
                    STATE_OF_REGION.put(code, kind.substring("region of ".length()).strip());
                } else {
                    BY_CODE.put(code, switch (kind) {
                        case "organisation" -> Kind.ORGANISATION;
                        case "group" -> Kind.GROUP;
                        default -> throw new IllegalStateException("countries.tsv: unknown kind '" + kind + "' of " + code);
                    });
                }
            }
        }
    }

    static Gazetteer load() {
        List<String[]> rows = new ArrayList<>();
        for (String line : Lexicon.lines("countries.tsv")) {
            rows.add(line.split("\t", -1));
        }
        return new Gazetteer(rows);
    }

    /** The places a text names, in order: at each word, the longest name or adjective that starts there. */
    List<Place> find(String text) {
        List<Place> places = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            boolean wordStart = isWordChar(text.charAt(i)) && (i == 0 || !isWordChar(text.charAt(i - 1)));
            if (!wordStart) {
                i++;
                continue;
            }
            int matched = 0;
            int clitic = arabicClitic(text, i);
            if (clitic > 0) {
                i += clitic; // "والعراق" is "and Iraq": the name starts after the clitic
            }
            int wordEnd = wordEnd(text, i);
            for (String surface : firstWords.candidates(text, i, wordEnd)) {
                if (text.startsWith(surface, i) && endsAtBoundary(text, i + surface.length())
                        && !(standalone.contains(surface) && afterCapitalisedWord(text, i))) {
                    int end = i + surface.length();
                    if (text.startsWith("'s", end) || text.startsWith("’s", end)) {
                        end += 2;
                    }
                    places.add(new Place(codeBySurface.get(surface), i, end, formBySurface.get(surface)));
                    matched = end - i;
                    break;
                }
            }
            i += Math.max(matched, Math.max(1, wordEnd - i));
        }
        return places;
    }

    /**
     * The length of an Arabic clitic written onto a name with its article: "و" (and), "ف", "ب" (in), "ك" before
     * "ال"; 0 when there is none.
     */
    private static int arabicClitic(String text, int at) {
        if (at + 3 < text.length() && "وفبك".indexOf(text.charAt(at)) >= 0 && text.startsWith("ال", at + 1)) {
            return 1;
        }
        return 0;
    }

    /** A trie of the names' first words (see {@link CharTrie}), each word's node holding the names it begins. */
    static final class FirstWords extends CharTrie<FirstWords> {
        /** The names whose first word ends here, longest first, or {@code null}. */
        private List<String> surfaces;

        @Override
        protected FirstWords newNode() {
            return new FirstWords();
        }

        /** Adds a name under its first word; names are added longest first. */
        void add(String firstWord, String surface) {
            FirstWords node = this;
            for (int i = 0; i < firstWord.length(); i++) {
                node = node.add(firstWord.charAt(i));
            }
            if (node.surfaces == null) {
                node.surfaces = new ArrayList<>(1);
            }
            node.surfaces.add(surface);
        }

        /**
         * The names whose first word is the word {@code text[start, end)}, then those whose first word is a prefix
         * of it, the longer prefix first ("U.S." in "U.S.-Iraq", "Iraq" in "Iraq's"): found in one walk down the
         * trie, without making the word.
         */
        List<String> candidates(String text, int start, int end) {
            List<String> exact = null;
            List<List<String>> prefixes = null;
            FirstWords node = this;
            for (int at = start; at < end; at++) {
                node = node.next(text.charAt(at));
                if (node == null) {
                    break;
                }
                if (node.surfaces != null) {
                    if (at + 1 == end) {
                        exact = node.surfaces;
                    } else {
                        prefixes = prefixes == null ? new ArrayList<>(2) : prefixes;
                        prefixes.add(node.surfaces);
                    }
                }
            }
            if (prefixes == null) {
                return exact != null ? exact : List.of();
            }
            List<String> found = new ArrayList<>(exact == null ? List.of() : exact);
            for (int p = prefixes.size() - 1; p >= 0; p--) { // the longer prefix first
                found.addAll(prefixes.get(p));
            }
            return found;
        }
    }

    /**
     * Whether a capitalised word other than "The" ends just before {@code at}, with a space between, or such a
     * word and "and" ("Peace and Security Council").
     */
    private static boolean afterCapitalisedWord(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == at || end == 0) {
            return false;
        }
        int start = end;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end);
        if ((word.equals("and") || word.equals("&")) && start > 0) {
            return afterCapitalisedWord(text, start); // "Peace and Security Council": another body's name
        }
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.equals("The");
    }

    private static boolean endsAtBoundary(String text, int end) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || text.charAt(end - 1) == '.';
    }

    static String withoutPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }

    /** The code of a single word or phrase that names a country: "Iraqi", "Iraq's", "U.S."; also in capitals. */
    Optional<String> codeOf(String words) {
        String stripped = withoutPossessive(words.strip());
        String code = codeBySurface.get(stripped);
        if (code == null && stripped.length() > 4 && !hasLowerCase(stripped)
                && stripped.equals(stripped.toUpperCase(Locale.ROOT))) {
            code = codeByFolded.get(fold(stripped));
        }
        return Optional.ofNullable(code);
    }

    /**
     * Whether the phrase that {@link Tokens#join} makes of tokens from this one may be a name {@link #codeOf} knows:
     * it starts with the token as written, unless the token is a possessive (which a phrase of one token drops) or
     * may be in capitals (looked up folded). Answered by one look-up of the token's own text, whose hash the token
     * keeps, for every word of a run that {@link CountryPhrases#countryAt} tries with one to six tokens.
     */
    boolean mayStartName(Tokens.Token first) {
        String text = first.text();
        return nameStarts.contains(text) || first.possessive() || !hasLowerCase(text);
    }

    /**
     * Whether a character of the text changes in capitals, so that the text is not {@code
     * text.toUpperCase(Locale.ROOT)}: answered without making the text in capitals, as most words hold such a
     * character. False does not say the text is in capitals ("ß" is not, and stays as it is here).
     */
    private static boolean hasLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.toUpperCase(c) != c) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('ı', 'i').toLowerCase(Locale.ROOT);
    }
}
