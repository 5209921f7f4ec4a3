package org.communique.importer.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides block by block what is the statement and what is site chrome. The evidence, in order: what the
 * page structure already ruled out (HTML); boilerplate wording (banners, share links, captions, bylines,
 * embedded posts...); a closing section ("Related Articles", "FAQs", comments) that ends the article; a
 * "Begin text / End text" frame; then the densest run of prose, so that menus, link lists and headline
 * lists around the article fall away; and last, paragraphs that repeat another one (pull quotes, embeds).
 */
final class ChromeStripper {

    /** Prose the article must already have before a closing-section heading can end it. */
    private static final int PROSE_BEFORE_CLOSING = 40;
    private static final Pattern COMMENTS_OR_FAQ = Pattern.compile(
            "(?i)\\b(comments?|reply|replies|responses|discussion|faqs?|frequently asked|questions)\\b");
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
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s*(?:\\.\\.\\.|>|»|›|/|\\\\|\\|)\\s*");

    /** Why a line naming the document's kind ("PRESS STATEMENT", "Press release No. 215/17") is not its text. */
    static final String TYPE_LABEL = "label of the document's kind";

    private final ChromeMarkers markers;
    private final GivenNames givenNames;
    private final TypeCues types;

    ChromeStripper(ChromeMarkers markers, GivenNames givenNames, TypeCues types) {
        this.markers = markers;
        this.givenNames = givenNames;
        this.types = types;
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
        int closing = closingSection(segmentation, marks, page.html());
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
        int anchor = headlineAnchor(segmentation, marks, frameStart, frameEnd);
        int[] region = densestRegion(segmentation, marks, Math.max(frameStart, anchor + 1), frameEnd, page.html());
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

    /**
     * A headline the page marks clearly: the line a breadcrumb ends with, or a headline-shaped line with a
     * date line just under it. The statement starts after it. Returns -1 when there is none, or when most
     * of the page's prose would fall before it.
     */
    private int headlineAnchor(Segmentation segmentation, String[] marks, int from, int to) {
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
        return blocks.get(at).wordCount() <= 45 && TextShape.endsSentence(text) && !SENTENCE_BREAK.matcher(text).find();
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

    private static boolean isSentence(String text) {
        return TextShape.isProse(text) || (TextShape.endsSentence(text) && TextShape.words(text) >= 6);
    }

    /**
     * Where a closing section (related articles, FAQ, comments, tags) starts once the article has begun. A
     * "Read more" or "Related" box often sits inside the article, so a heading ends it only when what follows
     * is a FAQ or a comment thread, or is not the article running on; otherwise only the heading and the
     * links under it are cut. In HTML the article runs on when unbroken prose follows the box to the end of
     * the main content, or when more prose follows than a list of teasers would hold; in a text rendering,
     * where the page's footer follows, when at least two paragraphs of prose follow the box in a row.
     */
    private int closingSection(Segmentation segmentation, String[] marks, boolean html) {
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

    /**
     * The run of blocks with the most prose, where prose counts for its words and every menu line, link,
     * headline or chrome block in between costs a little: the maximum-sum run of those scores.
     */
    private static int[] densestRegion(Segmentation segmentation, String[] marks, int from, int to, boolean html) {
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
