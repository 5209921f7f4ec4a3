package org.communique.importer.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.communique.statement.StatementType;

/**
 * Decides what kind of document a statement is, by a fallback chain, first found wins:
 * <ol>
 *   <li>a speaker's name on a line of its own above the statement ("Dmitry Medvedev:"): a transcript;</li>
 *   <li>the document the headline names ("Joint Statement on...", "Readout of...", "Remarks...",
 *       "Conférence de presse", "بيان مشترك"); on a news medium's page only when the headline is the
 *       document's name ("[Full Text] Joint Communiqué of ..."): the medium carries the text; a news
 *       headline that names a document further in reports on it;</li>
 *   <li>a type label above the headline or the statement ("PRESS STATEMENT", "13.07.2014 - Press release",
 *       "News Transcript", the last step of a breadcrumb);</li>
 *   <li>a "Begin text / End text" frame (joint when its preamble names two governments);</li>
 *   <li>a transcript: speaker turns, or a statement that opens with one ("Prime Minister: I want ...");</li>
 *   <li>a news report: a news medium's page, or, from a publisher of unknown kind, the conventions of news
 *       (a dateline, a byline, reported speech); an official body's page only with a reporter's byline;</li>
 *   <li>a readout: a lead about a meeting or call in the office's own voice, in any of the languages of
 *       {@code type-cues.txt} (not on a blog, whose posts are commentary);</li>
 *   <li>by who publishes (see {@link PublisherKinds}): a blog's post is "other"; an official body's text,
 *       or one a site reposts from where it was issued, a press statement;</li>
 *   <li>else "other".</li>
 * </ol>
 */
final class TypeClassifier {

    private static final Pattern REPORTED_SPEECH = Pattern.compile(
            "\\b(said|says|told|added|noted|according to|stressed|affirmed|explained|stated)\\b");
    /** The words the pattern cannot match without: most paragraphs hold none, and are not searched. */
    private static final LiteralScreen.Screened REPORTED_SPEECH_SCREEN = LiteralScreen.Screened.of(REPORTED_SPEECH);
    private static final Pattern SPEAKER_LABEL_LINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.'’-]+ ){0,3}\\p{Lu}[\\p{L}'’-]+:$");
    /**
     * What a news site writes before the name of a text it carries whole: "[Full Text] ", "Full text: ",
     * "Text of ", a section's name ("Iraq Political News: "), a year or an ordinal ("2020 G20 ...").
     */
    private static final Pattern CARRIED_TEXT_PREFIX = Pattern.compile(
            "^(?:\\[[^\\]]{1,30}\\]\\s*|(?:full )?text(?: of)?:?\\s+|(?:[\\p{L}'’-]+ ){0,3}[\\p{L}'’-]+:\\s+)*"
                    + "(?:(?:the|\\d{4}|\\d+(?:st|nd|rd|th)|g\\d+|asean|eu|(?-i:\\p{Lu}{2,6}))\\s+)*",
            Pattern.CASE_INSENSITIVE);

    private static final int LABEL_REACH = 3;
    private static final Pattern READOUT_WORD = Pattern.compile("\\breadouts?\\b", Pattern.CASE_INSENSITIVE);
    /** "Writer: Press Office", "Source: Ministry of Foreign Affairs": a byline that credits an office, not a reporter. */
    private static final Pattern OFFICE_CREDIT = Pattern.compile(
            "\\b(?:office|section|division|department|ministry|bureau|unit|directorate|secretariat|spokesperson|"
                    + "spokesman|press service|press centre|press center|information service|embassy|consulate|mission)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "ISLAMABAD: The minister on Monday met ...": a newspaper's dateline with a colon, not a speaker's turn. */
    private static final Pattern COLON_DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'’-]{2,30}:\\s+(.+)");
    private static final Pattern ON_WEEKDAY = Pattern.compile(
            "\\b(?:on|late|early|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b\\p{Lu}|\\b(?:Mr|Mrs|Ms|Dr|St))[.!?]\\s+(?=\\p{Lu})");
    private static final Pattern FIRST_OR_SECOND_PERSON = Pattern.compile(
            "\\b(?:I|I'm|I’m|I've|I’ve|me|my|we|We|our|Our|us|you|You|your|Your|thank|Thank)\\b");

    private final TypeCues cues;

    TypeClassifier(TypeCues cues) {
        this.cues = cues;
    }

    StatementType classify(Page page, Segmentation segmentation, TitleFinder.Title title, PublisherKinds.Kind kind) {
        boolean news = kind == PublisherKinds.Kind.NEWS;
        List<Block> body = segmentation.body();
        if (speakerLabelAbove(segmentation, body)) {
            return StatementType.REMARKS;
        }
        if (!title.derived()) {
            Optional<TypeCues.Found> byTitle = cues.titleCue(title.text());
            if (news) {
                // a headline in capitals has no acronyms to tell apart: "JOINT COMMUNIQUÉ ..." keeps its first word
                String headline = title.text().chars().noneMatch(Character::isLowerCase)
                        ? title.text().toLowerCase(java.util.Locale.ROOT) : title.text();
                byTitle = cues.titleCue(CARRIED_TEXT_PREFIX.matcher(headline).replaceFirst("")).filter(cue -> cue.start() == 0);
            }
            if (byTitle.isPresent() && byTitle.get().type() == StatementType.READOUT && isTranscript(body)
                    && !READOUT_WORD.matcher(title.text()).find()) {
                return StatementType.REMARKS; // "Meeting with the President of ..." over the words spoken at it
            }
            if (byTitle.isPresent()) {
                return byTitle.get().type();
            }
        }
        if (!body.isEmpty() && cues.speaksJointly(body.get(0).text())) {
            return StatementType.JOINT_STATEMENT; // "We, the Heads of State/Government of ...": several sides speak
        }
        Optional<StatementType> label = label(segmentation, title);
        if (label.isPresent() && label.get() == StatementType.NEWS_REPORT && kind.official()
                && !hasReporterByline(segmentation)) {
            label = Optional.of(StatementType.PRESS_STATEMENT); // a ministry's "News story" with no reporter: its release
        }
        if (label.isPresent()) {
            return label.get() == StatementType.PRESS_STATEMENT && isAccountOfMeeting(title, body)
                    ? StatementType.READOUT : label.get();
        }
        Optional<StatementType> framed = frame(segmentation);
        if (framed.isPresent()) {
            return framed.get();
        }
        if (isTranscript(body)) {
            return StatementType.REMARKS;
        }
        int newsSignals = kind == PublisherKinds.Kind.REPOST ? 0 : newsSignals(page, segmentation, body, kind.official());
        if (news || newsSignals >= (kind == PublisherKinds.Kind.BLOG ? 3 : 2)) {
            return StatementType.NEWS_REPORT;
        }
        if (!body.isEmpty() && kind != PublisherKinds.Kind.BLOG) {
            String lead = String.join(" ", body.subList(0, Math.min(3, body.size())).stream().map(Block::text).toList());
            if (cues.readoutSignals(lead) >= 2 || !title.derived() && cues.isMeetingTitle(title.text())
                    && cues.readoutSignals(lead) >= 1) {
                return StatementType.READOUT;
            }
            if (kind.official() || kind == PublisherKinds.Kind.REPOST) {
                return StatementType.PRESS_STATEMENT;
            }
        }
        return StatementType.OTHER;
    }

    /**
     * A release's generic label ("News release") over a headline whose verb is a meeting or a call and a lead
     * that tells of one: one side's account of the meeting, a readout, whatever the site calls its releases.
     */
    private boolean isAccountOfMeeting(TitleFinder.Title title, List<Block> body) {
        if (title.derived() || body.isEmpty() || !cues.isMeetingAct(title.text())) {
            return false;
        }
        String lead = String.join(" ", body.subList(0, Math.min(2, body.size())).stream().map(Block::text).toList());
        return cues.readoutSignals(lead) >= 1;
    }

    /** A lead whose first sentence tells, in the third person, what someone said or did on a weekday. */
    private static boolean reportsOnWeekday(String lead) {
        Matcher end = SENTENCE_END.matcher(lead);
        String first = end.find() ? lead.substring(0, end.start()) : lead;
        return ON_WEEKDAY.matcher(first).find() && REPORTED_SPEECH.matcher(first).find()
                && !FIRST_OR_SECOND_PERSON.matcher(first).find();
    }

    /** Two speaker turns or more, or a statement that opens with a speaker's turn ("Prime Minister: I want..."). */
    private static boolean isTranscript(List<Block> body) {
        long speakerLabels = body.stream().filter(b -> TextShape.isSpeakerTurn(b.text()) && !isColonDateline(b.text())).count();
        return speakerLabels >= 2 || !body.isEmpty() && TextShape.isSpeakerTurn(body.get(0).text())
                && !isColonDateline(body.get(0).text());
    }

    /**
     * A place in capitals and a colon before a lead that reports in the third person what happened on a weekday
     * ("BEIJING: The minister on Monday held talks ..."): a dateline. A speaker's turn speaks ("I", "we", "you").
     */
    static boolean isColonDateline(String text) {
        Matcher m = COLON_DATELINE.matcher(text);
        if (!m.find()) {
            return false;
        }
        return tellsOfAWeekday(m.group(1));
    }

    /** Whether a lead's first sentence tells, in the third person, what happened on a weekday. */
    private static boolean tellsOfAWeekday(String lead) {
        Matcher end = SENTENCE_END.matcher(lead);
        String first = end.find() ? lead.substring(0, end.start()) : lead;
        return ON_WEEKDAY.matcher(first).find() && !FIRST_OR_SECOND_PERSON.matcher(first).find();
    }

    /**
     * A speaker's name on a line of its own just above the statement ("Dmitry Medvedev:"): a transcript. Not when
     * the lead tells in the third person what happened on a weekday: then the line was a place ("New Delhi:").
     */
    private static boolean speakerLabelAbove(Segmentation segmentation, List<Block> body) {
        if (!body.isEmpty() && tellsOfAWeekday(body.get(0).text())) {
            return false;
        }
        int start = segmentation.bodyStart();
        for (int i = Math.max(0, start - 2); i < Math.min(start, segmentation.blocks().size()) && !body.isEmpty(); i++) {
            if (segmentation.wording(i) == null
                    && SPEAKER_LABEL_LINE.matcher(segmentation.blocks().get(i).text().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A type label ("PRESS STATEMENT", "Readout") next to the headline or just above the statement; not a menu item. */
    private Optional<StatementType> label(Segmentation segmentation, TitleFinder.Title title) {
        List<Block> header = segmentation.header();
        for (Block block : header) {
            boolean nearTitle = title.block() >= 0 && Math.abs(block.index() - title.block()) <= LABEL_REACH;
            boolean nearBody = segmentation.bodyStart() - block.index() <= LABEL_REACH;
            if (!nearTitle && !nearBody) {
                continue; // read only near the headline or the statement: the rest of the header is navigation
            }
            Optional<StatementType> label = cues.label(block.text());
            if (label.isPresent()
                    && (label.get() != StatementType.NEWS_REPORT || TextShape.words(block.text()) >= 2)) {
                return label;
            }
        }
        return Optional.empty();
    }

    private Optional<StatementType> frame(Segmentation segmentation) {
        boolean framed = false;
        String preamble = "";
        for (Block block : segmentation.blocks()) {
            String reason = segmentation.reason(block.index());
            if (ChromeKind.FRAME_PREAMBLE.reason().equals(reason) && preamble.isEmpty()) {
                preamble = block.text();
            }
            if (ChromeKind.FRAME_BEGIN.reason().equals(reason) && block.index() < segmentation.bodyStart() + 1) {
                framed = true;
                if (preamble.isEmpty()) {
                    preamble = block.text();
                }
            }
        }
        if (!framed) {
            return Optional.empty();
        }
        return Optional.of(cues.frame(preamble).orElse(StatementType.PRESS_STATEMENT));
    }

    /** "Anita Rao", "Omar K. Haddad": a given name, maybe an initial, and one or two family names. */
    private static final Pattern PERSON_LINE = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.)?(?:\\s(?:al-|el-|de |van |von )?\\p{Lu}[\\p{Ll}'’-]+){1,2}");

    /** "By Petty Officer 3rd Class Jane Roe, USN": a short line crediting a writer by name. */
    private static final Pattern BY_SOMEONE = Pattern.compile("^\\s*By\\s+(?!The\\b)\\p{Lu}[^!?]{2,80}$");

    /** The words {@link #OFFICE_CREDIT} needs one of, looked for in one pass over a line; {@code null}: always tried. */
    private static final WordAutomaton OFFICE_CREDIT_WORDS = neededWords(OFFICE_CREDIT);

    /** A byline above the text that credits a person, not an office ("By Jane Roe", not "From: Press Office"). */
    private static boolean hasReporterByline(Segmentation segmentation) {
        for (Block block : segmentation.header()) {
            // the block's wording is read last: it is the slowest of the three to tell, and the header of an HTML
            // page holds many blocks (its navigation among them) that the two patterns settle first
            if (!isOfficeCredit(block.text()) && (isBySomeone(block.text())
                    || segmentation.wordingIsByline(block.index()))) {
                return true;
            }
        }
        return false;
    }

    private static WordAutomaton neededWords(Pattern pattern) {
        String[] needs = LiteralScreen.Screened.of(pattern).needs();
        return needs == null ? null : new WordAutomaton(List.of(needs));
    }

    /** {@code OFFICE_CREDIT.matcher(text).find()}, tried only on a line holding one of the pattern's words. */
    static boolean isOfficeCredit(String text) {
        return (OFFICE_CREDIT_WORDS == null || OFFICE_CREDIT_WORDS.anyPresent(text)) && OFFICE_CREDIT.matcher(text).find();
    }

    /**
     * {@code BY_SOMEONE.matcher(text).find()}, tried only on a line that starts with "By" after the pattern's
     * whitespace, as the pattern's anchored start needs.
     */
    static boolean isBySomeone(String text) {
        int i = 0;
        while (i < text.length() && isPatternSpace(text.charAt(i))) {
            i++;
        }
        return text.startsWith("By", i) && BY_SOMEONE.matcher(text).find();
    }

    /** {@code \s} of a pattern without flags: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * A person's name alone on the line between the page's date line and the text, on a page no government or
     * international body publishes: a reporter's byline, though the name is not one the given-name list knows.
     */
    private static boolean nameUnderDateLine(Segmentation segmentation) {
        List<Block> header = segmentation.header();
        if (header.size() < 2) {
            return false;
        }
        Block last = header.get(header.size() - 1);
        return "date line".equals(segmentation.reason(header.get(header.size() - 2).index()))
                && "before the statement".equals(segmentation.reason(last.index()))
                && PERSON_LINE.matcher(last.text().strip()).matches();
    }

    /**
     * Whether at least three paragraphs, and a third of them, report speech ("said", "told"...): the count stops
     * once it is enough, since it only grows.
     */
    private static boolean mostlyReportedSpeech(List<Block> body) {
        int reported = 0;
        for (Block block : body) {
            if (reportsSpeech(block.text())) {
                reported++;
                if (reported >= 3 && reported * 3L >= body.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the text reports speech ("said", "according to"...), searched only when it holds one of the words. */
    static boolean reportsSpeech(String text) {
        return REPORTED_SPEECH_SCREEN.find(text, LiteralScreen.fold(text));
    }

    /** A government's own news service counts as news only with a reporter's byline. */
    private int newsSignals(Page page, Segmentation segmentation, List<Block> body, boolean official) {
        if (body.isEmpty()) {
            return 0;
        }
        boolean byline = hasReporterByline(segmentation) || !official && nameUnderDateLine(segmentation);
        if (official && !byline) {
            return 0;
        }
        int signals = byline ? 2 : 0;
        if (cues.newsSignals(body.get(0).text()) > 0 || isColonDateline(body.get(0).text())) {
            signals += 2;
        }
        String type = page.metadata().documentType();
        if (type != null && (type.contains("newsarticle") || type.equals("article") && page.html())) {
            signals += 1;
        }
        if (mostlyReportedSpeech(body)) {
            signals += 2;
        }
        String all = String.join(" ", body.stream().map(Block::text).toList());
        if (cues.newsSignals(all) >= 2) {
            signals += 1;
        }
        if (reportsOnWeekday(body.get(0).text())) {
            signals += 1; // "Prime Minister X said on Thursday that ...": a reporter's lead
        }
        return signals;
    }
}
