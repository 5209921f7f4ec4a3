package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
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
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern COMMENTS_OR_FAQ = Pattern.compile(
            "(?i)\\b(comments?|reply|replies|responses|discussion|faqs?|frequently asked|questions)\\b");
    /** A picture's caption: capitalised names and offices, then a verb in the present tense of what it shows. */
    private static final Pattern PRESENT_TENSE_CAPTION = Pattern.compile(
            "(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){2,12}(?:meets|greets|shakes hands|speaks|talks|listens|poses"
                    + "|waves|chats|walks|gestures|smiles)\\b");
    /**
     * The end of a sentence inside a line, not an abbreviation's full stop ("U.S. Vice President"): a caption
     * and a deck are one sentence.
     */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2,}[.!?]\\s+\\p{Lu}");
    /** Two capitalised words in a row: a person's name, most often. */
    private static final Pattern NAME_PAIR = Pattern.compile("\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+\\b");
    /**
     * A dateline on a line of its own: "INA - BAGHDAD", "بغداد - واع" (a place and an agency), or a place, maybe a
     * day and an agency, and a dash that the lead below goes on from ("KUALA LUMPUR, July 11 (Agency) --").
     */
    private static final Pattern DATELINE_LINE = Pattern.compile("^[\\p{Lu}][\\p{L}.]{1,15}\\s*[-–—]\\s*[\\p{Lu}][\\p{Lu} .'’]{2,30}$"
            + "|^\\p{IsArabic}[\\p{IsArabic} ]{1,30}\\s[-–—]\\s\\p{IsArabic}[\\p{IsArabic} ]{1,20}$"
            + "|^\\p{Lu}[\\p{Lu} .'’-]{2,40}(?:,\\s*[\\p{L}\\p{N} .]{2,30})?(?:\\s*\\([\\p{L} .&/-]{2,30}\\))?\\s*(?:--|—|–|-)$");
    private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*[—–―-]");
    /** Screened by its words ("more", "continue reading"): asked of every paragraph, it would try every position. */
    private static final LiteralScreen.Screened TEASER_END = LiteralScreen.Screened.of(Pattern.compile(
            "(?i)(?:(?:…|\\.\\.\\.)\\s*(?:read more|more|continue reading)\\s*[»›>]*|(?:read more|more|continue reading)\\s*[»›>]+)\\s*$"));
    private static final Pattern RECORD_FIELD = Pattern.compile("^\\p{Lu}[\\p{L}'’]*(?:[ ,/]+[\\p{L}'’]+){0,2}\\s?:\\s+\\S");
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
        segmentation.readWordingWith(i -> wording(blocks.get(i), firstProse), i -> mayBeByline(blocks.get(i), firstProse));
        for (Block block : blocks) {
            marks[block.index()] = markOf(block, segmentation, page.html());
        }
        int closing = closingSection(segmentation, marks, page.html());
        segmentation.closingStartsAt(closing);
        int frameStart = 0;
        int frameEnd = closing;
        int begin = first(blocks, 0, closing, ChromeKind.FRAME_BEGIN);
        if (begin >= 0) {
            frameStart = begin + 1;
            int end = first(blocks, frameStart, closing, ChromeKind.FRAME_END);
            frameEnd = end >= 0 ? end : closing;
        } else {
            int end = first(blocks, 0, closing, ChromeKind.FRAME_END);
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
        cutEmbeddedPosts(segmentation);
        cutRepeats(segmentation);
        cutTeasers(segmentation);
        cutRecordFields(segmentation);
        cutCaptionAboveLead(segmentation);
        return segmentation;
    }

    /** The kind of chrome a block's own wording marks it as, or {@code null}. */
    private ChromeKind wording(Block block, int firstProse) {
        Optional<ChromeKind> wording = markers.classify(block.text());
        if (wording.isEmpty() && block.index() < firstProse && isPersonName(block.text())) {
            wording = Optional.of(ChromeKind.BYLINE); // an author's name under the headline
        }
        return wording.orElse(null);
    }

    /**
     * Whether {@link #wording} may find a byline: only when a byline marker matches the block or, above the
     * first prose, the block may be a person's name. Far cheaper than the wording, which tries every kind.
     */
    private boolean mayBeByline(Block block, int firstProse) {
        return markers.matches(ChromeKind.BYLINE, block.text())
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
        if (markers.isSectionEnd(block.text())) {
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

    /**
     * A transcript page often opens with a summary of the event and the speakers' biographies; where a
     * "Transcript" heading stands before the speakers' turns, the statement is what follows it.
     */
    private static void cutIntroductionBeforeTranscript(Segmentation segmentation) {
        List<Block> body = segmentation.body();
        List<Block> blocks = segmentation.blocks();
        for (Block heading : blocks) {
            if (!TRANSCRIPT_HEADING.matcher(heading.text().strip()).matches() || heading.index() < segmentation.bodyStart()) {
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
            if (prose >= PROSE_BEFORE_CLOSING && markers.isSectionEnd(block.text())) {
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
                    || !html && markers.isSectionEnd(block.text()) || !html && !TextShape.endsSentence(block.text()))) {
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

    private int first(List<Block> blocks, int from, int to, ChromeKind kind) {
        for (int i = from; i < to; i++) {
            Block block = blocks.get(i);
            if (block.removedBy() == null && block.wordCount() <= 30 && markers.matches(kind, block.text())) {
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

    /** The text of an embedded post stands just above its attribution line ("— Name (@handle) date"). */
    private void cutEmbeddedPosts(Segmentation segmentation) {
        List<Block> blocks = segmentation.blocks();
        for (Block block : blocks) {
            if (!ChromeKind.EMBED.reason().equals(segmentation.reason(block.index()))) {
                continue;
            }
            int previous = block.index() - 1;
            if (previous >= 0 && segmentation.isBody(previous) && block.text().contains("(@")) {
                segmentation.cut(previous, "text of an embedded social post");
            }
        }
    }

    /**
     * Cuts a paragraph that repeats another kept one, when what made the repeat is not the text itself: an
     * embedded post or quote card (a block quote, or a block just above an embed's attribution line) that
     * copies a paragraph, or a teaser (a summary above the body's first paragraph of prose, or a cut-off copy
     * ending in "…") of a paragraph that follows. A paragraph the text itself repeats (a refrain, a sign-off said by each of two
     * speakers) stays where it is.
     */
    private static void cutRepeats(Segmentation segmentation) {
        List<Block> body = segmentation.body();
        // which paragraphs hold each shingle: a pair with no shingle in common is neither copy nor contained
        Shingles shingles = Shingles.of(body.stream().map(Block::text).toList());
        int textStart = textStart(segmentation, body);
        int[] common = new int[body.size()];
        for (int j = 0; j < body.size(); j++) {
            int later = shingles.size(j);
            if (later < 4 || !madeByEmbedOrTeaser(segmentation, body, j, textStart)) {
                continue;
            }
            shingles.countCommon(j, common);
            for (int i = 0; i < body.size(); i++) {
                if (i == j || common[i] == 0 || !segmentation.isBody(body.get(i).index())) {
                    continue;
                }
                int other = shingles.size(i);
                // the Jaccard similarity of the two, and the share of this one in the other
                boolean nearCopy = (i < j || j <= textStart)
                        && (double) common[i] / (other + later - common[i]) >= 0.5;
                boolean contained = body.get(j).wordCount() <= 40 && other > later
                        && (double) common[i] / later >= 0.8;
                if (nearCopy || contained) {
                    segmentation.cut(body.get(j).index(), "repeats another paragraph (embedded post or teaser)");
                    cutAttributionUnder(segmentation, body.get(j));
                    break;
                }
            }
        }
    }

    /**
     * Where the body's first paragraph of prose stands (the body's size when it has none): a block up to it
     * stands before the text, where a summary or teaser of the text stands.
     */
    private static int textStart(Segmentation segmentation, List<Block> body) {
        for (int i = 0; i < body.size(); i++) {
            if (segmentation.isProse(body.get(i).index())) {
                return i;
            }
        }
        return body.size();
    }

    /**
     * A listing's teaser ends in a link to the whole text ("… more »", "Read more »"). When the statement's own
     * text ends so, the page is a listing (a blog's front page) whose first item is the statement: the items
     * below it are other posts. A teaser further down, under a headline of its own, is another article's: its
     * headline and text go.
     */
    private static void cutTeasers(Segmentation segmentation) {
        List<Block> body = segmentation.body();
        for (int k = 0; k < body.size(); k++) {
            String paragraph = body.get(k).text();
            if (!TEASER_END.find(paragraph, LiteralScreen.fold(paragraph))) {
                continue;
            }
            int headline = -1;
            for (int h = k - 1; h >= Math.max(0, k - 4); h--) {
                String text = body.get(h).text();
                if (TextShape.isHeadlineShaped(text) && !TextShape.isProse(text) && !TextShape.endsSentence(text)) {
                    headline = h;
                    break;
                }
            }
            if (headline < 0) {
                for (Block later : body.subList(k + 1, body.size())) {
                    segmentation.cut(later.index(), "another post of a listing, after the statement's teaser");
                }
                return;
            }
            for (Block teaser : body.subList(headline, k + 1)) {
                segmentation.cut(teaser.index(), "teaser of another article");
            }
        }
    }

    /**
     * A record's fields above the text ("Personality, office : ...", "Circumstances : ..."): two or more
     * "Label : value" lines together at the top of the body, whose labels do not come back further down the
     * way a transcript's speakers do.
     */
    /**
     * A photo's caption left above the lead: one short sentence in the present tense of a picture ("President X
     * meets with Vice President Y.") whose people the lead below names again, in the past or perfect tense.
     */
    private static void cutCaptionAboveLead(Segmentation segmentation) {
        List<Block> body = segmentation.body();
        if (body.size() < 3) {
            return;
        }
        String caption = body.get(0).text().strip();
        String lead = body.get(1).text();
        Matcher picture = PRESENT_TENSE_CAPTION.matcher(caption);
        if (!picture.lookingAt() || caption.split("\\s+").length > 25 || !caption.endsWith(".")
                || SENTENCE_BREAK.matcher(caption).find() || lead.length() <= caption.length()) {
            return;
        }
        Matcher names = NAME_PAIR.matcher(caption);
        while (names.find()) {
            if (lead.contains(names.group())) {
                segmentation.cut(body.get(0).index(), ChromeKind.CAPTION.reason());
                return;
            }
        }
    }

    private static void cutRecordFields(Segmentation segmentation) {
        List<Block> body = segmentation.body();
        List<Block> fields = new ArrayList<>();
        for (Block block : body.subList(0, Math.min(body.size(), 4))) {
            if (RECORD_FIELD.matcher(block.text()).find() && !TextShape.isSpeakerTurn(block.text())) {
                fields.add(block);
            } else if (!fields.isEmpty() || segmentation.isProse(block.index())) {
                break; // the fields stand together at the top
            }
        }
        if (fields.size() < 2) {
            return;
        }
        for (Block block : fields) {
            String label = block.text().substring(0, block.text().indexOf(':')).strip();
            boolean recurs = body.stream().anyMatch(b -> b.index() > block.index() && b.text().startsWith(label + " :")
                    || b.index() > block.index() && b.text().startsWith(label + ":"));
            if (recurs) {
                return;
            }
        }
        for (Block block : fields) {
            segmentation.cut(block.index(), "a field of the page's record, above the text");
        }
    }

    /** The runs of letters and digits ({@link #WORD}), read code point by code point. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            boolean inWord = Character.isLetter(c) || isNumber(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** {@code \p{N}}: a digit, a letter-like number (Ⅻ) or another number (½, ²). */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The words as {@link #WORD} finds them: kept to check {@link #words} against. */
    static List<String> wordsByPattern(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The "— Name, date" line that signs a quote card whose text was cut. */
    private static void cutAttributionUnder(Segmentation segmentation, Block quote) {
        int next = quote.index() + 1;
        if (quote.kind() != Block.Kind.QUOTE || next >= segmentation.blocks().size() || !segmentation.isBody(next)) {
            return;
        }
        Block line = segmentation.blocks().get(next);
        if (line.kind() == Block.Kind.QUOTE && line.wordCount() <= 15 && ATTRIBUTION.matcher(line.text()).find()) {
            segmentation.cut(next, "attribution of an embedded post or quote card");
        }
    }

    /** A block that would repeat a paragraph because an embed or a teaser copied it, not because the text does. */
    private static boolean madeByEmbedOrTeaser(Segmentation segmentation, List<Block> body, int at, int textStart) {
        Block block = body.get(at);
        if (at <= textStart || block.kind() == Block.Kind.QUOTE) {
            return true;
        }
        String text = block.text().strip();
        if (text.endsWith("…") || text.endsWith("...")) {
            return true;
        }
        int next = block.index() + 1;
        return next < segmentation.blocks().size() && (segmentation.wording(next) == ChromeKind.EMBED
                || ChromeKind.EMBED.reason().equals(segmentation.reason(next)));
    }
}
