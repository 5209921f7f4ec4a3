package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The numbered shingles count as the strings of three words they stand for did. */
class ShinglesTest {

    @Test
    void numberingGivesTheNumbersOfAMapFilledInTurn() {
        Random random = new Random(9);
        for (int round = 0; round < 200; round++) {
            Shingles.Numbering numbering = new Shingles.Numbering();
            java.util.Map<Long, Integer> map = new java.util.HashMap<>();
            int bound = 1 + random.nextInt(round < 100 ? 50 : 5_000);
            for (int i = random.nextInt(20_000); i > 0; i--) {
                long key = switch (random.nextInt(3)) {
                    case 0 -> (long) random.nextInt(bound) << 32 | random.nextInt(bound); // packed pairs, as used
                    case 1 -> random.nextLong();
                    default -> random.nextInt(bound) - bound / 2;
                };
                assertThat(numbering.idOf(key)).isEqualTo(map.computeIfAbsent(key, k -> map.size()));
            }
            assertThat(numbering.size()).isEqualTo(map.size());
        }
    }

    @Test
    void wordsAreNumberedAsAMapOfTheCutWordsNumbersThem() {
        List<String> pieces = List.of("the", "The", "Minister", "2024", "é", "e\u0301", "naïve", "İ", "\u212A", "½", "Ⅻ",
                "\uD835\uDC00", "\uD83D\uDE00", "-", ", ", " ", "\n", "'", "’", "x1", "日本", "\uD835");
        Random random = new Random(10);
        for (int round = 0; round < 300; round++) {
            Shingles.WordNumbering numbering = new Shingles.WordNumbering();
            java.util.Map<String, Integer> map = new java.util.HashMap<>();
            for (int text = random.nextInt(40); text > 0; text--) {
                StringBuilder builder = new StringBuilder();
                for (int p = random.nextInt(60); p > 0; p--) {
                    builder.append(pieces.get(random.nextInt(pieces.size())));
                }
                List<String> words = BodyCuts.words(builder.toString());
                int[] expected = words.stream().mapToInt(word -> map.computeIfAbsent(word, w -> map.size())).toArray();
                assertThat(numbering.idsOf(builder.toString())).as(builder.toString()).containsExactly(expected);
            }
        }
    }

    @Test
    void sizesAndCommonCountsAreThoseOfTheShingleStrings() {
        List<String> vocabulary = List.of("the", "The", "minister", "MINISTER", "met", "2024", "é", "naïve", "x", "y",
                "İstanbul", "\u212Aelvin", "kelvin", "of", "a");
        Random random = new Random(8);
        for (int round = 0; round < 2_000; round++) {
            List<String> texts = new ArrayList<>();
            for (int p = random.nextInt(8); p > 0; p--) {
                StringBuilder text = new StringBuilder();
                for (int w = random.nextInt(14); w > 0; w--) {
                    text.append(vocabulary.get(random.nextInt(vocabulary.size())))
                            .append(random.nextInt(4) == 0 ? ", " : " ");
                }
                texts.add(text.toString());
            }
            assertSameCounts(texts);
        }
        assertSameCounts(List.of("The minister met the minister. The minister met the press.",
                "the minister met the press", "nothing alike here at all"));
        Shingles shingles = Shingles.of(List.of("a b c d", "x a b c", "c d e"));
        int[] common = new int[3];
        shingles.countCommon(0, common);
        assertThat(common).containsExactly(2, 1, 0);
    }

    private static void assertSameCounts(List<String> texts) {
        assertSameCounts(texts, Shingles.of(texts));
        assertSameCounts(texts, Shingles.numberedInTwoSteps(texts));
    }

    private static void assertSameCounts(List<String> texts, Shingles shingles) {
        List<Set<String>> strings = texts.stream().map(ShinglesTest::shingleStrings).toList();
        int[] common = new int[texts.size()];
        for (int j = 0; j < texts.size(); j++) {
            assertThat(shingles.size(j)).as(texts.get(j)).isEqualTo(strings.get(j).size());
            shingles.countCommon(j, common);
            for (int i = 0; i < texts.size(); i++) {
                Set<String> shared = new HashSet<>(strings.get(i));
                shared.retainAll(strings.get(j));
                assertThat(common[i]).as(texts.get(i) + " / " + texts.get(j)).isEqualTo(shared.size());
            }
        }
    }

    /** The shingles as ChromeStripper built them before: each run of three words joined by spaces. */
    private static Set<String> shingleStrings(String text) {
        List<String> words = BodyCuts.words(text.toLowerCase(Locale.ROOT));
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + 3 <= words.size(); i++) {
            shingles.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
        }
        return shingles;
    }
}
