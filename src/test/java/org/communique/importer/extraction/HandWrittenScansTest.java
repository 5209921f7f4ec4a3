package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Hand-written scans that replace a regex or a slower reading: each compared with what it replaced. */
class HandWrittenScansTest {

    private static final String ALPHABET = "aZ ,\t\n\u000B\f\r\u00A0\u2003\u001Cé-_";

    @Test
    void reportedSpeechScreenedIsThePatternTriedOnEveryText() {
        java.util.regex.Pattern reported = java.util.regex.Pattern.compile(
                "\\b(said|says|told|added|noted|according to|stressed|affirmed|explained|stated)\\b");
        String[] pieces = {"said", "Said", "SAID", "says", "told", "added", "noted", "according to", "According to",
                "stressed", "affirmed", "explained", "stated", "unsaid", "saidx", "_said", "a\u0301said", "sa\u0130d",
                "\u212Aelvin", " ", ", ", ".", "the minister", "é", "2024", "to", "according"};
        Random random = new Random(73);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = text.toString();
            assertThat(TypeClassifier.reportsSpeech(written)).as(written).isEqualTo(reported.matcher(written).find());
        }
    }

    @Test
    void yearSuffixIsCutAsThePatternCutsIt() {
        java.util.regex.Pattern yearSuffix = java.util.regex.Pattern.compile("\\s*\\(((?:19|20)\\d{2})\\)\\s*$");
        String[] pieces = {"(", ")", "2023", "1999", "1899", "20", "23", " ", "\t", "\n", "\r", "\u000B", "\f", "\u00A0",
                "\u2003", "Title", "x", ")x", "(2021)", "(2021) ", "٢٠٢١", "\u0085", "\u2028", "\u2029", "\r\n"};
        Random random = new Random(79);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = text.toString();
            assertThat(Headlines.withoutYearSuffix(written)).as(written)
                    .isEqualTo(yearSuffix.matcher(written).replaceFirst(""));
        }
    }

    @Test
    void sentenceEndIsFoundAsThePatternFindsIt() {
        java.util.regex.Pattern sentenceEnd = java.util.regex.Pattern.compile("[.!?…。؟！？][\"'”’»)\\]」』）]*\\s*$");
        String[] pieces = {".", "!", "?", "…", "。", "؟", "！", "？", "\"", "'", "”", "’", "»", ")", "]", "」", "』", "）",
                "(", "“", " ", "\t", "\n", "\r", "\r\n", "\u000B", "\f", "\u00A0", "\u0085", "\u2028", "\u2029",
                "word", "x", "Mr", "..."};
        Random random = new Random(83);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = text.toString();
            assertThat(TextShape.endsSentence(written)).as(written).isEqualTo(sentenceEnd.matcher(written).find());
        }
    }

    @Test
    void wordsUpToALimitAreTheWordsOrMoreThanTheLimit() {
        String[] pieces = {"word", " ", "  ", "é", "a\u0301", "\u0301", "中文", "日本", "ไทย", "2024", "-", ", ", "\t", "𝐀"};
        Random random = new Random(89);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = text.toString();
            int words = TextShape.words(written);
            int limit = random.nextInt(15);
            int bounded = TextShape.words(written, limit);
            if (words <= limit) {
                assertThat(bounded).as(written).isEqualTo(words);
            } else {
                assertThat(bounded).as(written).isGreaterThan(limit);
            }
        }
    }

    @Test
    void normalisedTextIsComparedAsTheNormalisedStringsCompare() {
        String[] pieces = {"Joint", "joint", "STATEMENT", " ", "  ", "-", "—", ",", "2024", "é", "É", "Σ", "ΟΔΟΣ", "İ",
                "\u00A0", "\t", "a", "b", "x1", "’s", "中文", ".", "(2021)"};
        Random random = new Random(97);
        for (int round = 0; round < 200_000; round++) {
            String text = pieced(random, pieces, 6);
            String other = random.nextInt(3) == 0 ? text.toUpperCase(Locale.ROOT) : pieced(random, pieces, 6);
            String wanted = Headlines.normalized(other);
            assertThat(Headlines.normalizesTo(text, wanted)).as("[%s] to [%s]", text, wanted)
                    .isEqualTo(Headlines.normalized(text).equals(wanted));
            assertThat(Headlines.normalizesTo(text, Headlines.normalized(text))).as(text).isTrue();
        }
    }

    @Test
    void headlineShapeIsThatOfCountingEveryWordAndTheAbbreviationPattern() {
        String[] pieces = {"Word", " ", "U.S.", "D.C.", "Jr.", "St.", "No.", "xNo.", "No", ".", "..", "\n", "中文", "a",
                "the", "Minister", "\u0085"};
        Random random = new Random(101);
        for (int round = 0; round < 200_000; round++) {
            String text = pieced(random, pieces, 40);
            int words = TextShape.words(text);
            String trimmed = text.strip();
            boolean expected = !(words < 3 || words > 30 || text.length() > 250) && (!trimmed.endsWith(".")
                    || trimmed.endsWith("..") || trimmed.matches(".*\\b(U\\.S|D\\.C|Jr|St|No)\\.$"));
            assertThat(TextShape.isHeadlineShaped(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void wordsAreCountedAsCodePointByCodePoint() {
        String[] pieces = {"word", " ", "  ", "é", "a\u0301", "\u0301", "中文", "ไทย", "2024", "-", "_", ", ", "\t", "𝐀",
                "\u00A0", "x", "Ⅻ", "½"};
        Random random = new Random(103);
        for (int round = 0; round < 100_000; round++) {
            String text = pieced(random, pieces, 30);
            assertThat(TextShape.words(text)).as(text).isEqualTo(wordsCodePointByCodePoint(text));
        }
    }

    /** {@link TextShape#words} as it was written before its ASCII shortcut, for texts without unspaced scripts' marks. */
    private static int wordsCodePointByCodePoint(String text) {
        int count = 0;
        int ideographs = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN) {
                ideographs++;
                inWord = false;
                continue;
            }
            if (script == Character.UnicodeScript.THAI && Character.isLetter(c)) {
                unspaced++;
                inWord = false;
                continue;
            }
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            boolean wordChar = Character.isLetter(c) || c == '_' || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER || inWord && mark;
            if (wordChar && !inWord) {
                count++;
            }
            inWord = wordChar;
        }
        return count + (ideographs + 1) / 2 + (unspaced + 3) / 4;
    }

    private static String pieced(Random random, String[] pieces, int most) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(most); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    @Test
    void bylineLinesAreScreenedAsTheirPatternsFindThem() {
        java.util.regex.Pattern officeCredit = java.util.regex.Pattern.compile(
                "\\b(?:office|section|division|department|ministry|bureau|unit|directorate|secretariat|spokesperson|"
                        + "spokesman|press service|press centre|press center|information service|embassy|consulate|mission)\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE);
        java.util.regex.Pattern bySomeone = java.util.regex.Pattern.compile("^\\s*By\\s+(?!The\\b)\\p{Lu}[^!?]{2,80}$");
        String[] pieces = {"By", "by", "BY", " ", "\t", "\n", "\u00A0", "\u2003", "The", "Jane", "Roe", "OFFICE", "Office",
                "offices", "Press ", "Service", "Ministry", "ministry's", "mission", "K", "ſ", "İ", "!", "?", ",", "x", "Embassy"};
        Random random = new Random(109);
        for (int round = 0; round < 200_000; round++) {
            String text = pieced(random, pieces, 8);
            assertThat(TypeClassifier.isOfficeCredit(text)).as(text).isEqualTo(officeCredit.matcher(text).find());
            assertThat(TypeClassifier.isBySomeone(text)).as(text).isEqualTo(bySomeone.matcher(text).find());
        }
    }

    @Test
    void firstTokenIsTheFirstPieceOfSplittingOnWhitespace() {
        for (String text : List.of("", "a", "nav main", "share\tbar", "x\u00A0y z", "one\u2003two three", "end ")) {
            String stripped = text.strip();
            assertThat(MarkupPruning.firstToken(stripped)).as(text).isEqualTo(stripped.split("\\s+")[0]);
        }
        Random random = new Random(6);
        for (int round = 0; round < 50_000; round++) {
            String stripped = randomText(random).strip();
            assertThat(MarkupPruning.firstToken(stripped)).as(stripped).isEqualTo(stripped.split("\\s+")[0]);
        }
    }

    @Test
    void functionWordRatioIsThatOfLookingUpEveryWord() {
        Set<String> functionWords = Set.copyOf(Lexicon.lines("function-words.txt"));
        List<String> words = new ArrayList<>(functionWords);
        words.addAll(List.of("THE", "Of", "\u0130n", "\u212Aingdom", "international", "cooperation", "ministers",
                "é", "x", "2024", "ÀÉÎ", "STRAßE"));
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                String word = words.get(random.nextInt(words.size()));
                text.append(random.nextBoolean() ? word : word.toUpperCase(Locale.ROOT)).append(random.nextBoolean() ? " " : ", ");
            }
            assertThat(TextShape.functionWordRatio(text.toString())).as(text.toString())
                    .isEqualTo(lookingUpEveryWord(text.toString(), functionWords));
        }
        assertThat(TextShape.functionWordRatio("the cooperation of the ministers")).isEqualTo(0.6);
    }

    /** The ratio as it was worked out before: every word cut out, lower-cased and looked up. */
    private static double lookingUpEveryWord(String text, Set<String> functionWords) {
        int all = 0;
        int function = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            if (TextShape.isWordChar(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                all++;
                if (functionWords.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    function++;
                }
                start = -1;
            }
            i += i < text.length() ? Character.charCount(c) : 1;
        }
        return all == 0 ? 0 : (double) function / all;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
