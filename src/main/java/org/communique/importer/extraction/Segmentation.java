package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * The page's blocks with what each turned out to be: body, title, date line, or chrome with the reason
 * it was cut. Starts with every block cut as "not yet decided"; the steps of the extractor decide.
 */
final class Segmentation {

    /** A wire story's end mark after its last sentence, with the editors' initials KUNA and others add. */
    private static final java.util.regex.Pattern WIRE_END_MARK = java.util.regex.Pattern.compile(
            "\\s*(?:\\((?i:end|ends)\\)(?:\\s+[a-z]{1,4}(?:\\.[a-z]{1,4}){0,3})?|-+\\s*ENDS?\\s*-+|(?<=[.!?\"”])\\s*ENDS?|(?i:enditem))\\s*$");

    private final Page page;
    private final SourceBlock.Role[] roles;
    private final String[] reasons;
    private final ChromeKind[] wordings;
    private final boolean[] wordingsRead;
    private IntFunction<ChromeKind> wordingReader = index -> null;
    private IntPredicate bylineScreen = index -> true;
    /** Each block's text as the chrome markers read it, made when first asked. */
    private final ChromeMarkers.Line[] markerLines;
    /** Whether each block reads as prose: 0 not yet asked, 1 no, 2 yes. */
    private final byte[] prose;
    private int bodyStart;
    private int closingStart;

    Segmentation(Page page) {
        this.page = page;
        int n = page.blocks().size();
        this.roles = new SourceBlock.Role[n];
        this.reasons = new String[n];
        Arrays.fill(roles, SourceBlock.Role.CHROME);
        Arrays.fill(reasons, "not part of the statement");
        this.wordings = new ChromeKind[n];
        this.wordingsRead = new boolean[n];
        this.markerLines = new ChromeMarkers.Line[n];
        this.prose = new byte[n];
        this.bodyStart = n;
        this.closingStart = n;
    }

    Page page() {
        return page;
    }

    List<Block> blocks() {
        return page.blocks();
    }

    void keep(int index) {
        roles[index] = SourceBlock.Role.BODY;
        reasons[index] = null;
    }

    void cut(int index, String reason) {
        roles[index] = SourceBlock.Role.CHROME;
        reasons[index] = reason;
    }

    void markTitle(int index) {
        roles[index] = SourceBlock.Role.TITLE;
        reasons[index] = "headline";
    }

    void markDate(int index) {
        if (roles[index] != SourceBlock.Role.BODY) {
            roles[index] = SourceBlock.Role.DATE;
            reasons[index] = "date line";
        }
    }

    boolean isBody(int index) {
        return roles[index] == SourceBlock.Role.BODY;
    }

    /** Whether a block was cut as chrome, not kept as body or taken as the headline or the date line. */
    boolean isChrome(int index) {
        return roles[index] == SourceBlock.Role.CHROME;
    }

    String reason(int index) {
        return reasons[index];
    }

    /** The kind of chrome a block's own wording marks it as (a byline, a caption...), whatever else cut it. */
    ChromeKind wording(int index) {
        if (!wordingsRead[index]) {
            wordings[index] = wordingReader.apply(index);
            wordingsRead[index] = true;
        }
        return wordings[index];
    }

    /**
     * Whether a block's wording is a byline, its wording read only when the screen says it may be one: a page's
     * header is mostly navigation, which no byline marker fits, and reading a block's wording tries every kind.
     */
    boolean wordingIsByline(int index) {
        return (wordingsRead[index] || bylineScreen.test(index)) && wording(index) == ChromeKind.BYLINE;
    }

    /** Whether a block reads as prose ({@link TextShape#isProse}): worked out once for each block, as several steps ask. */
    boolean isProse(int index) {
        if (prose[index] == 0) {
            Block block = page.blocks().get(index);
            prose[index] = TextShape.isProse(block.text(), block.wordCount()) ? (byte) 2 : (byte) 1;
        }
        return prose[index] == 2;
    }

    /** A block's text as the chrome markers read it: read once, however many kinds of marker are asked about. */
    ChromeMarkers.Line markerLine(int index) {
        if (markerLines[index] == null) {
            Block block = page.blocks().get(index);
            markerLines[index] = new ChromeMarkers.Line(block.text(), block.wordCount());
        }
        return markerLines[index];
    }

    /**
     * How a block's wording is read: once for each block, when a step first asks for it. Most blocks of a
     * page are cut by its markup and never asked about.
     */
    void readWordingWith(IntFunction<ChromeKind> reader, IntPredicate mayBeByline) {
        this.wordingReader = reader;
        this.bylineScreen = mayBeByline;
    }

    /** Index of the first block of the page's closing section (related articles, FAQ, comments), or the end. */
    int closingStart() {
        return closingStart;
    }

    void closingStartsAt(int index) {
        this.closingStart = index;
    }

    void bodyStartsAt(int index) {
        this.bodyStart = index;
    }

    /** Index of the first block of the statement's region; blocks before it are the page's header zone. */
    int bodyStart() {
        return bodyStart;
    }

    /** The blocks kept as the statement's body, in order. */
    List<Block> body() {
        List<Block> body = new ArrayList<>();
        for (Block block : page.blocks()) {
            if (isBody(block.index())) {
                body.add(block);
            }
        }
        return body;
    }

    /**
     * The body's paragraphs as text; the last without a wire service's end mark ("(end) ab.cd", "-ENDS-",
     * "Enditem"), which closes the story but is not part of it.
     */
    List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>(body().stream().map(Block::text).toList());
        if (!paragraphs.isEmpty()) {
            int last = paragraphs.size() - 1;
            String closed = WIRE_END_MARK.matcher(paragraphs.get(last)).replaceFirst("");
            if (closed.isBlank()) {
                paragraphs.remove(last);
            } else {
                paragraphs.set(last, closed);
            }
        }
        return List.copyOf(paragraphs);
    }

    /** The blocks before the body, nearest last: where headlines, date lines and type labels sit. */
    List<Block> header() {
        return page.blocks().subList(0, Math.min(bodyStart, page.blocks().size()));
    }

    List<SourceBlock> toSourceBlocks() {
        List<SourceBlock> blocks = new ArrayList<>();
        for (Block block : page.blocks()) {
            blocks.add(new SourceBlock(block.text(), roles[block.index()], reasons[block.index()]));
        }
        return blocks;
    }
}
