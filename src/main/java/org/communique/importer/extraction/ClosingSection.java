package org.communique.importer.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The closing section of a page (related articles, FAQ, comments, tags): where it ends the article, and the boxes of
 * links inside the article that it only cuts (a step of {@link ChromeStripper}).
 */
final class ClosingSection {

    /** Prose the article must already have before a closing-section heading can end it. */
    private static final int PROSE_BEFORE_CLOSING = 40;
    private static final Pattern COMMENTS_OR_FAQ = Pattern.compile(
            "(?i)\\b(comments?|reply|replies|responses|discussion|faqs?|frequently asked|questions)\\b");

    private final ChromeMarkers markers;

    ClosingSection(ChromeMarkers markers) {
        this.markers = markers;
    }

    /**
     * Where a closing section (related articles, FAQ, comments, tags) starts once the article has begun. A
     * "Read more" or "Related" box often sits inside the article, so a heading ends it only when what follows
     * is a FAQ or a comment thread, or is not the article running on; otherwise only the heading and the
     * links under it are cut. In HTML the article runs on when unbroken prose follows the box to the end of
     * the main content, or when more prose follows than a list of teasers would hold; in a text rendering,
     * where the page's footer follows, when at least two paragraphs of prose follow the box in a row.
     */
    int start(Segmentation segmentation, String[] marks, boolean html) {
        List<Block> blocks = segmentation.blocks();
        int prose = 0;
        for (Block block : blocks) {
            if (block.removedBy() != null) {
                continue;
            }
            if (prose >= PROSE_BEFORE_CLOSING && markers.isSectionEnd(segmentation.markerLine(block.index()))) {
                if (endsArticle(segmentation, marks, block.index(), prose, html)) {
                    return block.index();
                }
                cutBoxUnder(segmentation, marks, block.index());
                continue;
            }
            if (marks[block.index()] == null && segmentation.isProse(block.index())) {
                prose += block.wordCount();
            }
        }
        return blocks.size();
    }

    private boolean endsArticle(Segmentation segmentation, String[] marks, int heading, int proseBefore, boolean html) {
        List<Block> blocks = segmentation.blocks();
        if (COMMENTS_OR_FAQ.matcher(blocks.get(heading).text()).find()) {
            return true;
        }
        int proseAfter = 0;
        int questions = 0;
        boolean inBox = true;
        boolean interrupted = false;
        int firstRun = 0;
        for (int i = heading + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.removedBy() != null) {
                continue;
            }
            if (block.text().strip().endsWith("?") && block.wordCount() <= 20) {
                questions++;
            }
            boolean prose = marks[i] == null && segmentation.isProse(i) && block.linkDensity() < 0.3;
            if (prose) {
                proseAfter += block.wordCount();
                inBox = false;
                if (!interrupted) {
                    firstRun++;
                }
            } else if (!inBox && (marks[i] != null || block.linkDensity() > 0.3 || block.isHeading()
                    || !html && markers.isSectionEnd(segmentation.markerLine(i)) || !html && !TextShape.endsSentence(block.text()))) {
                interrupted = true;
            }
        }
        if (questions >= 2) {
            return true;
        }
        if (!html) {
            return firstRun < 2;
        }
        // the article's own text runs on, unbroken, from under the box to the end: the box sat inside it
        boolean continues = proseAfter > 0 && !interrupted;
        return proseAfter < proseBefore / 3 && !continues;
    }

    /** A box of links inside an article: its heading and the short or linked blocks under it, to the next prose. */
    private static void cutBoxUnder(Segmentation segmentation, String[] marks, int heading) {
        List<Block> blocks = segmentation.blocks();
        marks[heading] = ChromeKind.SECTION_END.reason();
        for (int i = heading + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.removedBy() != null) {
                continue;
            }
            if (segmentation.isProse(i) && block.linkDensity() < 0.3) {
                return;
            }
            if (marks[i] == null) {
                marks[i] = "link in a box of related articles";
            }
        }
    }

}
