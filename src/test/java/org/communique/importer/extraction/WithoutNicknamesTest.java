package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WithoutNicknamesTest {

    @Test
    void blanksANicknameBetweenGivenNameAndSurname() {
        assertThat(Nicknames.blanked("Gen. Michael \"Erik\" Kurilla said"))
                .isEqualTo("Gen. Michael        Kurilla said");
    }

    @Test
    void blanksWhatThePatternTriedEverywhereBlanks() {
        for (String text : List.of("", "\"", " \"A", "He said \"Yes\" Then", "Gen. Michael \"Erik\" Kurilla and Jo “Bo” Xu",
                "A \"B\" Cd \"Ef\" Gh", "Mr. X. \"Y.\" Zz", "word \"Quote\" Next")) {
            assertThat(Nicknames.blanked(text)).as(text).isEqualTo(Nicknames.blankedByPattern(text));
        }
        Random random = new Random(13);
        String[] pieces = {"Michael", "Erik", "Kurilla", "Jo", "e", "A", "x", ".", "-", "'", "’", " ", " ", " ", "\"", "\"",
                "“", "”", "É", "𝐀", "12", "and", " \"Erik\" ", " “Bo” ", "Ab \"Cd\" Ef", " \"B.\" "};
        for (int round = 0; round < 200_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = text.toString();
            assertThat(Nicknames.blanked(written)).as(written)
                    .isEqualTo(Nicknames.blankedByPattern(written));
        }
    }
}
