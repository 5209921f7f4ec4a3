package org.communique.importer.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Headlines compared as readers see them: letters and numbers alike, case and punctuation aside. */
final class Headlines {

    /** "... (2023)": a year in brackets at a headline's end. */
    static final Pattern YEAR_SUFFIX = Pattern.compile("\\s*\\(((?:19|20)\\d{2})\\)\\s*$");

    private Headlines() {
    }

    /**
     * The text without a year in brackets at its end ("... (2023)"), as {@code YEAR_SUFFIX.replaceFirst("")} gives
     * it: the pattern is tried only on a text that ends in a closing bracket and whitespace (and maybe a line
     * terminator), as it must.
     */
    static String withoutYearSuffix(String text) {
        int end = text.length();
        if (end > 0 && (text.charAt(end - 1) == '\u0085' || text.charAt(end - 1) == '\u2028'
                || text.charAt(end - 1) == '\u2029')) {
            end--; // "$" also matches before a line terminator that ends the text, and \\s takes the others
        }
        while (end > 0 && isPatternSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || text.charAt(end - 1) != ')') {
            return text;
        }
        return YEAR_SUFFIX.matcher(text).replaceFirst("");
    }

    /** {@code \s} of a pattern without flags: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean similar(String a, String b) {
        String x = normalized(a);
        String y = normalized(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        Set<String> wordsA = new HashSet<>(List.of(x.split(" ")));
        Set<String> wordsB = new HashSet<>(List.of(y.split(" ")));
        Set<String> common = new HashSet<>(wordsA);
        common.retainAll(wordsB);
        return common.size() >= 0.75 * Math.min(wordsA.size(), wordsB.size());
    }

    /**
     * {@code normalized(text).equals(wanted)}, read as far as the two differ: most blocks compared with a headline
     * differ from it in their first words. The ASCII characters at the text's start are normalised here one by one
     * (lower-casing an ASCII letter does not depend on the characters around it, as it may for others: a final
     * sigma, a dotted capital I); from the first other character on, the whole text is normalised as before.
     */
    static boolean normalizesTo(String text, String wanted) {
        int matched = 0; // the characters of wanted that the text's normalised start has matched
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return normalized(text).equals(wanted);
            }
            boolean wordChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!wordChar) {
                gap = true;
                continue;
            }
            if (gap && matched > 0) {
                if (matched >= wanted.length() || wanted.charAt(matched) != ' ') {
                    return false;
                }
                matched++;
            }
            gap = false;
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (matched >= wanted.length() || wanted.charAt(matched) != lower) {
                return false;
            }
            matched++;
        }
        return matched == wanted.length();
    }

    static String normalized(String text) {
        // runs of what is neither a letter nor a number replaced by one space, the ends stripped: without a
        // regex, as every block is compared
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
