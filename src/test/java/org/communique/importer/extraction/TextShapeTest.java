package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Word counts and prose tests that hold for scripts written with and without spaces, and the hand-written
 * text measures giving what their regular-expression definitions give.
 */
class TextShapeTest {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");
    private static final char[] ALPHABET = {'a', 'B', '.', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2000',
            '\u2009', '\u200B', '\u200C', '\u202F', '\u205F', '\u3000', '\u1680', '\u2028', '\u0085', 'é', '’'};

    @Test
    void collapsesEveryRunOfSpacesToOne() {
        assertThat(TextShape.collapse("  Joint\u00A0 statement\t\n on\u200Btrade  ")).isEqualTo("Joint statement on trade");
        assertThat(TextShape.collapse("already clean")).isEqualTo("already clean");
    }

    @Test
    void collapseAgreesWithItsPatternOnRandomText() {
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String expected = WHITESPACE.matcher(text).replaceAll(" ").strip();
            assertThat(TextShape.collapse(text.toString())).as("collapse of [%s]", text).isEqualTo(expected);
        }
    }

    @Test
    void aTextOfSpacesAloneIsOneThatCollapsesToNothing() {
        Random random = new Random(19);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                // mostly spaces, so that texts of spaces alone come up often
                text.append(random.nextInt(4) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)]
                        : ALPHABET[3 + random.nextInt(16)]);
            }
            if (TextShape.isAllSpace(text)) {
                assertThat(TextShape.collapse(text.toString())).as("collapse of [%s]", text).isEmpty();
            }
            assertThat(TextShape.isAllSpace(text)).as("[%s]", text)
                    .isEqualTo(WHITESPACE.matcher(text).replaceAll("").isEmpty());
        }
    }

    @Test
    void aFunctionWordIsOneOfTheListInLowerCase() {
        java.util.Set<String> listed = java.util.Set.copyOf(Lexicon.lines("function-words.txt"));
        List<String> pieces = new java.util.ArrayList<>(listed);
        pieces.addAll(List.of("THE", "The", "İn", "ı", "é", "ß", "Σ", "\u0000", "x", "Z", "_", "1", "betweenness", "abcdefghij"));
        Random random = new Random(23);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                String piece = pieces.get(random.nextInt(pieces.size()));
                text.append(random.nextInt(4) == 0 ? piece.toUpperCase(java.util.Locale.ROOT) : piece);
            }
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            String written = text.toString();
            assertThat(TextShape.isFunctionWord(written, start, end)).as("[%s] %d-%d", written, start, end)
                    .isEqualTo(listed.contains(written.substring(start, end).toLowerCase(java.util.Locale.ROOT)));
        }
    }

    @Test
    void countsSpacedWordsOneByOne() {
        assertThat(TextShape.words("The two ministers met in Baghdad on Tuesday.")).isEqualTo(8);
        assertThat(TextShape.words("양국 외교장관은 서울에서 회담을 가졌다.")).isEqualTo(5);
    }

    @Test
    void countsChineseAndJapaneseByTheirCharacters() {
        // eleven ideographs: one word for every two
        assertThat(TextShape.words("两国外长在北京举行会谈")).isEqualTo(6);
        // kana count like ideographs, punctuation does not count
        assertThat(TextShape.words("両外相は、一致しました。")).isEqualTo(5);
        // a Latin word or a number inside Chinese text is a word of its own
        assertThat(TextShape.words("3月4日，外长在APEC会议期间举行会谈")).isEqualTo(2 + 1 + 7);
    }

    @Test
    void countsThaiByItsLettersAndMarks() {
        String thai = "รัฐมนตรีว่าการกระทรวงการต่างประเทศเดินทางเยือนกรุงโตเกียว";
        assertThat(TextShape.words(thai)).isEqualTo((thai.codePointCount(0, thai.length()) + 3) / 4);
        assertThat(TextShape.words(thai)).isGreaterThan(10);
    }

    @Test
    void keepsAccentsAndMarksInsideTheirWord() {
        // a combining acute accent (decomposed form) does not split "Fidan" from "é"
        assertThat(TextShape.words("Le ministre a salue\u0301 la de\u0301le\u0301gation")).isEqualTo(6);
        assertThat(TextShape.words("विदेश मंत्री ने बैठक की")).isEqualTo(5);
    }

    @Test
    void readsAChineseOrJapaneseParagraphAsProse() {
        assertThat(TextShape.isProse("外长表示，两国是山水相连的友好邻邦，愿同对方一道，推动务实合作不断取得新成果。")).isTrue();
        assertThat(TextShape.isProse("両外相は、今後も緊密に意思疎通を行っていくことで一致しました。")).isTrue();
        assertThat(TextShape.isProse("新能源汽车销量持续增长")).isFalse();
    }

    @Test
    void weighsIdeographsAsSeveralLatinCharacters() {
        assertThat(TextShape.latinLength("abc")).isEqualTo(3);
        assertThat(TextShape.latinLength("会谈 talks")).isEqualTo(3 + 3 + 6);
    }
}
