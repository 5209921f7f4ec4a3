package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BodyCutsWordsTest {

    @Test
    void wordsAreThoseThePatternFinds() {
        for (String text : List.of("", "the minister's visit, 12–14 May 2024", "Ⅻ ½ ² x²y", "naïve café", "e\u0301t\u00e9",
                "𝐀𝐁 emoji 😀 end", "مرحبا بالعالم 2024", "tab\tand\nnew line", "   ")) {
            assertThat(BodyCuts.words(text)).as(text).isEqualTo(BodyCuts.wordsByPattern(text));
        }
        Random random = new Random(13);
        String alphabet = "aZé1½Ⅻ ,.-\u0301😀𝐀\uD800ß'’";
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(BodyCuts.words(text.toString())).as(text.toString())
                    .isEqualTo(BodyCuts.wordsByPattern(text.toString()));
        }
        for (int c = 0; c < 0x3000; c++) { // every character of the ASCII shortcut and far past it, between words
            String text = "a" + (char) c + "b " + (char) c;
            assertThat(BodyCuts.words(text)).as("U+%04X", c).isEqualTo(BodyCuts.wordsByPattern(text));
        }
    }
}
