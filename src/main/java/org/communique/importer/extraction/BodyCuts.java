package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cuts made inside the body once {@link ChromeStripper} has found where the statement stands: what the page put
 * among its paragraphs without being part of the text (an embedded post, a teaser or quote card that copies a
 * paragraph, a record's field lines, a photo caption above the lead).
 */
final class BodyCuts {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A picture's caption: capitalised names and offices, then a verb in the present tense of what it shows. */
    private static final Pattern PRESENT_TENSE_CAPTION = Pattern.compile(
            "(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){2,12}(?:meets|greets|shakes hands|speaks|talks|listens|poses"
                    + "|waves|chats|walks|gestures|smiles)\\b");
    /** Two capitalised words in a row: a person's name, most often. */
    private static final Pattern NAME_PAIR = Pattern.compile("\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+\\b");
    private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*[—–―-]");
    /** Screened by its words ("more", "continue reading"): asked of every paragraph, it would try every position. */
    private static final LiteralScreen.Screened TEASER_END = LiteralScreen.Screened.of(Pattern.compile(
            "(?i)(?:(?:…|\\.\\.\\.)\\s*(?:read more|more|continue reading)\\s*[»›>]*|(?:read more|more|continue reading)\\s*[»›>]+)\\s*$"));
    private static final Pattern RECORD_FIELD = Pattern.compile("^\\p{Lu}[\\p{L}'’]*(?:[ ,/]+[\\p{L}'’]+){0,2}\\s?:\\s+\\S");

    private BodyCuts() {
    }

    /** Makes every cut, in order: embedded posts, repeats, teasers, record fields, the caption above the lead. */
    static void cut(Segmentation segmentation) {
        cutEmbeddedPosts(segmentation);
        cutRepeats(segmentation);
        cutTeasers(segmentation);
        cutRecordFields(segmentation);
        cutCaptionAboveLead(segmentation);
    }

    /** The text of an embedded post stands just above its attribution line ("— Name (@handle) date"). */
    private static void cutEmbeddedPosts(Segmentation segmentation) {
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
                || ChromeStripper.SENTENCE_BREAK.matcher(caption).find() || lead.length() <= caption.length()) {
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
            boolean inWord = isWordCharacter(c);
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

    /** A letter or number ({@code [\p{L}\p{N}]}) that {@link #words} keeps in a word. */
    static boolean isWordCharacter(int c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' // at once
                : Character.isLetter(c) || isNumber(c);
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
