package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The first words' trie gives the prefixes that a set of the same words, asked length by length, gives. */
class GazetteerFirstWordsTest {

    private static final String LETTERS = "abcAB.éÉ\u0639\u0627\u4e2d";

    @Test
    void prefixLengthsAreThoseOfLookingUpEveryPrefix() {
        Random random = new Random(71);
        for (int round = 0; round < 300; round++) {
            Gazetteer.FirstWords trie = new Gazetteer.FirstWords();
            Set<String> words = new HashSet<>();
            for (int i = random.nextInt(round < 150 ? 10 : 400); i > 0; i--) {
                String word = randomWord(random);
                words.add(word);
                trie.add(word);
            }
            for (int ask = 0; ask < 200; ask++) {
                String word = randomWord(random);
                int longest = random.nextInt(word.length() + 1);
                List<Integer> expected = new ArrayList<>();
                for (int length = 1; length <= longest; length++) {
                    if (words.contains(word.substring(0, length))) {
                        expected.add(length);
                    }
                }
                assertThat(trie.prefixLengths(word, longest)).as(word + " in " + words).isEqualTo(expected);
            }
        }
    }

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }
}
