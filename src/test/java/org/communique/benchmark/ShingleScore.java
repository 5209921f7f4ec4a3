package org.communique.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric: texts become word tokens (runs of letters, digits and
 * underscore), tokens become overlapping 4-token shingles, and shingles are compared as multisets. Corpus
 * precision and recall are plain means over pages; F1 is the harmonic mean of those two means.
 */
final class ShingleScore {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SHINGLE = 4;

    /** One page's counts; precision or recall is {@code null} where the page has no shingles to judge. */
    record Page(Double precision, Double recall, boolean exact) {
    }

    /** The corpus result. */
    record Corpus(double precision, double recall, double f1, double accuracy, int pages) {
        @Override
        public String toString() {
            return String.format("F1 %.3f  P %.3f  R %.3f  accuracy %.3f  (%d pages)", f1, precision, recall, accuracy, pages);
        }
    }

    private ShingleScore() {
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> shingles = new HashMap<>();
        if (tokens.isEmpty()) {
            return shingles;
        }
        if (tokens.size() < SHINGLE) {
            shingles.put(List.copyOf(tokens), 1);
            return shingles;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            shingles.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return shingles;
    }

    static Page page(String gold, String predicted) {
        List<String> goldTokens = tokens(gold);
        List<String> predictedTokens = tokens(predicted);
        Map<List<String>, Integer> g = shingles(goldTokens);
        Map<List<String>, Integer> p = shingles(predictedTokens);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int inGold = g.getOrDefault(e.getKey(), 0);
            tp += Math.min(inGold, e.getValue());
            fp += Math.max(0, e.getValue() - inGold);
        }
        for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        Double precision = p.isEmpty() ? null : (fp == 0 && fn == 0 ? 1.0 : (double) tp / (tp + fp));
        Double recall = g.isEmpty() ? null : (fp == 0 && fn == 0 ? 1.0 : (double) tp / (tp + fn));
        return new Page(precision, recall, goldTokens.equals(predictedTokens));
    }

    static Corpus corpus(List<Page> pages) {
        double precision = pages.stream().filter(p -> p.precision() != null).mapToDouble(Page::precision).average().orElse(0);
        double recall = pages.stream().filter(p -> p.recall() != null).mapToDouble(Page::recall).average().orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double accuracy = pages.stream().filter(Page::exact).count() / (double) Math.max(1, pages.size());
        return new Corpus(precision, recall, f1, accuracy, pages.size());
    }
}
