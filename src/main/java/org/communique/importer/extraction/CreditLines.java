package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The short lines that credit a statement to its speaker or signatory, though they are cut from its body: a
 * transcript's speaker line above the text ("Name:"), a name and office under the headline ("Name, Office"),
 * a letterhead above it ("Name" over "Office"), a spokesperson's sign-off below it ("Office" over "Name").
 * A name on a line of its own is read with the office on the line next to it, the office first.
 *
 * <p>Only lines that nothing marked as chrome by their own wording (no byline, caption or link), and that are
 * short enough to be a credit, are read; of an HTML page's blocks outside its main content, only those right
 * by the headline (a press office's meta line). Whether they name an official is the {@link OfficialFinder}'s
 * call.
 */
final class CreditLines {

    /** The nearest lines above the headline that may be a letterhead ("Name" / "Office" / "Body"). */
    private static final int ABOVE_HEADLINE = 3;
    /** The lines right under the statement that may sign it off. */
    private static final int BELOW_BODY = 3;
    private static final int MAX_WORDS = 12;
    /** "Previous Ministers Meet ...", "Next: Vice Minister Receives ...": a link to the site's other releases. */
    private static final Pattern CONTACTS = Pattern.compile("^\\s*(?:press |media |for )?(?:contacts?|enquiries|inquiries)(?: for (?:the )?(?:press|media))?\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGER = Pattern.compile("^\\s*(?:previous|prev|next|older|newer)\\b", Pattern.CASE_INSENSITIVE);

    private final RoleLexicon roles;

    CreditLines(RoleLexicon roles) {
        this.roles = roles;
    }

    /** The credit texts of a page, each to be read like a sentence. */
    List<String> find(Segmentation segmentation, int titleBlock) {
        List<Block> blocks = segmentation.blocks();
        List<Block> credits = new ArrayList<>();
        String headline = titleBlock >= 0 ? blocks.get(titleBlock).text().strip() : "";
        int firstBody = blocks.size();
        int lastBody = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (segmentation.isBody(i)) {
                firstBody = Math.min(firstBody, i);
                lastBody = i;
            }
        }
        int headerFrom = titleBlock >= 0 ? Math.max(0, titleBlock - ABOVE_HEADLINE) : firstBody;
        for (int i = headerFrom; i < firstBody; i++) {
            Block block = blocks.get(i);
            boolean byHeadline = i <= titleBlock + ABOVE_HEADLINE;
            if (!block.text().strip().equalsIgnoreCase(headline) // a headline printed twice
                    && (block.removedBy() == null || byHeadline)) {
                addIfCredit(segmentation, block, credits);
            }
        }
        int belowEnd = Math.min(Math.min(lastBody + 1 + BELOW_BODY, segmentation.closingStart()), blocks.size());
        for (int i = lastBody + 1; lastBody >= 0 && i < belowEnd; i++) {
            if (CONTACTS.matcher(blocks.get(i).text()).matches()) {
                break; // "Press contacts": whom journalists may call, not who signs
            }
            if (blocks.get(i).removedBy() == null) {
                addIfCredit(segmentation, blocks.get(i), credits);
            }
        }
        return texts(segmentation, credits);
    }

    private void addIfCredit(Segmentation segmentation, Block block, List<Block> credits) {
        int i = block.index();
        ChromeKind wording = segmentation.wording(i);
        boolean nameAlone = wording == ChromeKind.BYLINE && isLoneName(block.text().strip());
        if (!segmentation.isChrome(i) || wording != null && !nameAlone || block.wordCount() > MAX_WORDS
                || block.wordCount() == 0 || PAGER.matcher(block.text()).find()) {
            return;
        }
        credits.add(block);
    }

    /** Each credit line as it reads, and a lone name joined to the office on the line next to it. */
    private List<String> texts(Segmentation segmentation, List<Block> credits) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < credits.size(); c++) {
            Block line = credits.get(c);
            String text = line.text().strip();
            if (!isLoneName(text) && !isStyledName(text)) {
                texts.add(text);
                continue;
            }
            Block above = c > 0 && credits.get(c - 1).index() == line.index() - 1 ? credits.get(c - 1) : null;
            Block below = c + 1 < credits.size() && credits.get(c + 1).index() == line.index() + 1
                    ? credits.get(c + 1) : null;
            if (above != null && isOffice(above.text())) {
                // "Spokesperson" over "Name"; "Minister for Foreign Affairs" over "Senator the Hon Name"
                texts.add(above.text().strip() + " " + (isStyledName(text) ? withoutStyle(text) : text));
            } else if (below != null && isOffice(below.text())) {
                texts.add(text + ", " + below.text().strip()); // "Name" over "Office"
            } else if (segmentation.wording(line.index()) == null) {
                texts.add(text); // a name taken for an author's is a credit only beside an office
            }
        }
        return texts;
    }

    /**
     * A name with the style a parliament gives its members before it ("Senator the Hon Penny Wong"), alone on
     * its line: read with the office on the line above, which is the post the page credits.
     */
    private boolean isStyledName(String text) {
        List<Tokens.Token> tokens = Tokens.of(text);
        if (tokens.size() < 4 || roles.head(tokens, 0) != 1) {
            return false;
        }
        int style = roles.honorific(tokens, 1);
        return style > 0 && isLoneName(text.substring(tokens.get(1 + style).start()));
    }

    /** "Senator the Hon Penny Wong" → "the Hon Penny Wong": the office on the line above is the one credited. */
    private static String withoutStyle(String styledName) {
        return styledName.substring(Tokens.of(styledName).get(1).start());
    }

    /** Two to six capitalised words, initials or name particles, with no office among them: a name alone. */
    private boolean isLoneName(String text) {
        List<Tokens.Token> tokens = Tokens.of(text);
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token token = tokens.get(i);
            if (!token.word()) {
                if (token.text().equals(".") || token.text().equals(":") && i == tokens.size() - 1) {
                    continue;
                }
                return false;
            }
            if (roles.head(tokens, i) > 0 || roles.isNotName(token)
                    || !token.capitalized() && !isParticle(token.bare())) {
                return false;
            }
            words++;
        }
        return words >= 2 && words <= 6 && !tokens.get(0).bare().equals("by");
    }

    private boolean isOffice(String text) {
        List<Tokens.Token> tokens = Tokens.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (roles.head(tokens, i) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isParticle(String word) {
        return switch (word) {
            case "al", "el", "bin", "ibn", "bint", "de", "da", "van", "von", "der", "den", "la", "le", "du" -> true;
            default -> false;
        };
    }
}
