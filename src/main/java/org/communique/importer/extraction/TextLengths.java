package org.communique.importer.extraction;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text length and the in-link text length of every element (or of those asked about), counted in one pass
 * over the tree.
 */
record TextLengths(Map<Element, int[]> lengths) {

    /** The lengths of the {@code kept} elements only ({@code null}: of every element), counted in one pass all the same. */
    static TextLengths of(Element root, Set<Element> kept) {
        Map<Element, int[]> lengths = new IdentityHashMap<>();
        count(root, false, kept, lengths);
        return new TextLengths(lengths);
    }

    /** An element's two lengths, packed in a long (the text's in the high half, the links' in the low): no array each. */
    private static long count(Element element, boolean inLink, Set<Element> kept, Map<Element, int[]> lengths) {
        long total = 0;
        boolean link = inLink || element.normalName().equals("a") && !isFragmentLink(element);
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                long length = strippedTextLength(text.getWholeText());
                total += length << 32 | (link ? length : 0);
            } else if (child instanceof Element inner) {
                total += count(inner, link, kept, lengths);
            }
        }
        if (kept == null || kept.contains(element)) {
            lengths.put(element, new int[] {(int) (total >>> 32), (int) total});
        }
        return total;
    }

    /**
     * The length of a text node's {@code text().strip()}, counted without building either string: runs of
     * the whitespace jsoup collapses (space, tab, line ends, no-break space) count as one space, the
     * invisible characters it drops (zero-width space, soft hyphen) as nothing, and what {@link String#strip}
     * takes off either end not at all. A test compares the two.
     */
    static int strippedTextLength(String whole) {
        int written = 0;
        int first = -1;
        int last = 0;
        boolean lastWasSpace = false;
        for (int i = 0, n = whole.length(); i < n; ) {
            char ascii = whole.charAt(i);
            if (ascii > ' ' && ascii < 128) { // most of a page's text: neither whitespace nor invisible nor a surrogate
                first = first < 0 ? written : first;
                written++;
                last = written;
                lastWasSpace = false;
                i++;
                continue;
            }
            int c = whole.codePointAt(i);
            i += Character.charCount(c);
            if (StringUtil.isActuallyWhitespace(c)) {
                if (!lastWasSpace) {
                    written++;
                    lastWasSpace = true;
                }
            } else if (!StringUtil.isInvisibleChar(c)) {
                if (!Character.isWhitespace(c)) {
                    first = first < 0 ? written : first;
                    last = written + Character.charCount(c);
                }
                written += Character.charCount(c);
                lastWasSpace = false;
            }
        }
        return first < 0 ? 0 : last - first;
    }

    private static boolean isFragmentLink(Element link) {
        String href = link.attr("href");
        return href.startsWith("#") && href.length() > 1;
    }

    double linkDensity(Element element) {
        int[] counted = lengths.get(element);
        return counted == null || counted[0] == 0 ? 0 : Math.min(1, (double) counted[1] / counted[0]);
    }
}
