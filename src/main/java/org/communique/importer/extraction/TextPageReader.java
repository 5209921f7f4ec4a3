package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text rendering of a web page into blocks: one block a line, except that lines of a
 * hard-wrapped paragraph are joined again, and fragments that a rendering split off a sentence (a line that
 * starts with a comma or a full stop) go back to the line they belong to.
 */
final class TextPageReader {

    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?i)^(?:url|source|source url|link|permalink|original(?:ly)? (?:url|published at|posted at)|"
                    + "saved from|retrieved from|archived from|captured from|page address)\\s*:?\\s*(https?://\\S+).*$");
    private static final Pattern BARE_URL = Pattern.compile("^(https?://[^\\s]+)$");
    private static final Pattern LIST_MARKER = Pattern.compile("^([-*•·▪–]|\\d{1,2}[.)]|[a-z][.)])\\s+\\S.*");

    Page read(DecodedSource source) {
        List<String> lines = Arrays.asList(source.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        List<String> paragraphs = unwrap(lines.stream().map(TextShape::collapse).toList());
        List<String> merged = mergeFragments(paragraphs);
        List<Block> blocks = new ArrayList<>();
        for (String text : merged) {
            blocks.add(new Block(blocks.size(), text, Block.Kind.LINE, 0, null));
        }
        return new Page(blocks, PageMetadata.NONE.withUrl(sourceUrl(merged)), false);
    }

    /** Joins the lines of hard-wrapped paragraphs; in a page that is not hard-wrapped, each line stays a block. */
    private static List<String> unwrap(List<String> lines) {
        int width = wrapWidth(lines);
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(current, blocks);
                continue;
            }
            if (current.length() > 0) {
                boolean wrapped = width > 0 && lastLineLength(current) >= width * 0.6
                        && !LIST_MARKER.matcher(line).matches();
                if (!wrapped) {
                    flush(current, blocks);
                }
            }
            if (current.length() > 0) {
                current.append(current.charAt(current.length() - 1) == '-' && Character.isLowerCase(line.charAt(0))
                        ? "" : " ");
                current.append('\n');
            }
            current.append(line);
        }
        flush(current, blocks);
        return blocks;
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        if (current.length() > 0) {
            blocks.add(TextShape.collapse(current.toString().replace("-\n", "-").replace("\n", "")));
            current.setLength(0);
        }
    }

    private static int lastLineLength(StringBuilder current) {
        int lastBreak = current.lastIndexOf("\n");
        return current.length() - lastBreak - 1;
    }

    /**
     * The width a page was wrapped at, or 0 when it was not: most long lines end close to the same column,
     * and no line is much longer than that.
     */
    private static int wrapWidth(List<String> lines) {
        int[] lengths = lines.stream().mapToInt(String::length).filter(n -> n >= 30).sorted().toArray();
        if (lengths.length < 8) {
            return 0;
        }
        int longest = lengths[lengths.length - 1];
        int p90 = lengths[(int) (lengths.length * 0.9) - 1];
        long nearWidth = Arrays.stream(lengths).filter(n -> n >= p90 - 15).count();
        boolean wrapped = longest <= 110 && nearWidth >= lengths.length * 0.5;
        return wrapped ? p90 : 0;
    }

    /** Puts back fragments that a rendering split off the sentence before them. */
    private static List<String> mergeFragments(List<String> blocks) {
        List<String> merged = new ArrayList<>();
        for (String block : blocks) {
            if (!merged.isEmpty() && isFragmentOf(merged.get(merged.size() - 1), block)) {
                String previous = merged.remove(merged.size() - 1);
                boolean punctuation = ",;:.)]!?…".indexOf(block.charAt(0)) >= 0;
                merged.add(TextShape.collapse(previous + (punctuation ? "" : " ") + block));
            } else {
                merged.add(block);
            }
        }
        return merged;
    }

    private static boolean isFragmentOf(String previous, String block) {
        char first = block.charAt(0);
        if (",;:.)]!?…".indexOf(first) >= 0) {
            return !TextShape.endsSentence(previous) && previous.length() > 1 && TextShape.words(previous) >= 3;
        }
        return Character.isLowerCase(first) && TextShape.words(previous) >= 8 && !TextShape.endsSentence(previous)
                && !previous.endsWith(":") && TextShape.isProse(previous + " " + block);
    }

    private static String sourceUrl(List<String> blocks) {
        for (String block : blocks) {
            Matcher m = SOURCE_LINE.matcher(block);
            if (m.matches()) {
                return trimUrl(m.group(1));
            }
        }
        int n = blocks.size();
        for (int i = 0; i < n; i++) {
            if (i > 2 && i < n - 3) {
                continue;
            }
            Matcher m = BARE_URL.matcher(blocks.get(i));
            if (m.matches()) {
                return trimUrl(m.group(1));
            }
        }
        return null;
    }

    private static String trimUrl(String url) {
        return url.replaceAll("[).,;\\]>\"']+$", "");
    }
}
