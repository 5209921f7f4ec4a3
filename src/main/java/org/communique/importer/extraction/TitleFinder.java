package org.communique.importer.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.communique.statement.StatementType;

/**
 * Finds the headline. For HTML: the visible {@code <h1>} when it agrees with the page's own title
 * (JSON-LD, Open Graph), else that title, else the {@code <title>} without the site's name. For text:
 * the headline-shaped line above the statement, preferring one the page repeats (a breadcrumb ends with
 * it). With none, a short title is derived from the lead, and flagged as derived ({@link DerivedTitle}).
 * Headlines are compared as {@link Headlines} reads them.
 */
final class TitleFinder {

    /**
     * The headline, whether it was derived from the lead, the block that holds it (or -1), a year it
     * carries, and how clearly the page marks it (see {@link #fromHeader}).
     */
    record Title(String text, boolean derived, int block, Integer year, double score) {
        Title(String text, boolean derived, int block, Integer year) {
            this(text, derived, block, year, Double.MAX_VALUE);
        }

        Title scored(double newScore) {
            return new Title(text, derived, block, year, newScore);
        }
    }

    static final Pattern DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu} .,'’-]{2,40}(?:\\([^)]{2,40}\\))?\\s*[-–—:]+\\s*"
                    // "Riyadh, Jumada II 12, 1445, December 25, 2023, SPA -- ": a place, dates, an agency, a dash
                    + "|^\\p{Lu}[\\p{L} .'’-]{1,30},[^—–]{0,70}?\\b(?:1\\d|20)\\d{2}\\b[^—–]{0,20}?\\s(?:--|—|–)\\s+");
    private static final int LONG_HEADLINE_WORDS = 60;
    private static final int LONG_PROSE_HEADLINE_WORDS = 20;
    /** "View in Telegram", "Read more", "Download PDF": a button, not a headline. */
    private static final Pattern UI_ACTION = Pattern.compile(
            "^(?:view|open|download|read|watch|click|share|follow|subscribe|join|sign|log|listen|see|print|email|send|"
                    + "back|skip|go|more|"
                    // the same buttons in Spanish, Portuguese, French, German: "Saltar al contenido principal"
                    + "saltar|ir|ver|leer|descargar|imprimir|compartir|baixar|aller|passer|lire|voir|t[ée]l[ée]charger|"
                    + "imprimer|partager|zum|springen|drucken|teilen)\\b", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final double MIN_HEADER_SCORE = 0.5;
    /** A headline above the statement this clear is not second-guessed by a headline-shaped first paragraph. */
    private static final double STRONG_HEADER_SCORE = 2.5;
    /** A name, a comma and an office: a speaker's or signatory's credit line. */
    private static final Pattern NAME_AND_OFFICE = Pattern.compile("^(?:\\p{Lu}[\\p{L}.'’-]* ){1,3}\\p{Lu}[\\p{L}'’-]+(?: Jr\\.?)?, "
            + "(?:the )?(?:[\\p{L}.'’-]+ ){0,4}(?:spokesperson|spokesman|spokeswoman|secretary|minister|ambassador|president|"
            + "director|envoy|coordinator|advisor|adviser|counselor|counsellor|chargé d['’]affaires|press secretary)"
            + "(?: (?:of|for|to) [\\p{L} ,'’.-]{2,60})?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECTION_NAME = Pattern.compile("(?:statements|press releases|news releases|speeches|"
            + "readouts|joint statements|communiqu[eé]s|remarks and speeches|speeches and remarks) (?:by|of|from) .{2,40}",
            Pattern.CASE_INSENSITIVE);
    /** "2:13 p.m. EDT": a clock time alone on a line. */
    private static final Pattern CLOCK_ALONE = Pattern.compile(
            "^\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:\\(?[A-Z]{2,5}\\)?)?\\s*$", Pattern.CASE_INSENSITIVE);
    /** "[Provisional translation]", "(Reporter Name)": a note, not a headline. */
    private static final Pattern ENCLOSED = Pattern.compile("^\\s*(?:\\[[^\\]]*\\]|\\([^)]*\\))\\s*$");
    private static final Pattern CONTACT = Pattern.compile("@|www\\.|^(?:e-?mail|tel|telephone|phone|fax|contact|address)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_START = Pattern.compile("^By\\s+\\p{Lu}");
    /** "[Image source=Yonhap News]", "(Photo: AFP)" after a headline. */
    private static final Pattern CREDIT_AFTER = Pattern.compile(
            "\\s*[\\[(](?:image|photo|picture|video)\\b[^\\])]{0,60}[\\])]\\s*$", Pattern.CASE_INSENSITIVE);
    /** A headline with the issuing office's name run into it: "...CommitteeOffice of the Spokesperson". */
    private static final Pattern GLUED_OFFICE = Pattern.compile(
            "(\\p{Ll})(?:Office|Bureau|Ministry|Department|Embassy|Media Office) (?:of|for)\\b.*$");

    private final TypeCues types;
    private final PublisherKinds kinds;

    TitleFinder(TypeCues types, PublisherKinds kinds) {
        this.types = types;
        this.kinds = kinds;
    }

    Title find(Page page, Segmentation segmentation) {
        Title title = page.html() ? fromMetadata(page, segmentation) : null;
        if (title == null) {
            title = fromHeader(segmentation);
        }
        if (title == null || title.score() < STRONG_HEADER_SCORE && !page.html()) {
            Title top = page.html() ? null : fromTopOfBody(segmentation);
            title = top != null && (title == null || top.text().length() > title.text().length()) ? top : title;
        }
        if (title == null) {
            return DerivedTitle.from(segmentation);
        }
        markRepeats(segmentation, title);
        return title;
    }

    // ---- HTML ----

    private Title fromMetadata(Page page, Segmentation segmentation) {
        PageMetadata meta = page.metadata();
        String stated = meta.headline() != null ? meta.headline() : SiteName.removedFrom(meta.documentTitle(), meta);
        String heading = meta.firstHeading();
        if (heading != null && TextShape.words(heading) >= 2 && (stated == null || Headlines.similar(heading, stated))) {
            return titled(heading, indexOf(segmentation, heading));
        }
        for (Block block : segmentation.blocks()) {
            if (block.isHeading() && stated != null && Headlines.similar(block.text(), stated)) {
                return titled(block.text(), block.index());
            }
        }
        if (meta.headline() == null) {
            // a <title> alone is often just the site's name: a headline above the statement is more telling
            Title fromPage = fromHeader(segmentation);
            if (fromPage != null) {
                return fromPage;
            }
        }
        if (stated != null && TextShape.words(stated) >= 2 && !PublisherFinder.namesInstitution(stated)) {
            String clean = meta.headline() != null ? SiteName.removedFrom(stated, meta) : stated;
            return titled(clean, indexOf(segmentation, clean));
        }
        return null;
    }

    // ---- text ----

    /**
     * The headline among the lines above the statement, weighed by shape and place: a line of headline
     * length (a long one too, if it does not end as a sentence does), in title case, that the page repeats
     * or a breadcrumb ends with, with few lines of content between it and the statement, and standing over
     * a deck rather than under a headline. Never a line shaped as chrome: a byline, a staff or agency line,
     * a photo caption or credit, a date stamp with a site's name or a view counter, a breadcrumb trail, a
     * speaker's label, a type label, an institution's or a place's name (those only when nothing better).
     */
    private Title fromHeader(Segmentation segmentation) {
        List<Block> header = segmentation.header();
        Title best = null;
        double bestScore = MIN_HEADER_SCORE;
        Block label = null;
        for (int i = 0; i < header.size(); i++) {
            Block block = header.get(i);
            String text = cleanHeadline(block.text());
            if (!isUnmarked(segmentation, block)) {
                continue;
            }
            if (label == null && types.label(text).isPresent() && TextShape.words(text) >= 2) {
                label = block;
            }
            if (!isCandidate(segmentation, block, text)) {
                continue;
            }
            if (kinds.namesSite(text) && types.titleCue(text).isEmpty() && !types.isMeetingTitle(text)) {
                continue; // the site's name ("Portal do Governo Brasileiro"), not a document's or a meeting's
            }
            double score = Math.min(15, TextShape.words(text)) / 3.0 - distanceToBody(segmentation, header, i);
            if (TextShape.isTitleCase(text) || TextShape.words(text) <= 8) {
                score += 1.5;
            }
            if (Breadcrumbs.endWith(segmentation, text) || repeated(header, block, text)) {
                score += 10;
            }
            if (HeadlineLookalikes.isNameShaped(text) && TextShape.words(text) <= 3) {
                score -= 1.5; // "U.S. Embassy Baghdad", "Baghdad, Iraq": a label, unless nothing better is there
            }
            if (i > 0 && isDeck(segmentation, header.get(i - 1), text)) {
                score -= 3;
            }
            if (NAME_AND_OFFICE.matcher(text).matches()) {
                score -= 3; // "Matthew Miller, Department Spokesperson": who speaks, under the headline
            }
            if (Breadcrumbs.below(segmentation, header, i)) {
                score -= 3; // the site's masthead: a page's headline stands under its breadcrumb trail, not over it
            }
            if (score > bestScore) {
                bestScore = score;
                best = titled(text, block.index()).scored(score);
            }
        }
        if (best == null && label != null) {
            return titled(label.text(), label.index()).scored(0); // "Press Statement" is the only headline the page has
        }
        return best;
    }

    private boolean isCandidate(Segmentation segmentation, Block block, String text) {
        int words = TextShape.words(text);
        if (words < 2 || words > LONG_HEADLINE_WORDS || text.length() > 400 || text.contains("http")
                || TextShape.endsSentence(text) && !namesDocument(text)
                || !Character.isLetterOrDigit(text.codePointAt(0)) && "\"“‘'«[".indexOf(text.charAt(0)) < 0
                || ENCLOSED.matcher(text).matches()
                || Character.isLowerCase(text.codePointAt(0)) || CONTACT.matcher(text).find()
                || BYLINE_START.matcher(text).find() && words <= 14 || UI_ACTION.matcher(text).find() && words <= 5) {
            return false;
        }
        ChromeKind wording = segmentation.wording(block.index());
        if (wording == ChromeKind.BYLINE || wording == ChromeKind.CAPTION || wording == ChromeKind.BREADCRUMB
                || wording == ChromeKind.METRICS) {
            return false;
        }
        return (!types.label(text).isPresent() || HeadlineLookalikes.isDatedDocumentName(text)) && !isSectionName(text) && !DateMentions.isDateLine(text)
                && !CLOCK_ALONE.matcher(text).matches() && !HeadlineLookalikes.isStamp(text)
                && !PublisherFinder.namesInstitution(text) && !text.strip().endsWith(":")
                && !Breadcrumbs.isTrail(text) && !(TextShape.isSpeakerTurn(text) && (TextShape.endsSentence(text) || words > 25));
    }

    /**
     * A long line without a closing full stop that names a transcript ("Foreign Minister X's remarks and answers to
     * media questions at a joint news conference with ..., Moscow, October 10, 2022") over a speaker's turn.
     */
    private boolean namesTranscript(String text, Block next) {
        return !TextShape.endsSentence(text) && TextShape.isSpeakerTurn(next.text())
                && types.titleCue(text).filter(cue -> cue.type() == StatementType.REMARKS).isPresent();
    }

    /**
     * A headline that opens with the name of a document ("Conférence de presse de ...", "Readout of ...", with a
     * word or two before it: "Opening remarks by ...").
     */
    private boolean namesDocument(String text) {
        return types.titleCue(text).filter(cue -> cue.start() == 0 || TextShape.words(text.substring(0, cue.start())) <= 2
                && !TextShape.endsSentence(text.substring(0, cue.start()).strip())).isPresent();
    }

    /**
     * A deck: a line right under a title-case headline that is itself in sentence case, or under a sentence-case
     * headline of five words or more ("Turkish, Iraqi ministers discuss water" over "Fidan, Hussein hold a news
     * conference after talks").
     */
    private boolean isDeck(Segmentation segmentation, Block above, String text) {
        String headline = cleanHeadline(above.text());
        if (!isUnmarked(segmentation, above) || !isCandidate(segmentation, above, headline)
                || HeadlineLookalikes.isNameShaped(headline)) {
            return false;
        }
        if (TextShape.isTitleCase(headline)) {
            return !TextShape.isTitleCase(text);
        }
        return !TextShape.isTitleCase(text) && TextShape.words(headline) >= 5 && TextShape.words(text) >= 5
                && !OFFICE_NAME.matcher(headline).find(); // "Press and information team of the Delegation to Iraq" is no headline
    }

    /** A line that names an office or a team ("Press and information team of the Delegation to ..."). */
    private static final Pattern OFFICE_NAME = Pattern.compile("^(?:the )?(?:[\\p{L}-]+ ){0,4}(?:team|office|unit|section|"
            + "division|department|directorate|bureau|service|delegation|mission|embassy|ministry|secretariat)"
            + " (?:of|for|to)\\b", Pattern.CASE_INSENSITIVE);

    /** "Statements by the HR/VP", "Press releases of the Presidency": a section's name. */
    private static boolean isSectionName(String text) {
        return SECTION_NAME.matcher(text.strip()).matches();
    }

    /** The same line of five words or more elsewhere above the statement: sites print the headline twice (a banner, a heading). */
    private static boolean repeated(List<Block> header, Block block, String text) {
        if (TextShape.words(text) < 5) {
            return false; // a menu's items repeat too
        }
        String wanted = Headlines.normalized(text);
        for (Block other : header) {
            if (other.index() != block.index() && Headlines.normalized(other.text()).startsWith(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** A headline as a site prints it, without a photo credit after it or an issuing office run into it. */
    static String cleanHeadline(String text) {
        String clean = CREDIT_AFTER.matcher(text).replaceFirst("");
        if (clean.contains(" | ")) {
            clean = Arrays.stream(clean.split(" \\| ")).max((a, b) -> Integer.compare(a.length(), b.length())).orElse(clean);
        }
        return GLUED_OFFICE.matcher(clean).replaceFirst("$1").strip();
    }

    private static boolean isUnmarked(Segmentation segmentation, Block block) {
        String reason = segmentation.reason(block.index());
        return "before the statement".equals(reason) || "outside the statement's begin/end text frame".equals(reason)
                || ChromeStripper.TYPE_LABEL.equals(reason)
                || block.isHeading() && block.removedBy() != null && segmentation.wording(block.index()) == null;
    }

    /**
     * Blocks between a candidate and the statement that could be content (three words or more) and are not
     * date lines, bylines, labels or other marked chrome: an author's name or a count does not push the
     * headline away, a menu or another headline does.
     */
    private double distanceToBody(Segmentation segmentation, List<Block> header, int at) {
        double distance = 0;
        for (int j = at + 1; j < header.size(); j++) {
            Block between = header.get(j);
            String text = between.text();
            if (isUnmarked(segmentation, between) && types.label(text).isEmpty() && between.wordCount() >= 3
                    && !HeadlineLookalikes.isNameShaped(text) && !CONTACT.matcher(text).find() && !BYLINE_START.matcher(text).find()
                    && !HeadlineLookalikes.isStamp(text)) {
                distance += 1;
            }
        }
        return distance;
    }

    /**
     * A headline the reading put at the top of the statement, when no line above it is one: the first kept
     * block, shaped as a headline (no closing full stop, unless it names a document), with more of the
     * statement under it. Short lines between it and the statement's prose (a speaker's name and office)
     * go with it.
     */
    private Title fromTopOfBody(Segmentation segmentation) {
        List<Block> body = segmentation.body();
        if (body.size() < 2) {
            return null;
        }
        Block first = body.get(0);
        String text = cleanHeadline(first.text());
        int words = TextShape.words(text);
        if (words < 4 || !isCandidate(segmentation, first, text) || DATELINE.matcher(text).find()
                || text.strip().endsWith(",") || words > LONG_PROSE_HEADLINE_WORDS && TextShape.isProse(text)
                && !namesDocument(text) && !namesTranscript(text, body.get(1))) {
            return null; // a lead paragraph cut short, unless it names a document ("Opening remarks by ...")
        }
        for (int i = 1; i < body.size() && !TextShape.isProse(body.get(i).text()) && body.get(i).wordCount() <= 6
                && !body.get(i).text().strip().endsWith(","); i++) { // "Ladies and gentlemen," opens the speech
            segmentation.cut(body.get(i).index(), "under the headline");
        }
        return titled(text, first.index());
    }

    // ---- shared ----

    private static Title titled(String text, int block) {
        String clean = TextShape.collapse(text);
        Integer year = null;
        Matcher m = Headlines.YEAR_SUFFIX.matcher(clean);
        if (m.find()) {
            year = Integer.parseInt(m.group(1));
            clean = clean.substring(0, m.start()).strip();
        }
        return new Title(clean, false, block, year);
    }

    /** The headline's own block becomes the title; later blocks that only repeat it are cut. */
    private static void markRepeats(Segmentation segmentation, Title title) {
        String text = Headlines.normalized(title.text());
        for (Block block : segmentation.blocks()) {
            if (block.index() == title.block()) {
                segmentation.markTitle(block.index());
            } else if (segmentation.isBody(block.index())
                    && Headlines.normalizesTo(Headlines.withoutYearSuffix(block.text()), text)) {
                // only a body block can be cut, so only those are compared (most of a page's blocks are not)
                segmentation.cut(block.index(), "repeats the headline");
            }
        }
    }

    private static int indexOf(Segmentation segmentation, String text) {
        String wanted = Headlines.normalized(text);
        for (Block block : segmentation.blocks()) {
            if (Headlines.normalizesTo(block.text(), wanted)) {
                return block.index();
            }
        }
        return -1;
    }
}
