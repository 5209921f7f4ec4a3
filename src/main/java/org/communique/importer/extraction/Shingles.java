package org.communique.importer.extraction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The three-word shingles of a page's paragraphs (lower-cased words of letters and numbers, as
 * {@link ChromeStripper#words} cuts them), each shingle a number standing for one distinct run of three words,
 * so that comparing paragraphs counts numbers rather than building and hashing a string for every run. Two
 * paragraphs share a number exactly when they share the run of words: each word is numbered first (equal words,
 * equal numbers) and each run by its three words' numbers.
 */
final class Shingles {

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
        Map<String, Integer> wordIds = new HashMap<>();
        // a run of three words is numbered in two steps, each keyed by two ints packed in a long: exact at any size
        Numbering pairIds = new Numbering();
        Numbering runIds = new Numbering();
        int[][] shingles = new int[texts.size()][];
        for (int p = 0; p < texts.size(); p++) {
            List<String> words = BodyCuts.words(texts.get(p).toLowerCase(Locale.ROOT));
            int[] ids = new int[words.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = wordIds.computeIfAbsent(words.get(i), w -> wordIds.size());
            }
            int[] runs = new int[Math.max(0, ids.length - 2)];
            for (int i = 0; i + 3 <= ids.length; i++) {
                int pair = pairIds.idOf(pack(ids[i], ids[i + 1]));
                runs[i] = runIds.idOf(pack(pair, ids[i + 2]));
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
