package org.communique.official;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void tokensAreTheSameAsThePatternsMakeThem() {
        for (String name : List.of("Antony J. Blinken", "Mustafa Al-Kazemi", "mustafa al-Kadhimi", "Thabit Muhammad Al-Abassi",
                "Ash-Shar'a", "Ahmed ash‐Sharaa", "as‑Sudani", "al-", "Al-", "Dr. Abdul-Karim  Al  Hassan", "José Ángel Gurría",
                "Jean-Yves Le Drian", "O’Brien", "ʿAbd al-ʿAziz", "Mohammed bin Salman", "Jr.", "  Joe   Biden  Jr. ",
                "A.B.C.", "--", "al--x", "Recep Tayyip Erdoğan", "Ngozi Okonjo-Iweala", "Σπύρος", "ﬁlip", "", " ",
                "Sergey\tLavrov", "x\u0301y", "Ahmad\u00A0Ali", "İsmail", "adh-Dhahab")) {
            assertThat(NameKey.tokens(name)).as(name).isEqualTo(NameKey.tokensByPatterns(name));
        }
    }

    @Test
    void tokensAreTheSameAsThePatternsMakeThemOnRandomText() {
        Random random = new Random(13);
        String alphabet = "aAlLeEhHsS -‐‑.'’ʿ`´\t\nxzÉé\u0301ıİ0ǅß";
        for (int round = 0; round < 200_000; round++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(NameKey.tokens(name.toString())).as(name.toString())
                    .isEqualTo(NameKey.tokensByPatterns(name.toString()));
        }
    }
}
