package org.communique.importer.extraction;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The length of an element's {@code text()}, counted the way jsoup 1.24 builds that text (its
 * {@code Element.TextAccumulator}: whitespace normalised, a space between blocks, the result trimmed) but without
 * building it: the locator asks only how long some texts are, and the page's whole text was the longest of them.
 * A test compares the two on every element of the fixtures and of random tag soup.
 */
final class TextLength implements NodeVisitor {

    /** How many characters the untrimmed text would have. */
    private int length;
    /** Its last character, when it has one. */
    private char last;
    /** The characters {@link String#trim} would take off its start (those up to a space, before any other). */
    private int leadingLow;
    private boolean seenHigh;
    /** The characters trim would take off its end. */
    private int trailingLow;
    /** What the text's ideographs add to its {@link TextShape#latinLength}. */
    private int latinExtra;
    /** Whether the last character is a high surrogate not yet paired, which a low one would pair with. */
    private boolean openHigh;
    /** The commas in the text ({@link TextShape#commas}). */
    private int commas;
    /**
     * Whether the text holds whitespace that {@link TextShape#collapse} would change: any but a single plain space
     * (or an end that {@link String#strip} takes off and jsoup's trim leaves).
     */
    private boolean collapsible;

    private TextLength() {
    }

    /** {@code element.text().length()}, without the text. */
    static int of(Element element) {
        return counted(element).trimmedLength();
    }

    /**
     * {@code TextShape.latinLength(element.text())}, without the text: what trim takes off is whitespace and
     * control characters, which weigh only themselves.
     */
    static int latinOf(Element element) {
        TextLength count = counted(element);
        return count.trimmedLength() + count.latinExtra;
    }

    private static TextLength counted(Element element) {
        TextLength count = new TextLength();
        NodeTraversor.traverse(count, element);
        return count;
    }

    /**
     * The measures of a text that the locator weighs: its length ({@code textLength}), and of the text collapsed
     * ({@link TextShape#collapse}) its length, its {@link TextShape#latinLength} and its {@link TextShape#commas}.
     */
    record Collapsed(int textLength, int length, int latinLength, int commas) {

        /** The measures of a text. */
        static Collapsed of(String text) {
            String collapsed = TextShape.collapse(text);
            return new Collapsed(text.length(), collapsed.length(), TextShape.latinLength(collapsed),
                    TextShape.commas(collapsed));
        }

        /** The measures of an element's {@code text()}: counted without making it, unless collapsing would change it. */
        static Collapsed of(Element element) {
            TextLength count = counted(element);
            if (count.collapsible) {
                return of(element.text());
            }
            int length = count.trimmedLength();
            return new Collapsed(length, length, length + count.latinExtra, count.commas);
        }
    }

    private int trimmedLength() {
        return seenHigh ? length - leadingLow - trailingLow : 0;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            if (preservesWhitespace(text.parentNode()) || text instanceof CDataNode) {
                String whole = text.getWholeText();
                for (int i = 0; i < whole.length(); i++) {
                    add(whole.charAt(i));
                }
            } else {
                addNormalised(text.getWholeText(), lastIsSpace());
            }
        } else if (node instanceof Element element) {
            if (length > 0 && needsLeadingSeparator(element) && !lastIsSpace()) {
                add(' ');
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            Node next = node.nextSibling();
            if (needsTrailingSeparator(element)
                    && (next instanceof TextNode || next instanceof Element sibling && sibling.tag().isInline())
                    && !lastIsSpace()) {
                add(' ');
            }
        }
    }

    private static boolean needsLeadingSeparator(Element element) {
        return element.isBlock() || element.nameIs("br")
                || element.tag().is(Tag.TextBoundary) && element.childNodeSize() > 0 && element.hasText();
    }

    private static boolean needsTrailingSeparator(Element element) {
        return element.tag().is(Tag.TextBoundary) || !element.tag().isInline() || hasBlockChild(element);
    }

    private static boolean hasBlockChild(Element element) {
        for (int i = 0; i < element.childNodeSize(); i++) {
            if (element.childNode(i) instanceof Element child && child.isBlock()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the node or one of its five nearest ancestors keeps its whitespace ({@code pre}, {@code textarea}). */
    private static boolean preservesWhitespace(Node node) {
        if (node instanceof Element element) {
            int level = 0;
            do {
                if (element.tag().preserveWhitespace()) {
                    return true;
                }
                element = element.parent();
                level++;
            } while (level < 6 && element != null);
        }
        return false;
    }

    /** As {@code StringUtil.appendNormalisedWhitespace}: runs of whitespace as one space, invisible characters dropped. */
    private void addNormalised(String text, boolean stripLeading) {
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        for (int i = 0, n = text.length(); i < n; ) {
            char ascii = text.charAt(i);
            if (ascii > ' ' && ascii < 128) { // most of a page's text: neither whitespace nor invisible nor a surrogate
                addVisibleAscii(ascii);
                lastWasWhite = false;
                reachedNonWhite = true;
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (StringUtil.isActuallyWhitespace(c)) {
                if (stripLeading && !reachedNonWhite || lastWasWhite) {
                    continue;
                }
                add(' ');
                lastWasWhite = true;
            } else if (!StringUtil.isInvisibleChar(c)) {
                if (Character.isSupplementaryCodePoint(c)) {
                    add(Character.highSurrogate(c));
                    add(Character.lowSurrogate(c));
                } else {
                    add((char) c);
                }
                lastWasWhite = false;
                reachedNonWhite = true;
            }
        }
    }

    private boolean lastIsSpace() {
        return length > 0 && last == ' ';
    }

    /** {@link #add} of a visible ASCII character: no surrogate to pair, nothing to add to the Latin length, not trimmed. */
    private void addVisibleAscii(char c) {
        if (c == ',') {
            commas++;
        }
        openHigh = false;
        length++;
        last = c;
        trailingLow = 0;
        seenHigh = true;
    }

    private void add(char c) {
        if (c == ' ' ? lastIsSpace() : c < ' ' || c >= '\u0085' && (TextShape.isSpace(c) || Character.isWhitespace(c))) {
            collapsible = true; // two spaces in a row (kept whitespace), or another space character
        } else if (TextShape.isComma(c)) {
            commas++;
        }
        // the code points as latinLength reads them: a high surrogate and the low one after it make one
        if (openHigh && Character.isLowSurrogate(c)) {
            latinExtra += TextShape.latinExtra(Character.toCodePoint(last, c));
            openHigh = false;
        } else {
            openHigh = Character.isHighSurrogate(c);
            if (!openHigh) {
                latinExtra += TextShape.latinExtra(c);
            }
        }
        length++;
        last = c;
        if (c <= ' ') {
            trailingLow++;
            if (!seenHigh) {
                leadingLow++;
            }
        } else {
            trailingLow = 0;
            seenHigh = true;
        }
    }
}
