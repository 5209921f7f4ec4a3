package org.communique.importer.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.communique.statement.StatementType;

/**
 * Decides what kind of document a statement is, by a fallback chain: a type label above the headline
 * ("PRESS STATEMENT"); the headline's wording ("Joint Statement on...", "Readout of...", "Remarks...");
 * a "Begin text / End text" frame (joint when it names two governments); a transcript's speaker labels;
 * the conventions of news (a dateline, a byline, reported speech); a lead in an office's own voice about
 * a meeting (a readout); else "other".
 */
final class TypeClassifier {

    private static final Pattern REPORTED_SPEECH = Pattern.compile(
            "\\b(said|says|told|added|noted|according to|stressed|affirmed|explained|stated)\\b");

    private static final int LABEL_REACH = 3;

    private final TypeCues cues;

    TypeClassifier(TypeCues cues) {
        this.cues = cues;
    }

    /**
     * @param official whether the publisher is a government or an international body, whose pages are
     *                 statements in their own voice, never news reports
     */
    StatementType classify(Page page, Segmentation segmentation, TitleFinder.Title title, boolean official) {
        if (!title.derived()) {
            Optional<StatementType> byTitle = cues.title(title.text());
            if (byTitle.isPresent()) {
                return byTitle.get();
            }
        }
        Optional<StatementType> label = label(segmentation, title);
        if (label.isPresent()) {
            return label.get();
        }
        Optional<StatementType> framed = frame(segmentation);
        if (framed.isPresent()) {
            return framed.get();
        }
        List<Block> body = segmentation.body();
        long speakerLabels = body.stream().filter(b -> TextShape.isSpeakerTurn(b.text())).count();
        if (speakerLabels >= 2) {
            return StatementType.REMARKS;
        }
        if (isNews(page, segmentation, body, official)) {
            return StatementType.NEWS_REPORT;
        }
        if (!body.isEmpty()) {
            String lead = String.join(" ", body.subList(0, Math.min(3, body.size())).stream().map(Block::text).toList());
            if (cues.readoutSignals(lead) >= 2 || !title.derived() && cues.isMeetingTitle(title.text())
                    && cues.readoutSignals(lead) >= 1) {
                return StatementType.READOUT;
            }
            if (official) {
                return StatementType.PRESS_STATEMENT;
            }
        }
        return StatementType.OTHER;
    }

    /** A type label ("PRESS STATEMENT", "Readout") next to the headline or just above the statement; not a menu item. */
    private Optional<StatementType> label(Segmentation segmentation, TitleFinder.Title title) {
        List<Block> header = segmentation.header();
        for (Block block : header) {
            boolean nearTitle = title.block() >= 0 && Math.abs(block.index() - title.block()) <= LABEL_REACH;
            boolean nearBody = segmentation.bodyStart() - block.index() <= LABEL_REACH;
            Optional<StatementType> label = cues.label(block.text());
            if ((nearTitle || nearBody) && label.isPresent() && label.get() != StatementType.NEWS_REPORT) {
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

    /** A government's own news service counts as news only with a reporter's byline. */
    private boolean isNews(Page page, Segmentation segmentation, List<Block> body, boolean official) {
        if (body.isEmpty()) {
            return false;
        }
        boolean byline = segmentation.header().stream()
                .anyMatch(block -> segmentation.wording(block.index()) == ChromeKind.BYLINE);
        if (official && !byline) {
            return false;
        }
        int signals = byline ? 2 : 0;
        if (cues.newsSignals(body.get(0).text()) > 0) {
            signals += 2;
        }
        String type = page.metadata().documentType();
        if (type != null && (type.contains("newsarticle") || type.equals("article") && page.html())) {
            signals += 1;
        }
        long reported = body.stream().filter(b -> REPORTED_SPEECH.matcher(b.text()).find()).count();
        if (reported >= 3 && reported * 3 >= body.size()) {
            signals += 2;
        }
        String all = String.join(" ", body.stream().map(Block::text).toList());
        if (cues.newsSignals(all) >= 2) {
            signals += 1;
        }
        return signals >= 2;
    }
}
