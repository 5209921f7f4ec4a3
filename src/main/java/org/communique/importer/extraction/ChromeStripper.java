package org.communique.importer.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides block by block what is the statement and what is site chrome. The evidence, in order: what the
 * page structure already ruled out (HTML); boilerplate wording (banners, share links, captions, bylines,
 * embedded posts...); a closing section ("Related Articles", "FAQs", comments) that ends the article
 * ({@link ClosingSection}); a "Begin text / End text" frame; a headline the page marks clearly
 * ({@link HeadlineAnchor}); then the densest run of prose ({@link DensestRegion}), so that menus, link lists and
 * headline lists around the article fall away; and last, the cuts inside the body ({@link BodyCuts}): paragraphs
 * that repeat another one (pull quotes, embeds) among them.
 */
final class ChromeStripper {

    /**
     * The end of a sentence inside a line, not an abbreviation's full stop ("U.S. Vice President"): a caption
     * and a deck are one sentence.
     */
    static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2,}[.!?]\\s+\\p{Lu}");
    /**
     * A dateline on a line of its own: "INA - BAGHDAD", "بغداد - واع" (a place and an agency), or a place, maybe a
     * day and an agency, and a dash that the lead below goes on from ("KUALA LUMPUR, July 11 (Agency) --").
     */
    private static final Pattern DATELINE_LINE = Pattern.compile("^[\\p{Lu}][\\p{L}.]{1,15}\\s*[-–—]\\s*[\\p{Lu}][\\p{Lu} .'’]{2,30}$"
            + "|^\\p{IsArabic}[\\p{IsArabic} ]{1,30}\\s[-–—]\\s\\p{IsArabic}[\\p{IsArabic} ]{1,20}$"
            + "|^\\p{Lu}[\\p{Lu} .'’-]{2,40}(?:,\\s*[\\p{L}\\p{N} .]{2,30})?(?:\\s*\\([\\p{L} .&/-]{2,30}\\))?\\s*(?:--|—|–|-)$");
    private static final Pattern TRANSCRIPT_HEADING = Pattern.compile("(?i)^(full )?transcript:?$");
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s+[|•·]\\s+|\\s*\\|\\s*");

    /** Why a line naming the document's kind ("PRESS STATEMENT", "Press release No. 215/17") is not its text. */
    static final String TYPE_LABEL = "label of the document's kind";

    private final ChromeMarkers markers;
    private final GivenNames givenNames;
    private final TypeCues types;
    private final ClosingSection closingSection;

    ChromeStripper(ChromeMarkers markers, GivenNames givenNames, TypeCues types) {
        this.markers = markers;
        this.givenNames = givenNames;
        this.types = types;
        this.closingSection = new ClosingSection(markers);
    }

    Segmentation strip(Page page) {
        Segmentation segmentation = new Segmentation(page);
        List<Block> blocks = page.blocks();
        int n = blocks.size();
        String[] marks = new String[n];
        int firstProse = firstProse(segmentation);
        segmentation.readWordingWith(i -> wording(segmentation, blocks.get(i), firstProse),
                i -> mayBeByline(segmentation, blocks.get(i), firstProse));
        for (Block block : blocks) {
            marks[block.index()] = markOf(block, segmentation, page.html());
        }
        int closing = closingSection.start(segmentation, marks, page.html());
        segmentation.closingStartsAt(closing);
        int frameStart = 0;
        int frameEnd = closing;
        int begin = first(segmentation, 0, closing, ChromeKind.FRAME_BEGIN);
        if (begin >= 0) {
            frameStart = begin + 1;
            int end = first(segmentation, frameStart, closing, ChromeKind.FRAME_END);
            frameEnd = end >= 0 ? end : closing;
        } else {
            int end = first(segmentation, 0, closing, ChromeKind.FRAME_END);
            if (end > 0) {
                frameEnd = end;
            }
        }
        int anchor = HeadlineAnchor.find(segmentation, marks, frameStart, frameEnd);
        int[] region = DensestRegion.of(segmentation, marks, Math.max(frameStart, anchor + 1), frameEnd, page.html());
        region[0] = withOpening(blocks, marks, region[0], Math.max(frameStart, anchor + 1));
        for (Block block : blocks) {
            int i = block.index();
            if (marks[i] != null) {
                segmentation.cut(i, marks[i]);
            } else if (i >= closing) {
                segmentation.cut(i, ChromeKind.SECTION_END.reason());
            } else if (i < frameStart || i >= frameEnd) {
                segmentation.cut(i, "outside the statement's begin/end text frame");
            } else if (i < region[0]) {
                segmentation.cut(i, "before the statement");
            } else if (i > region[1]) {
                segmentation.cut(i, "after the statement");
            } else {
                segmentation.keep(i);
            }
        }
        keepDatelineAbove(segmentation, blocks, region[0], marks);
        segmentation.bodyStartsAt(Math.max(frameStart, region[0]));
        cutIntroductionBeforeTranscript(segmentation);
        BodyCuts.cut(segmentation);
        return segmentation;
    }

    /** The kind of chrome a block's own wording marks it as, or {@code null}. */
    private ChromeKind wording(Segmentation segmentation, Block block, int firstProse) {
        Optional<ChromeKind> wording = markers.classify(segmentation.markerLine(block.index()));
        if (wording.isEmpty() && block.index() < firstProse && isPersonName(block.text())) {
            wording = Optional.of(ChromeKind.BYLINE); // an author's name under the headline
        }
        return wording.orElse(null);
    }

    /**
     * Whether {@link #wording} may find a byline: only when a byline marker matches the block or, above the
     * first prose, the block may be a person's name. Far cheaper than the wording, which tries every kind.
     */
    private boolean mayBeByline(Segmentation segmentation, Block block, int firstProse) {
        return markers.matches(ChromeKind.BYLINE, segmentation.markerLine(block.index()))
                || block.index() < firstProse && isPersonName(block.text());
    }

    /** Why a block is chrome by its own wording or markup alone, or {@code null}. */
    private String markOf(Block block, Segmentation segmentation, boolean html) {
        if (block.removedBy() != null) {
            return block.removedBy();
        }
        if (block.kind() == Block.Kind.CAPTION) {
            return ChromeKind.CAPTION.reason();
        }
        if (html && block.linkDensity() > 0.6 && block.wordCount() < 25) {
            return "link";
        }
        Optional<ChromeKind> kind = Optional.ofNullable(segmentation.wording(block.index()));
        if (kind.isPresent() && kind.get() == ChromeKind.BYLINE && isSentence(block.text())) {
            kind = Optional.empty();
        }
        if (kind.isPresent()) {
            return kind.get().reason();
        }
        if (markers.isSectionEnd(segmentation.markerLine(block.index()))) {
            return ChromeKind.SECTION_END.reason();
        }
        if (DateMentions.isDateLine(block.text()) || DateMentions.isWhenAndWhere(block.text())) {
            return "date line";
        }
        if (types.label(block.text()).isPresent()) {
            return TYPE_LABEL;
        }
        if (block.kind() != Block.Kind.CELL && isMenuLine(block.text())) { // a table row is set apart by bars too
            return "menu or list of links";
        }
        return null;
    }

    private static int firstProse(Segmentation segmentation) {
        List<Block> blocks = segmentation.blocks();
        for (Block block : blocks) {
            if (block.removedBy() == null && segmentation.isProse(block.index())) {
                return block.index();
            }
        }
        return blocks.size();
    }

    /** "Laith Kareem": two to four capitalised words that start with a given name, and nothing else. */
    private boolean isPersonName(String text) {
        List<Tokens.Token> tokens = Tokens.of(text);
        if (tokens.size() < 2 || tokens.size() > 4 || !givenNames.contains(tokens.get(0))) {
            return false;
        }
        return tokens.stream().allMatch(t -> t.capitalized() && t.word() && t.text().length() > 1
                && TextShape.functionWordRatio(t.text()) == 0);
    }

    /**
     * A salutation or lead-in ending in a comma ("Good afternoon, ladies and gentlemen,") runs on into the
     * statement below it, however short it is.
     */
    private static int withOpening(List<Block> blocks, String[] marks, int start, int from) {
        int opening = start;
        while (opening - 1 >= from && opening - 1 >= 0 && marks[opening - 1] == null
                && blocks.get(opening - 1).text().strip().endsWith(",") && blocks.get(opening - 1).wordCount() <= 12) {
            opening--;
        }
        return opening;
    }

    /** A dateline on a line of its own ("INA - BAGHDAD") opens the statement it stands above. */
    private static void keepDatelineAbove(Segmentation segmentation, List<Block> blocks, int regionStart, String[] marks) {
        int above = regionStart - 1;
        if (above >= 0 && marks[above] == null && DATELINE_LINE.matcher(blocks.get(above).text().strip()).matches()) {
            segmentation.keep(above);
        }
    }

    /** "Transcript", "Full transcript:": ten to sixteen characters (and a line end), so a longer block is not tried. */
    private static boolean isTranscriptHeading(String text) {
        String heading = text.strip();
        return heading.length() >= 10 && heading.length() <= 20 && TRANSCRIPT_HEADING.matcher(heading).matches();
    }

    /**
     * A transcript page often opens with a summary of the event and the speakers' biographies; where a
     * "Transcript" heading stands before the speakers' turns, the statement is what follows it.
     */
    private static void cutIntroductionBeforeTranscript(Segmentation segmentation) {
        List<Block> body = segmentation.body();
        List<Block> blocks = segmentation.blocks();
        for (Block heading : blocks) {
            if (heading.index() < segmentation.bodyStart() || !isTranscriptHeading(heading.text())) {
                continue;
            }
            long turns = body.stream().filter(b -> b.index() > heading.index() && TextShape.isSpeakerTurn(b.text())).count();
            if (turns >= 2) {
                for (Block block : body) {
                    if (block.index() < heading.index()) {
                        segmentation.cut(block.index(), "introduction before the transcript");
                    }
                }
                segmentation.cut(heading.index(), "transcript heading");
            }
            return;
        }
    }

    /** "Print | Share | A+ A-", "Regions: Iraq | Themes: Energy": short items set off by bars or bullets. */
    private static boolean isMenuLine(String text) {
        if (text.indexOf('|') < 0 && text.indexOf('•') < 0 && text.indexOf('·') < 0) {
            return false; // no separator: one item
        }
        String[] items = MENU_SEPARATOR.split(text);
        if (items.length < 2 || TextShape.isProse(text)) {
            return false;
        }
        for (String item : items) {
            if (TextShape.words(item) > 6 || item.strip().endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSentence(String text) {
        return TextShape.isProse(text) || (TextShape.endsSentence(text) && TextShape.words(text) >= 6);
    }

    private int first(Segmentation segmentation, int from, int to, ChromeKind kind) {
        List<Block> blocks = segmentation.blocks();
        for (int i = from; i < to; i++) {
            Block block = blocks.get(i);
            if (block.removedBy() == null && block.wordCount() <= 30 && markers.matches(kind, segmentation.markerLine(i))) {
                return i;
            }
        }
        return -1;
    }
}
