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
     * or possessive, in lower case, for matching against word lists.
     */
    record Token(String text, int start, int end, boolean word, String bare) {

        Token(String text, int start, int end, boolean word) {
            this(text, start, end, word, bareForm(text));
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

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String value = m.group();
            int start = m.start();
            int end = m.end();
            boolean word = Character.isLetter(value.codePointAt(0));
            if (word && end < text.length() && text.charAt(end) == '.' && takesFullStop(value)) {
                value = value + ".";
                end++;
                m.region(end, text.length());
            } else if (word && endsTransliteratedName(text, end) && Character.isUpperCase(value.codePointAt(0))) {
                value = value + text.charAt(end); // "Shia' al-Sudani": the apostrophe stands for an Arabic letter
                end++;
                m.region(end, text.length());
            }
            tokens.add(new Token(value, start, end, word));
        }
        return tokens;
    }

    private static boolean endsTransliteratedName(String text, int end) {
        return end + 2 < text.length() && "'’ʿʾ".indexOf(text.charAt(end)) >= 0
                && Character.isWhitespace(text.charAt(end + 1)) && Character.isLetter(text.charAt(end + 2))
                && (end == 0 || Character.isLetter(text.charAt(end - 1)));
    }

    private static boolean takesFullStop(String word) {
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
