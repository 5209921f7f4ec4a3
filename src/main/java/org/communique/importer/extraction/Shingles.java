package org.communique.importer.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The three-word shingles of a page's paragraphs (lower-cased words of letters and numbers, as
 * {@link BodyCuts#words} cuts them), each shingle a number standing for one distinct run of three words,
 * so that comparing paragraphs counts numbers rather than building and hashing a string for every run. Two
 * paragraphs share a number exactly when they share the run of words: each word is numbered first (equal words,
 * equal numbers) and each run by its three words' numbers.
 */
final class Shingles {

    /** Bits of a word's number in a run of three packed in a long. */
    private static final int WORD_BITS = 21;

    /** Each paragraph's distinct shingles, ascending. */
    private final int[][] shingles;
    /** The paragraphs that hold each shingle, ascending, shingle after shingle. */
    private final int[] holders;
    /** Where each shingle's paragraphs start in {@link #holders} (one more entry: where the last one's end). */
    private final int[] firstHolder;

    private Shingles(int[][] shingles, int[] firstHolder, int[] holders) {
        this.shingles = shingles;
        this.firstHolder = firstHolder;
        this.holders = holders;
    }

    static Shingles of(List<String> texts) {
        return of(texts, false);
    }

    /**
     * The shingles with every run numbered in two steps, as a page of over 2^21 words has them numbered: for a
     * test to compare the two numberings without a page that large.
     */
    static Shingles numberedInTwoSteps(List<String> texts) {
        return of(texts, true);
    }

    private static Shingles of(List<String> texts, boolean twoSteps) {
        WordNumbering wordIds = new WordNumbering();
        int[][] wordsOf = new int[texts.size()][];
        long allWords = 0;
        for (int p = 0; p < texts.size(); p++) {
            wordsOf[p] = wordIds.idsOf(texts.get(p).toLowerCase(Locale.ROOT));
            allWords += wordsOf[p].length;
        }
        // a run of three words is numbered by its words' numbers packed in a long, 21 bits each, when fewer words
        // than that could number; else in two steps, a pair and then the pair and a word: exact at any size
        boolean packsThree = !twoSteps && allWords < 1 << WORD_BITS;
        Numbering pairIds = new Numbering();
        Numbering runIds = new Numbering();
        int[][] shingles = new int[texts.size()][];
        for (int p = 0; p < texts.size(); p++) {
            int[] ids = wordsOf[p];
            int[] runs = new int[Math.max(0, ids.length - 2)];
            for (int i = 0; i + 3 <= ids.length; i++) {
                runs[i] = packsThree
                        ? runIds.idOf((long) ids[i] << 2 * WORD_BITS | (long) ids[i + 1] << WORD_BITS | ids[i + 2])
                        : runIds.idOf(pack(pairIds.idOf(pack(ids[i], ids[i + 1])), ids[i + 2]));
            }
            Arrays.sort(runs);
            int distinct = 0;
            for (int i = 0; i < runs.length; i++) {
                if (i == 0 || runs[i] != runs[i - 1]) {
                    runs[distinct++] = runs[i];
                }
            }
            shingles[p] = Arrays.copyOf(runs, distinct);
        }
        // each shingle's holders, in one array: counted first, then filled in paragraph by paragraph (ascending)
        int[] firstHolder = new int[runIds.size() + 1];
        for (int[] paragraph : shingles) {
            for (int run : paragraph) {
                firstHolder[run + 1]++;
            }
        }
        for (int run = 0; run < runIds.size(); run++) {
            firstHolder[run + 1] += firstHolder[run];
        }
        int[] holders = new int[firstHolder[runIds.size()]];
        int[] filled = Arrays.copyOf(firstHolder, runIds.size());
        for (int p = 0; p < shingles.length; p++) {
            for (int run : shingles[p]) {
                holders[filled[run]++] = p;
            }
        }
        return new Shingles(shingles, firstHolder, holders);
    }

    /**
     * Numbers the distinct words of texts 0, 1, 2... in the order they are first seen, the words cut as
     * {@link BodyCuts#words} cuts them: looked up by their place in the text, a word's string made only the first
     * time it is seen.
     */
    static final class WordNumbering {
        private String[] words = new String[64];
        private int[] hashes = new int[64];
        private int[] numbers = new int[64];
        private int size;
        private int[] ids = new int[64];

        /** The numbers of the text's words, in order. */
        int[] idsOf(String text) {
            int count = 0;
            int start = -1;
            int hash = 0;
            for (int i = 0, n = text.length(); i <= n; ) {
                int c = i < n ? text.codePointAt(i) : ' ';
                if (i < n && BodyCuts.isWordCharacter(c)) {
                    if (start < 0) {
                        start = i;
                        hash = 0;
                    }
                    hash = 31 * hash + c;
                } else if (start >= 0) {
                    if (count == ids.length) {
                        ids = Arrays.copyOf(ids, count * 2);
                    }
                    ids[count++] = idOf(text, start, i, hash);
                    start = -1;
                }
                i += i < n ? Character.charCount(c) : 1;
            }
            return Arrays.copyOf(ids, count);
        }

        private int idOf(String text, int start, int end, int hash) {
            int mask = words.length - 1;
            int length = end - start;
            for (int slot = slot(hash, mask); ; slot = (slot + 1) & mask) {
                String word = words[slot];
                if (word == null) {
                    words[slot] = text.substring(start, end);
                    hashes[slot] = hash;
                    numbers[slot] = size++;
                    if (size * 2 > words.length) {
                        grow();
                    }
                    return size - 1;
                }
                if (hashes[slot] == hash && word.length() == length && text.regionMatches(start, word, 0, length)) {
                    return numbers[slot];
                }
            }
        }

        private static int slot(int hash, int mask) {
            int mixed = hash * 0x9E3779B9;
            return (mixed ^ mixed >>> 16) & mask;
        }

        private void grow() {
            String[] oldWords = words;
            int[] oldHashes = hashes;
            int[] oldNumbers = numbers;
            words = new String[oldWords.length * 2];
            hashes = new int[oldWords.length * 2];
            numbers = new int[oldWords.length * 2];
            int mask = words.length - 1;
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    int slot = slot(oldHashes[i], mask);
                    while (words[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    words[slot] = oldWords[i];
                    hashes[slot] = oldHashes[i];
                    numbers[slot] = oldNumbers[i];
                }
            }
        }
    }

    /**
     * Numbers distinct longs 0, 1, 2... in the order they are first seen, as a {@code HashMap<Long, Integer>} with
     * {@code computeIfAbsent(key, k -> map.size())} would, without boxing: open addressing over arrays, the key
     * mixed by a multiplication. {@link Long#hashCode} xors the two halves, so the packed pairs of small numbers
     * fell into few buckets, which the map then turned into trees.
     */
    static final class Numbering {
        private long[] keys = new long[64];
        /** The number given to the key in the same slot, plus one; 0 for an empty slot. */
        private int[] numbers = new int[64];
        private int size;

        int idOf(long key) {
            int mask = keys.length - 1;
            for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
                int number = numbers[slot];
                if (number == 0) {
                    keys[slot] = key;
                    numbers[slot] = ++size;
                    if (size * 2 > keys.length) {
                        grow();
                    }
                    return size - 1;
                }
                if (keys[slot] == key) {
                    return number - 1;
                }
            }
        }

        int size() {
            return size;
        }

        private static int slot(long key, int mask) {
            long mixed = key * 0x9E3779B97F4A7C15L;
            return (int) (mixed >>> 32) & mask;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldNumbers = numbers;
            keys = new long[oldKeys.length * 2];
            numbers = new int[oldNumbers.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldNumbers[i] != 0) {
                    int slot = slot(oldKeys[i], mask);
                    while (numbers[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    numbers[slot] = oldNumbers[i];
                }
            }
        }
    }

    private static long pack(int first, int second) {
        return (long) first << 32 | second; // both are counts from 0, never negative
    }

    /** The number of distinct shingles of a paragraph. */
    int size(int paragraph) {
        return shingles[paragraph].length;
    }

    /** For every paragraph, how many shingles it shares with this one (this one's own count included). */
    void countCommon(int paragraph, int[] common) {
        Arrays.fill(common, 0);
        for (int run : shingles[paragraph]) {
            for (int h = firstHolder[run]; h < firstHolder[run + 1]; h++) {
                common[holders[h]]++;
            }
        }
    }
}
