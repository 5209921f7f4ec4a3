package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The vocabulary's automaton finds the words that the trie walked from every position of a text found. */
class WordAutomatonTest {

    /**
     * The words the markers, the publisher kinds, the class hints and the type cues need, as their vocabularies hold
     * them, and their space-free parts (a type label's line is screened by the longest).
     */
    private static List<String> listedWords() {
        Set<String> words = new LinkedHashSet<>();
        for (String file : List.of("boilerplate.txt", "publisher-kinds.txt", "html-hints.txt", "type-cues.txt")) {
            for (Map.Entry<String, List<String>> section : Lexicon.sections(file).entrySet()) {
                for (String regex : section.getValue()) {
                    try {
                        Set<String> needs = PatternNeeds.needs(Pattern.compile("(?:" + regex + ")").pattern());
                        if (needs != null) {
                            words.addAll(needs);
                            needs.forEach(need -> words.addAll(List.of(need.strip().split(" ")))); // the label words
                        }
                    } catch (RuntimeException notARegex) {
                        // a section of plain words: not a pattern
                    }
                }
            }
        }
        return new ArrayList<>(words);
    }

    /** What the vocabulary did before the automaton: a trie of the words walked from each position of the text. */
    private static final class TrieWalk {
        private static final class Node extends CharTrie<Node> {
            private int word = -1;

            @Override
            protected Node newNode() {
                return new Node();
            }
        }

        private final Node root = new Node();
        private final Node[] firstAscii = new Node[128];
        private final int count;

        TrieWalk(List<String> words) {
            for (int id = 0; id < words.size(); id++) {
                String word = words.get(id);
                Node node = root;
                for (int i = 0; i < word.length(); i++) {
                    node = node.add(word.charAt(i));
                    if (i == 0 && word.charAt(0) < 128) {
                        firstAscii[word.charAt(0)] = node;
                    }
                }
                node.word = id;
            }
            count = words.size();
        }

        boolean[] present(String folded) {
            boolean[] present = new boolean[count];
            int n = folded.length();
            for (int start = 0; start < n; start++) {
                char first = folded.charAt(start);
                Node node = first < 128 ? firstAscii[first] : root.next(first);
                for (int i = start + 1; node != null; i++) {
                    if (node.word >= 0) {
                        present[node.word] = true;
                    }
                    node = i < n ? node.next(folded.charAt(i)) : null;
                }
            }
            return present;
        }
    }

    /** The automaton reads the text as folded; the trie walk was given the folded text. */
    private static void assertSame(List<String> words, WordAutomaton automaton, TrieWalk walk, String text) {
        String folded = LiteralScreen.fold(text);
        long[] found = automaton.present(text);
        assertThat(found).hasSize((words.size() + 63) / 64);
        boolean[] walked = walk.present(folded);
        for (int id = 0; id < words.size(); id++) {
            assertThat(WordAutomaton.holds(found, id)).as(text + " / " + words.get(id)).isEqualTo(walked[id]);
            assertThat(walked[id]).as(text + " / " + words.get(id))
                    .isEqualTo(!words.get(id).isEmpty() && folded.contains(words.get(id)));
        }
    }

    @Test
    void findsTheListedWordsTheTrieWalkFound() {
        List<String> words = listedWords();
        assertThat(words).hasSizeGreaterThan(500);
        WordAutomaton automaton = new WordAutomaton(words);
        TrieWalk walk = new TrieWalk(words);
        for (String text : List.of("", "Read more", "Share this article on Facebook", "Ministry of Foreign Affairs",
                "© 2024 The Daily Ledger. All rights reserved.", "وزارة الخارجية", "Über uns – Impressum",
                "sharesharesharing", "aaaaaa", "Photo: Reuters / File photo", "ﬁ ǅ İstanbul ß")) {
            assertSame(words, automaton, walk, text);
        }
        // random texts made of pieces of the words, so that words overlap, nest and break off
        Random random = new Random(97);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                String word = words.get(random.nextInt(words.size()));
                int from = random.nextInt(word.length() + 1);
                String piece = random.nextBoolean() ? word : word.substring(from);
                text.append(random.nextInt(4) == 0 ? piece.toUpperCase(java.util.Locale.ROOT) : piece);
                if (random.nextInt(3) == 0) {
                    text.append(" .,-É\u0130\u00E9\u212A".charAt(random.nextInt(8)));
                }
            }
            assertSame(words, automaton, walk, text.toString());
        }
    }

    @Test
    void findsOverlappingAndNestedWordsOnRandomText() {
        List<String> words = List.of("a", "ab", "bab", "bc", "bca", "c", "caa", "abcab", "", "é", "éa", "\u0600b",
                "Ab", "i\u0130", "É", "k", "zk");
        WordAutomaton automaton = new WordAutomaton(words);
        TrieWalk walk = new TrieWalk(words);
        String alphabet = "abcdéÉ\u0600 ABCiI\u0130\u0131\u212Akz";
        Random random = new Random(101);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSame(words, automaton, walk, text.toString());
        }
    }
}
