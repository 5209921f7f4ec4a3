package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text rendering of a web page into blocks: one block a line, except that lines of a
 * hard-wrapped paragraph are joined again, fragments that a rendering split off a sentence (a line that
 * starts with a comma or a full stop) go back to the line they belong to, and a printed page's running
 * header and footer ("7/24/23, 3:05 PM ...", "https://... 1/2") are lifted out of the sentence they cut.
 */
final class TextPageReader {

    private final ChromeMarkers markers;

    TextPageReader(ChromeMarkers markers) {
        this.markers = markers;
    }

    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?i)^(?:url|source|source url|link|permalink|original(?:ly)? (?:url|published at|posted at)|"
                    + "saved from|retrieved from|archived from|captured from|page address)\\s*:?\\s*(https?://\\S+).*$");
    private static final Pattern BARE_URL = Pattern.compile("^(https?://[^\\s]+)(\\s+\\d{1,3}/\\d{1,3})?$");
    /** "date 2021-04-07 " that a capture tool writes before a page's first line. */
    private static final Pattern CAPTURE_STAMP = Pattern.compile("^date \\d{4}-\\d{2}-\\d{2}(\\s+|$)");
    private static final Pattern LIST_MARKER = Pattern.compile("^([-*•·▪–]|\\d{1,2}[.)]|[a-z][.)])\\s+\\S.*");

    Page read(DecodedSource source) {
        List<String> lines = new ArrayList<>();
        List<String> stamps = new ArrayList<>();
        for (String raw : source.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = TextShape.collapse(raw);
            Matcher stamp = CAPTURE_STAMP.matcher(line);
            if (lines.stream().allMatch(String::isEmpty) && stamp.lookingAt()) {
                stamps.add(stamp.group().strip()); // a capture tool's stamp run into the page's first line
                line = line.substring(stamp.end()).strip();
            }
            if (!line.isEmpty() && markers.matches(ChromeKind.CAPTURE, line) && !lines.isEmpty()) {
                stamps.add(line); // a print header or footer: out of the flow, so the sentence it cut joins again
            } else {
                lines.add(line);
            }
        }
        List<String> merged = mergeFragments(unwrap(lines));
        List<Block> blocks = new ArrayList<>();
        for (String text : merged) {
            blocks.add(new Block(blocks.size(), text, Block.Kind.LINE, 0, null));
        }
        for (String stamp : stamps) {
            blocks.add(new Block(blocks.size(), stamp, Block.Kind.LINE, 0, "capture or print stamp"));
        }
        List<String> all = new ArrayList<>(merged);
        all.addAll(stamps);
        return new Page(blocks, PageMetadata.NONE.withUrl(sourceUrl(all)), false);
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
            Matcher m = BARE_URL.matcher(blocks.get(i));
            boolean printFooter = m.matches() && m.group(2) != null;
            if (i > 2 && i < n - 3 && !printFooter) {
                continue; // a bare address in the middle of the page is a link, not the page's own
            }
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
