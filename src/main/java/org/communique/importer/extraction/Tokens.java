package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into word and punctuation tokens with their offsets. A full stop stays on a word
 * only where it marks an abbreviation or an initial ("U.S.", "J.", "Dr.", "Gen."), so that a sentence's
 * last word is a word like any other.
 */
final class Tokens {

    /**
     * A token and where it stands in the paragraph; {@code bare} is the word without a trailing full stop
     * or possessive, in lower case, for matching against word lists. Equal to another with the same text, place,
     * kind and bare form, as a record would be; a class rather than a record only to keep what the role lexicon
     * found the word to be ({@link LexiconWords}), which is asked of a run's words again and again.
     */
    static final class Token {
        private final String text;
        private final int start;
        private final int end;
        private final boolean word;
        private final String bare;
        /** The lexicon that last looked the word up, and what the word is in its lists. */
        private LexiconWords lexicon;
        private LexiconWords.Word inLexicon;

        Token(String text, int start, int end, boolean word, String bare) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.word = word;
            this.bare = bare;
        }

        Token(String text, int start, int end, boolean word) {
            this(text, start, end, word, bareForm(text));
        }

        String text() {
            return text;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        boolean word() {
            return word;
        }

        String bare() {
            return bare;
        }

        /** What this lexicon found the word to be, if it has looked it up; else {@code null}. */
        LexiconWords.Word inLexicon(LexiconWords lexicon) {
            return this.lexicon == lexicon ? inLexicon : null;
        }

        void keepInLexicon(LexiconWords lexicon, LexiconWords.Word word) {
            this.lexicon = lexicon;
            this.inLexicon = word;
        }

        private static String bareForm(String text) {
            String bare = text;
            if (bare.endsWith("'s") || bare.endsWith("’s")) {
                bare = bare.substring(0, bare.length() - 2);
            }
            if (bare.endsWith(".")) {
                bare = bare.substring(0, bare.length() - 1);
            }
            return bare.toLowerCase(Locale.ROOT);
        }

        boolean capitalized() {
            if (!word) {
                return false;
            }
            int first = text.codePointAt(0);
            if (Character.isUpperCase(first)) {
                return true;
            }
            // "al-Sudani", "el-Sisi": a lower-case article before a capitalised name
            int hyphen = text.indexOf('-');
            return hyphen > 0 && hyphen <= 3 && hyphen + 1 < text.length()
                    && Character.isUpperCase(text.codePointAt(hyphen + 1));
        }

        boolean possessive() {
            return text.endsWith("'s") || text.endsWith("’s");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Token token && start == token.start && end == token.end && word == token.word
                    && text.equals(token.text) && bare.equals(token.bare);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(text, start, end, word, bare);
        }

        @Override
        public String toString() {
            return "Token[text=" + text + ", start=" + start + ", end=" + end + ", word=" + word + ", bare=" + bare + "]";
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}(?![\\p{L}])"                       // U.S., H.E.
                    + "|\\p{L}[\\p{L}\\p{M}\\p{N}'’\\-‐‑]*(?<![-'’])"  // words, with hyphens and apostrophes
                    + "|\\p{N}+(?:[.,:]\\p{N}+)*%?"                  // numbers
                    + "|[^\\s\\p{L}\\p{N}]");                          // punctuation, one mark at a time
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "gen", "maj", "lt", "brig",
            "col", "adm", "sgt", "capt", "cmdr", "cdr", "jr", "sr", "st", "prof", "rep", "sen", "gov", "hon", "ret", "eng",
            "no", "vol", "amb", "pres", "sec", "dept", "inc", "co", "corp", "ltd", "vs", "mt", "ft", "jan", "feb",
            "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec");
    /**
     * The longest abbreviation's length: a longer word before a full stop, as a sentence's last word mostly is, is
     * none, and is not lower-cased to be looked up (lower case never makes a word shorter).
     */
    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    private Tokens() {
    }

    /**
     * The tokens of a text, read code point by code point as {@link #TOKEN} would find them (a test compares
     * the two on chosen and random texts): a run of two or more capitals with full stops, a word, a number,
     * or one mark of punctuation.
     */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int first = text.codePointAt(at);
            if (isPatternSpace(first)) {
                at++;
                continue;
            }
            Token token = token(text, at, tokenEnd(text, at, first));
            tokens.add(token);
            at = token.end();
        }
        return tokens;
    }

    /** The tokens as {@link #TOKEN} finds them: kept to check {@link #of} against. */
    static List<Token> ofByPattern(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            Token token = token(text, m.start(), m.end());
            if (token.end() != m.end()) {
                m.region(token.end(), text.length());
            }
            tokens.add(token);
        }
        return tokens;
    }

    /** The token found from {@code start} to {@code end}, taking the full stop of an abbreviation or initial. */
    private static Token token(String text, int start, int end) {
        String value = text.substring(start, end);
        boolean word = Character.isLetter(value.codePointAt(0));
        if (word && end < text.length() && text.charAt(end) == '.' && takesFullStop(value)) {
            value = value + ".";
            end++;
        } else if (word && endsTransliteratedName(text, end) && Character.isUpperCase(value.codePointAt(0))) {
            value = value + text.charAt(end); // "Shia' al-Sudani": the apostrophe stands for an Arabic letter
            end++;
        }
        return new Token(value, start, end, word);
    }

    /** Where the token that starts at {@code start} with {@code first} ends, trying {@link #TOKEN}'s four forms in turn. */
    private static int tokenEnd(String text, int start, int first) {
        if (first < 0x80) {
            return asciiTokenEnd(text, start, (char) first);
        }
        if (Character.getType(first) == Character.UPPERCASE_LETTER) {
            int initials = initialsEnd(text, start);
            if (initials > start) {
                return initials;
            }
        }
        if (Character.isLetter(first)) {
            return wordEnd(text, start);
        }
        if (isNumber(first)) {
            return numberEnd(text, start);
        }
        return start + Character.charCount(first);
    }

    /**
     * {@link #tokenEnd} of a token that starts with an ASCII character, as most do: its class told at once. Only a
     * capital with a full stop after it may start initials.
     */
    private static int asciiTokenEnd(String text, int start, char first) {
        if (first >= 'A' && first <= 'Z') {
            if (start + 1 < text.length() && text.charAt(start + 1) == '.') {
                int initials = initialsEnd(text, start);
                if (initials > start) {
                    return initials;
                }
            }
            return wordEnd(text, start);
        }
        if (first >= 'a' && first <= 'z') {
            return wordEnd(text, start);
        }
        if (first >= '0' && first <= '9') {
            return numberEnd(text, start);
        }
        return start + 1;
    }

    /** The end of "U.S." or "H.E.": two or more capitals each with a full stop, no letter after; or {@code start}. */
    private static int initialsEnd(String text, int start) {
        int at = start;
        int pairs = 0;
        while (at < text.length()) {
            int c = text.codePointAt(at);
            int stop = at + Character.charCount(c);
            if (Character.getType(c) != Character.UPPERCASE_LETTER || stop >= text.length() || text.charAt(stop) != '.') {
                break;
            }
            at = stop + 1;
            pairs++;
        }
        if (pairs < 2 || at < text.length() && Character.isLetter(text.codePointAt(at))) {
            return start;
        }
        return at;
    }

    /** The end of a word: letters, marks, digits, hyphens and apostrophes, not ending on a hyphen or apostrophe. */
    private static int wordEnd(String text, int start) {
        int at = start + Character.charCount(text.codePointAt(start));
        int end = at;
        while (at < text.length()) {
            char ascii = text.charAt(at);
            if (ascii < 0x80) { // a letter or digit goes on the word; a hyphen or apostrophe too, but may not end it
                if (ascii >= 'a' && ascii <= 'z' || ascii >= 'A' && ascii <= 'Z' || ascii >= '0' && ascii <= '9') {
                    end = ++at;
                    continue;
                }
                if (ascii != '-' && ascii != '\'') {
                    break;
                }
                at++;
                continue;
            }
            int c = text.codePointAt(at);
            if (!Character.isLetter(c) && !isMark(c) && !isNumber(c) && "'’-‐‑".indexOf(c) < 0) {
                break;
            }
            at += Character.charCount(c);
            if (c != '-' && c != '\'' && c != '’') {
                end = at;
            }
        }
        return end;
    }

    /** The end of a number: digits, groups after a full stop, comma or colon, and a per cent sign. */
    private static int numberEnd(String text, int start) {
        int at = digitsEnd(text, start);
        while (at + 1 < text.length() && ".,:".indexOf(text.charAt(at)) >= 0 && digitsEnd(text, at + 1) > at + 1) {
            at = digitsEnd(text, at + 1);
        }
        return at < text.length() && text.charAt(at) == '%' ? at + 1 : at;
    }

    private static int digitsEnd(String text, int start) {
        int at = start;
        while (at < text.length()) {
            char ascii = text.charAt(at);
            if (ascii >= '0' && ascii <= '9') {
                at++;
                continue;
            }
            if (ascii < 0x80) {
                break;
            }
            int c = text.codePointAt(at);
            if (!isNumber(c)) {
                break;
            }
            at += Character.charCount(c);
        }
        return at;
    }

    /** {@code \p{N}}: a digit, a letter-like number (Ⅻ) or another number (½, ²). */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** {@code \p{M}}: a combining mark. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** {@code \s} as a pattern reads it without Unicode classes: ASCII spaces, tabs and line ends only. */
    private static boolean isPatternSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Tokens {@code from} to {@code to} as text: words spaced, punctuation joined, without a possessive at the end. */
    static String join(List<Token> tokens, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (text.length() > 0 && (token.word() || "–—".contains(token.text()))) {
                text.append(' ');
            }
            text.append(token.text());
        }
        return Gazetteer.withoutPossessive(text.toString());
    }

    private static boolean endsTransliteratedName(String text, int end) {
        return end + 2 < text.length() && "'’ʿʾ".indexOf(text.charAt(end)) >= 0
                && Character.isWhitespace(text.charAt(end + 1)) && Character.isLetter(text.charAt(end + 2))
                && (end == 0 || Character.isLetter(text.charAt(end - 1)));
    }

    private static boolean takesFullStop(String word) {
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || word.length() <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
