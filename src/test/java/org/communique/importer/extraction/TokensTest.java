package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void tokensAreThoseThePatternFinds() {
        for (String text : List.of("", "   ", "The U.S. and the U.K. met H.E. Dr. Smith on 12.5.2024, at 10:30.",
                "Gen. Michael \"Erik\" Kurilla", "Mohammed Shia' al-Sudani", "al-Sudani's visit, 3,5% up", "U.S.A",
                "A.B.c", "naïve café e\u0301t\u00e9", "𝐀.𝐁. ½ Ⅻ ² x²y", "مرحبا بالعالم ٢٠٢٤", "well-‐known ‑ non‑stop",
                "end-", "it's ’tis O’Brien’", "tab\tand\nnew\u000Bline\u00A0nbsp", "lone \uD800 and \uDC00 surrogates")) {
            assertThat(Tokens.of(text)).as(text).isEqualTo(Tokens.ofByPattern(text));
        }
        Random random = new Random(13);
        String[] alphabet = {"a", "Z", "U", "S", "é", "1", "٢", "½", "Ⅻ", " ", "\t", "\u00A0", ",", ".", ":", "%", "-",
                "‐", "‑", "'", "’", "ʿ", "\u0301", "😀", "𝐀", "\uD800", "ß", "ǅ", "م", "\"", "Dr", "J"};
        for (int round = 0; round < 200_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(Tokens.of(text.toString())).as(text.toString()).isEqualTo(Tokens.ofByPattern(text.toString()));
        }
    }
}
