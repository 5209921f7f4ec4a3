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

    /** The normalised tokens of a name. */
    public static List<String> tokens(String name) {
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

    private static String normalize(String token) {
        if (MUHAMMAD.matcher(token).matches()) {
            return "muhamad";
        }
        String t = token.replace("dh", "z").replace("th", "t").replace("kh", "k").replace("ph", "f")
                .replace("gh", "g").replace("q", "k").replace("ck", "k").replace("ou", "u").replace("oo", "u")
                .replace("ee", "i");
        StringBuilder collapsed = new StringBuilder();
        for (char c : t.toCharArray()) {
            if (collapsed.length() == 0 || collapsed.charAt(collapsed.length() - 1) != c) {
                collapsed.append(c);
            }
        }
        return collapsed.toString();
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
