package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The first words' trie gives the names that the map of names by first word gave, asked for the word and then for
 * each of its prefixes that is a first word, the longer first.
 */
class GazetteerFirstWordsTest {

    private static final String LETTERS = "abcAB.éÉ\u0639\u0627\u4e2d";

    @Test
    void candidatesAreThoseOfLookingUpTheWordAndEveryPrefix() {
        Random random = new Random(71);
        for (int round = 0; round < 300; round++) {
            Gazetteer.FirstWords trie = new Gazetteer.FirstWords();
            Map<String, List<String>> byFirstWord = new HashMap<>();
            for (int i = random.nextInt(round < 150 ? 10 : 400); i > 0; i--) {
                String word = randomWord(random);
                String surface = word + (random.nextBoolean() ? "" : " " + randomWord(random));
                byFirstWord.computeIfAbsent(word, k -> new ArrayList<>()).add(surface);
                trie.add(word, surface);
            }
            for (int ask = 0; ask < 200; ask++) {
                String prefix = random.nextBoolean() ? "" : randomWord(random);
                String word = randomWord(random);
                String text = prefix + word + (random.nextBoolean() ? "" : " " + randomWord(random));
                assertThat(trie.candidates(text, prefix.length(), prefix.length() + word.length()))
                        .as(word + " in " + byFirstWord).isEqualTo(lookedUp(byFirstWord, word));
            }
        }
    }

    @Test
    void aWordCharacterIsALetterADigitOrAFullStopAsCharacterTellsForEveryCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Gazetteer.isWordChar((char) c)).as("U+%04X", c)
                    .isEqualTo(Character.isLetterOrDigit((char) c) || c == '.');
        }
    }

    /** What the gazetteer did before: the word looked up, then each prefix that is a first word, the longer first. */
    private static List<String> lookedUp(Map<String, List<String>> byFirstWord, String word) {
        List<String> found = new ArrayList<>(byFirstWord.getOrDefault(word, List.of()));
        for (int length = word.length() - 1; length >= 1; length--) {
            found.addAll(byFirstWord.getOrDefault(word.substring(0, length), List.of()));
        }
        return found;
    }

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }
}
