package org.communique.importer.extraction;

import java.util.List;

/**
 * Where the statement stands among the blocks that neither wording nor markup ruled out: the densest run of prose
 * (a step of {@link ChromeStripper}).
 */
final class DensestRegion {

    private DensestRegion() {
    }

    /**
     * The run of blocks with the most prose, where prose counts for its words and every menu line, link,
     * headline or chrome block in between costs a little: the maximum-sum run of those scores.
     */
    static int[] of(Segmentation segmentation, String[] marks, int from, int to, boolean html) {
        List<Block> blocks = segmentation.blocks();
        double best = 0;
        int bestStart = from;
        int bestEnd = from - 1;
        double sum = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            double score = score(segmentation, i, marks[i], html);
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += score;
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        if (bestEnd < bestStart) {
            int longest = -1;
            for (int i = from; i < to; i++) {
                if (marks[i] == null && (longest < 0 || blocks.get(i).wordCount() > blocks.get(longest).wordCount())) {
                    longest = i;
                }
            }
            return longest < 0 ? new int[] {to, to - 1} : new int[] {longest, longest};
        }
        return new int[] {bestStart, bestEnd};
    }

    private static double score(Segmentation segmentation, int index, String mark, boolean html) {
        if (mark != null) {
            return -5;
        }
        Block block = segmentation.blocks().get(index);
        int words = block.wordCount();
        if (segmentation.isProse(index)) {
            return words;
        }
        if ((TextShape.endsSentence(block.text()) || block.text().endsWith(":")) && words >= 4) {
            return words / 2.0;
        }
        if (html && words >= 15 && block.linkDensity() < 0.3) {
            return words / 3.0; // a list or table written as one long line: content all the same
        }
        if (html) {
            return switch (block.kind()) {
                case LIST_ITEM, CELL, QUOTE, PREFORMATTED -> 1;
                case HEADING -> 0;
                default -> -1;
            };
        }
        return -3;
    }
}
