package org.communique.official;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys under which two spellings of one person's name meet: "Anthony Blinken" and "Antony J. Blinken",
 * "Mustafa Al-Kazemi" and "Mustafa al-Kadhimi", "Thabit Muhammad Al-Abassi" and "Thabit al-Abbasi".
 * Each token is folded to ASCII and lower case; the Arabic article (al-, el-, ash-...) and honorifics,
 * initials and suffixes are dropped; common transliteration pairs (dh/z, th/t, kh/k, q/k, ou/u,
 * Mohammed/Muhammad) and doubled letters are made one. The loose key keeps only the consonants.
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ARTICLE = Pattern.compile("^(al|el|ad|ag|an|ar|as|ash|at|az|ath|adh)[-‐‑]");
    private static final Set<String> DROPPED = Set.of("al", "el", "jr", "sr", "ii", "iii", "iv", "dr", "mr", "mrs",
            "ms", "he", "gen", "prof", "the");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʿʾ`´]");
    private static final Pattern SPACES = Pattern.compile("[\\s.]+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z-]");
    private static final Pattern HYPHEN = Pattern.compile("-");
    private static final Pattern MUHAMMAD = Pattern.compile("^m[ou]h?h?am+[ae]d$");

    private NameKey() {
    }

    /**
     * The normalised tokens of a name: marks dropped after decomposition, lower case, apostrophes dropped;
     * split at spaces and full stops, then each piece without its Arabic article, without what is not a
     * letter or a hyphen, and split at hyphens. One pass by hand, as names are keyed many times a page: the
     * same as the regular expressions above would do, step by step (a test compares the two).
     */
    public static List<String> tokens(String name) {
        String decomposed = isAscii(name) ? name : withoutMarks(Normalizer.normalize(name, Normalizer.Form.NFD));
        String folded = withoutApostrophes(decomposed.toLowerCase(Locale.ROOT));
        List<String> tokens = new ArrayList<>();
        int n = folded.length();
        int start = 0;
        while (start < n) {
            while (start < n && isSpaceOrStop(folded.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && !isSpaceOrStop(folded.charAt(end))) {
                end++;
            }
            if (end > start) {
                addParts(lettersAndHyphens(folded, start + articleLength(folded, start, end), end), tokens);
            }
            start = end;
        }
        return tokens;
    }

    /** The tokens as the regular expressions make them: kept to check {@link #tokens} against. */
    static List<String> tokensByPatterns(String name) {
        String folded = APOSTROPHES.matcher(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)).replaceAll("");
        List<String> tokens = new ArrayList<>();
        for (String raw : SPACES.split(folded)) {
            String token = NOT_LETTERS.matcher(ARTICLE.matcher(raw).replaceFirst("")).replaceAll("");
            for (String part : HYPHEN.split(token)) {
                if (part.length() <= 1 || DROPPED.contains(part)) {
                    continue;
                }
                tokens.add(normalize(part));
            }
        }
        return tokens;
    }

    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ag", "an", "ar", "as", "ash", "at", "az", "ath",
            "adh");

    /** Whether a text is ASCII only: decomposed as it is, and without marks, so neither step is needed. */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@link #MARKS}: the combining marks (\p{M}) left out. */
    private static String withoutMarks(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (mark && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!mark && out != null) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out == null ? text : out.toString();
    }

    /** {@link #APOSTROPHES} left out. */
    private static String withoutApostrophes(String text) {
        int first = 0;
        while (first < text.length() && "'’ʿʾ`´".indexOf(text.charAt(first)) < 0) {
            first++;
        }
        if (first == text.length()) {
            return text; // most names hold none
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("'’ʿʾ`´".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #SPACES}: the whitespace of {@code \s} (ASCII) and the full stop. */
    private static boolean isSpaceOrStop(char c) {
        return c == ' ' || c == '.' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@link #ARTICLE}: the length of an Arabic article and its hyphen at the piece's start, or 0. */
    private static int articleLength(String text, int start, int end) {
        for (int i = start + 2; i <= Math.min(start + 3, end - 1); i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '‐' || c == '‑') && ARTICLES.contains(text.substring(start, i))) {
                return i - start + 1;
            }
        }
        return 0;
    }

    /** {@link #NOT_LETTERS}: only a to z and the hyphen kept. */
    private static String lettersAndHyphens(String text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c == '-') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #HYPHEN}: the parts between hyphens, but one-letter parts and dropped words, normalised. */
    private static void addParts(String token, List<String> tokens) {
        int start = 0;
        while (start <= token.length()) {
            int end = token.indexOf('-', start);
            if (end < 0) {
                end = token.length();
            }
            String part = token.substring(start, end);
            if (part.length() > 1 && !DROPPED.contains(part)) {
                tokens.add(normalize(part));
            }
            start = end + 1;
        }
    }

    private static String normalize(String token) {
        if (mayBeMuhammad(token) && MUHAMMAD.matcher(token).matches()) {
            return "muhamad";
        }
        String t = token.replace("dh", "z").replace("th", "t").replace("kh", "k").replace("ph", "f")
                .replace("gh", "g").replace("q", "k").replace("ck", "k").replace("ou", "u").replace("oo", "u")
                .replace("ee", "i");
        if (!hasDoubledLetter(t)) {
            return t;
        }
        StringBuilder collapsed = new StringBuilder();
        for (char c : t.toCharArray()) {
            if (collapsed.length() == 0 || collapsed.charAt(collapsed.length() - 1) != c) {
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    /** What {@link #MUHAMMAD} needs before it is run: six letters or more, from "m" to "d". */
    private static boolean mayBeMuhammad(String token) {
        return token.length() >= 6 && token.charAt(0) == 'm' && token.charAt(token.length() - 1) == 'd';
    }

    private static boolean hasDoubledLetter(String token) {
        for (int i = 1; i < token.length(); i++) {
            if (token.charAt(i) == token.charAt(i - 1)) {
                return true;
            }
        }
        return false;
    }

    /** All tokens: two spellings that differ only in particles, initials or transliteration. */
    public static String exact(String name) {
        return String.join(" ", tokens(name));
    }

    /** First and last token: a middle name or father's name may be left out. */
    public static String firstLast(String name) {
        List<String> tokens = tokens(name);
        if (tokens.isEmpty()) {
            return "";
        }
        return tokens.size() == 1 ? tokens.get(0) : tokens.get(0) + " " + tokens.get(tokens.size() - 1);
    }

    /** First and last token, consonants only: vowels are where transliterations differ most. */
    public static String loose(String name) {
        List<String> tokens = tokens(name);
        if (tokens.size() < 2) {
            return "";
        }
        return skeleton(tokens.get(0)) + " " + skeleton(tokens.get(tokens.size() - 1));
    }

    /** The last token, the family name as most texts use it alone ("Austin said"). */
    public static String surname(String name) {
        List<String> tokens = tokens(name);
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }

    public static String looseSurname(String name) {
        String surname = surname(name);
        return surname.isEmpty() ? "" : skeleton(surname);
    }

    public static String skeleton(String token) {
        StringBuilder out = new StringBuilder();
        out.append(token.charAt(0));
        for (int i = 1; i < token.length(); i++) {
            char c = token.charAt(i);
            if ("aeiouyhw".indexOf(c) < 0 && out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
