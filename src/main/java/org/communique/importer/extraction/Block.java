package org.communique.importer.extraction;

/**
 * A unit of the page that is decided on as a whole: a line of a text rendering, or an HTML block (a
 * paragraph, heading, list item, caption, or a run of text between blocks).
 *
 * @param index        position in reading order
 * @param text         the block's text, whitespace collapsed
 * @param kind         what sort of block the markup says it is ({@link Kind#LINE} for text renderings)
 * @param linkDensity  share of the text that sits inside links (0 for text renderings)
 * @param removedBy    for HTML, why the page-structure stage already ruled the block out, else {@code null}
 * @param wordCount    the number of words
 */
record Block(int index, String text, Kind kind, double linkDensity, String removedBy, int wordCount) {

    Block(int index, String text, Kind kind, double linkDensity, String removedBy) {
        this(index, text, kind, linkDensity, removedBy, TextShape.words(text));
    }

    enum Kind {
        LINE, PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CAPTION, PREFORMATTED, CELL
    }

    boolean isHeading() {
        return kind == Kind.HEADING;
    }
}
