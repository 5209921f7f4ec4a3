package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-written text measures give what their regular-expression definitions give. */
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
}
