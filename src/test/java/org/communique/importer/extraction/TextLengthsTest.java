package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class TextLengthsTest {

    @Test
    void strippedLengthIsThatOfTheTextJsoupGives() {
        for (String text : List.of("", " ", "  a  b  ", "\u00A0a\u00A0", "a\u200B \u200B b", "\u000Ba\u000B", "\u2003 a \u2003",
                "\u00AD", "𝐀 \uD800 b\t\n\r\f", "\u2007a\u202F", "\u001Fx\u001C")) {
            assertThat(TextLengths.strippedTextLength(text)).as(text)
                    .isEqualTo(new TextNode(text).text().strip().length());
        }
        Random random = new Random(13);
        String[] alphabet = {"a", "Z", "é", " ", "  ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "\u200B", "\u00AD", "\u2003",
                "\u2007", "\u202F", "\u3000", "\u2028", "\u001F", "𝐀", "\uD800", "\uDC00", "😀", ".", "م"};
        for (int round = 0; round < 200_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String written = text.toString();
            assertThat(TextLengths.strippedTextLength(written)).as(written)
                    .isEqualTo(new TextNode(written).text().strip().length());
        }
    }
}
