package org.communique.benchmark;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scoring rules of the development pages' README, one method per field: texts are normalised (NFKC,
 * no-break spaces, straight quotes, plain hyphens, single spaces, case folded) before any comparison;
 * titles match exactly or on 90% of their words; dates exactly at the labelled precision; officials on
 * names only, loosely (accents, titles, suffixes and al-/el- dropped, spelling variants folded).
 */
final class DevPageScore {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Set<String> NAME_TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sheikh", "shaikh", "sheik",
            "h", "e", "he", "his", "her", "excellency", "highness", "majesty", "president", "vice", "prime", "minister",
            "premier", "chancellor", "secretary", "general", "ambassador", "king", "queen", "prince", "emir", "crown",
            "senator", "sen", "rep", "gen", "lt", "col", "maj", "adm", "admiral", "sayyid", "sayed", "sir", "prof",
            "professor", "foreign", "state", "councilor", "deputy", "chairman", "speaker", "mister", "madam", "hon",
            "honorable", "honourable", "the", "of");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Set<String> PARTICLES = Set.of("al", "el");
    private static final Pattern MUHAMMAD = Pattern.compile("m[ou]h[ae]?mm?[ae]d");
    private static final Pattern GLUED_PARTICLE = Pattern.compile("(?:al|el)([^aeiou\\W]\\p{L}{3,})");

    private DevPageScore() {
    }

    /** The README's normalisation of every compared text. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u00a0', ' ')
                .replaceAll("[\u2018\u2019\u201a\u201b\u2032]", "'").replaceAll("[\u201c\u201d\u201e\u201f\u2033]", "\"")
                .replaceAll("[\u2013\u2014]", "-").replaceAll("\\s+", " ").trim();
        return s.toLowerCase(Locale.ROOT);
    }

    static boolean titleMatches(String extracted, List<String> labels) {
        if (labels.isEmpty()) {
            return extracted != null && !extracted.isBlank() && extracted.strip().length() <= 160;
        }
        String got = titleForm(extracted);
        for (String label : labels) {
            String want = titleForm(label);
            if (got.equals(want) || wordShare(got, want) >= 0.9) {
                return true;
            }
        }
        return false;
    }

    private static String titleForm(String title) {
        return normalize(title).replaceAll("\\s*-\\s*", "-").replaceAll("[.: ]+$", "");
    }

    /** The share of words two texts have in common, over the longer one (as multisets). */
    private static double wordShare(String a, String b) {
        List<String> wordsA = words(a);
        List<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        wordsA.forEach(w -> counts.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : wordsB) {
            Integer left = counts.get(w);
            if (left != null && left > 0) {
                counts.put(w, left - 1);
                common++;
            }
        }
        return (double) common / Math.max(wordsA.size(), wordsB.size());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static boolean dateMatches(String extracted, List<String> labels) {
        return labels.isEmpty() ? extracted == null : labels.contains(extracted);
    }

    /** Whether {@code bodyFirst} starts within the first 800 characters or the first quarter of the body. */
    static boolean bodyStarts(String body, String bodyFirst) {
        String text = normalize(body);
        int at = text.indexOf(normalize(bodyFirst));
        return at >= 0 && at <= Math.max(800, text.length() / 4);
    }

    static boolean contains(String body, String line) {
        return normalize(body).contains(normalize(line));
    }

    /** The counts of one page's officials: names matched once each, the rest false, forbidden ones apart. */
    record Officials(int truePositives, int falsePositives, int falseNegatives, List<String> missed,
            List<String> extra, List<String> forbidden) {
    }

    static Officials officials(List<String> extracted, List<String> labels, List<String> forbiddenLabels) {
        List<List<String>> wanted = new ArrayList<>(labels.stream().map(DevPageScore::nameTokens).toList());
        List<String> wantedNames = new ArrayList<>(labels);
        List<String> extra = new ArrayList<>();
        List<String> forbidden = new ArrayList<>();
        int tp = 0;
        for (String name : extracted) {
            List<String> got = nameTokens(name);
            int match = -1;
            for (int i = 0; i < wanted.size() && match < 0; i++) {
                if (sameName(got, wanted.get(i))) {
                    match = i;
                }
            }
            if (match >= 0) {
                tp++;
                wanted.remove(match);
                wantedNames.remove(match);
            } else {
                extra.add(name);
                if (forbiddenLabels.stream().anyMatch(f -> sameName(got, nameTokens(f)))) {
                    forbidden.add(name);
                }
            }
        }
        return new Officials(tp, extra.size(), wantedNames.size(), wantedNames, extra, forbidden);
    }

    /** A name as comparable tokens: accents, titles, suffixes and al-/el- gone, spelling variants folded. */
    static List<String> nameTokens(String name) {
        String plain = Normalizer.normalize(normalize(name), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        List<String> tokens = new ArrayList<>();
        Matcher m = NAME_TOKEN.matcher(plain.replace("'", ""));
        while (m.find()) {
            String token = m.group();
            if (NAME_TITLES.contains(token) || NAME_SUFFIXES.contains(token) || PARTICLES.contains(token)) {
                continue;
            }
            Matcher glued = GLUED_PARTICLE.matcher(token);
            if (glued.matches()) {
                token = glued.group(1);
            }
            if (MUHAMMAD.matcher(token).matches()) {
                token = "muhammad";
            }
            token = token.replace("dh", "z").replaceAll("(\\p{L})\\1", "$1");
            tokens.add(token);
        }
        if (tokens.isEmpty()) {
            tokens.add(plain);
        }
        return tokens;
    }

    static boolean sameName(List<String> a, List<String> b) {
        String surnameA = a.get(a.size() - 1);
        String surnameB = b.get(b.size() - 1);
        if (surnameA.equals(surnameB)) {
            if (a.get(0).charAt(0) == b.get(0).charAt(0)) {
                return true;
            }
            for (String token : a.subList(0, a.size() - 1)) {
                if (b.subList(0, b.size() - 1).contains(token)) {
                    return true;
                }
            }
        }
        if (a.size() > 1 && new TreeSet<>(a).equals(new TreeSet<>(b))) {
            return true; // the same name written family name first
        }
        return similarity(String.join(" ", a), String.join(" ", b)) >= 0.85;
    }

    /** 2·LCS / (|a| + |b|), the ratio of difflib's sequence matcher without its junk heuristics. */
    static double similarity(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 2.0 * previous[b.length()] / (a.length() + b.length());
    }

    static double f1(int tp, int fp, int fn) {
        return tp == 0 ? (fp + fn == 0 ? 1 : 0) : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
