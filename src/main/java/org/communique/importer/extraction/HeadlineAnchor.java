package org.communique.importer.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A headline the page marks clearly, after which the statement starts: the chrome step's anchor, so that a list of
 * headlines or teasers above the article does not join it (see {@link ChromeStripper}).
 */
final class HeadlineAnchor {

    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s*(?:\\.\\.\\.|>|»|›|/|\\\\|\\|)\\s*");

    private HeadlineAnchor() {
    }

    /**
     * A headline the page marks clearly: the line a breadcrumb ends with, or a headline-shaped line with a
     * date line just under it. The statement starts after it. Returns -1 when there is none, or when most
     * of the page's prose would fall before it.
     */
    static int find(Segmentation segmentation, String[] marks, int from, int to) {
        Page page = segmentation.page();
        List<Block> blocks = page.blocks();
        int anchor = -1;
        for (int i = from; i < to && anchor < 0; i++) {
            Block block = blocks.get(i);
            if (ChromeKind.BREADCRUMB.reason().equals(marks[i])) {
                String tail = breadcrumbTail(block.text());
                for (int j = i + 1; j < Math.min(to, i + 6) && tail.length() > 10; j++) {
                    String candidate = blocks.get(j).text();
                    if (candidate.equals(tail) || tail.endsWith("…") && candidate.startsWith(tail.substring(0, tail.length() - 1).strip())) {
                        anchor = j;
                        break;
                    }
                }
            } else if (marks[i] == null && TextShape.isHeadlineShaped(block.text()) && !TextShape.endsSentence(block.text())) {
                if (dateLineFollows(blocks, marks, i, to)) {
                    anchor = i;
                } else if (isDeck(blocks, marks, i + 1, to) && bylineOrDateFollows(blocks, segmentation, marks, i + 1, to)) {
                    anchor = i + 1; // the headline, its deck, then the byline and date: the text starts after them
                }
            }
        }
        if (anchor < 0) {
            return -1;
        }
        int before = 0;
        int after = 0;
        for (int i = from; i < to; i++) {
            if (marks[i] == null && segmentation.isProse(i)) {
                if (i < anchor) {
                    before += blocks.get(i).wordCount();
                } else {
                    after += blocks.get(i).wordCount();
                }
            }
        }
        return after > before ? anchor : -1;
    }

    private static String breadcrumbTail(String breadcrumb) {
        String[] parts = BREADCRUMB_SEPARATOR.split(breadcrumb);
        return parts[parts.length - 1].strip();
    }

    /** A headline's deck (standfirst): one sentence of summary under it, not yet marked as anything. */
    private static boolean isDeck(List<Block> blocks, String[] marks, int at, int to) {
        if (at >= to || marks[at] != null) {
            return false;
        }
        String text = blocks.get(at).text().strip();
        return blocks.get(at).wordCount() <= 45 && TextShape.endsSentence(text) && !ChromeStripper.SENTENCE_BREAK.matcher(text).find();
    }

    /**
     * Under a deck, the page's byline ("From: ...", "By ...") or its date line, and then prose: the text. (A
     * heading there would be the text's own headline, as on a transcript's page.)
     */
    private static boolean bylineOrDateFollows(List<Block> blocks, Segmentation segmentation, String[] marks, int at, int to) {
        boolean metadata = false;
        for (int j = at + 1; j < Math.min(to, at + 5); j++) {
            if ("date line".equals(marks[j]) || segmentation.wording(j) == ChromeKind.BYLINE) {
                metadata = true;
            } else if (marks[j] == null) {
                return metadata && TextShape.isProse(blocks.get(j).text());
            }
        }
        return false;
    }

    private static boolean dateLineFollows(List<Block> blocks, String[] marks, int at, int to) {
        for (int j = at + 1; j < Math.min(to, at + 4); j++) {
            if ("date line".equals(marks[j])) {
                return true;
            }
            if (marks[j] == null) {
                return false;
            }
        }
        return false;
    }

}
