package org.communique.importer.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.communique.statement.DateBasis;
import org.communique.statement.DatePrecision;
import org.communique.statement.PartialDate;

/**
 * Finds the statement's own date, by a fallback chain, first found wins:
 * <ol>
 *   <li>a publication date the page states: in its metadata, or a date line by the headline
 *       ("JULY 26, 2021", "Published: ...", a byline with a date);</li>
 *   <li>a news dateline opening the body ("WASHINGTON, July 26, 2021 —");</li>
 *   <li>a stamp of the page's last update or edit;</li>
 *   <li>the event's date in the lead ("on July 22-23, 2024"), then a photo caption's or an embedded
 *       post's date, set back to the weekday the lead names ("On Friday");</li>
 *   <li>a year in the headline ("(2024)").</li>
 * </ol>
 * Dates in chrome never count: related-article lists and the rest of a page's closing section, the site's
 * "today" line above the headline, copyright lines and capture stamps.
 */
final class DateFinder {

    /** The date found, its last day for a range, its basis, and what the reader should be warned of. */
    record Found(PartialDate date, LocalDate end, DateBasis basis, List<String> warnings) {
    }

    private static final int LEAD_PARAGRAPHS = 2;
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "^(?:first |originally )?(?:posted|published|released|issued|dated|date|for immediate release)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATE_STAMP = Pattern.compile("\\b(?:updated|modified|edited|revised|amended)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{L}\\p{N} .,'’-]{1,60}?(?:\\([^)]{1,40}\\))?\\s*[-–—:]+\\s", Pattern.UNICODE_CASE);
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");

    Found find(Page page, Segmentation segmentation, TitleFinder.Title title) {
        boolean dayFirst = DateMentions.writesDayFirst(String.join("\n", page.blocks().stream().map(Block::text).toList()));
        List<String> warnings = new ArrayList<>();
        Optional<Found> published = statedPublication(page, segmentation, title, dayFirst);
        if (published.isPresent()) {
            return published.get();
        }
        List<Block> body = segmentation.body();
        if (!body.isEmpty()) {
            Optional<DateMentions.Mention> dateline = dateline(body.get(0).text(), dayFirst);
            if (dateline.isPresent()) {
                return found(dateline.get(), DateBasis.PUBLISHED, warnings);
            }
        }
        Optional<Block> update = dateLine(segmentation, title, dayFirst, true);
        if (update.isPresent()) {
            warnings.add("The only stated date is the page's last update.");
            return found(DateMentions.find(update.get().text(), dayFirst).get(0), DateBasis.PUBLISHED, warnings);
        }
        for (int i = 0; i < Math.min(LEAD_PARAGRAPHS, body.size()); i++) {
            Optional<DateMentions.Mention> lead = DateMentions.find(body.get(i).text(), dayFirst).stream()
                    .filter(m -> m.date().precision() != DatePrecision.YEAR).findFirst();
            if (lead.isPresent()) {
                warnings.add("No publication date: the date is the event's, from the lead.");
                return found(lead.get(), DateBasis.EVENT, warnings);
            }
        }
        Optional<Found> evidence = fromEvidence(segmentation, body, warnings);
        if (evidence.isPresent()) {
            return evidence.get();
        }
        if (title != null && title.year() != null) {
            warnings.add("Only the year is known, from the headline (" + title.year() + ").");
            return new Found(PartialDate.ofYear(title.year()), null, DateBasis.PUBLISHED, warnings);
        }
        warnings.add("No date found.");
        return new Found(null, null, DateBasis.NONE, warnings);
    }

    private Optional<Found> statedPublication(Page page, Segmentation segmentation, TitleFinder.Title title,
                                              boolean dayFirst) {
        for (String value : page.metadata().publishedDates()) {
            Optional<PartialDate> date = DateMentions.parseMetadata(value);
            if (date.isPresent()) {
                return Optional.of(new Found(date.get(), null, DateBasis.PUBLISHED, List.of()));
            }
        }
        return dateLine(segmentation, title, dayFirst, false)
                .map(block -> found(DateMentions.find(block.text(), dayFirst).get(0), DateBasis.PUBLISHED, new ArrayList<>()));
    }

    /**
     * The page's date line: in the header zone, or just after the statement, never in the closing section;
     * a date above the headline is the site's "today" unless it sits right on top of it without a weekday.
     * {@code updates} chooses between publication lines and update stamps.
     */
    private Optional<Block> dateLine(Segmentation segmentation, TitleFinder.Title title, boolean dayFirst,
                                     boolean updates) {
        int titleBlock = title == null ? -1 : title.block();
        Block best = null;
        boolean bestLabelled = false;
        for (Block block : segmentation.blocks()) {
            int i = block.index();
            if (i >= segmentation.closingStart() || (i >= segmentation.bodyStart() && !nearBodyEnd(segmentation, block))
                    || segmentation.isBody(i) || DateMentions.find(block.text(), dayFirst).isEmpty()) {
                continue;
            }
            boolean dateLine = DateMentions.isDateLine(block.text());
            boolean labelled = PUBLISHED_LABEL.matcher(block.text()).find() && block.wordCount() <= 20;
            boolean byline = segmentation.wording(i) == ChromeKind.BYLINE;
            boolean update = UPDATE_STAMP.matcher(block.text()).find() && !labelled;
            if (!(dateLine || labelled || byline) || update != updates || isChromeStamp(segmentation, i)) {
                continue;
            }
            boolean aboveTitle = titleBlock >= 0 && i < titleBlock;
            if (aboveTitle && (titleBlock - i > 2 || WEEKDAY.matcher(block.text()).find())) {
                continue;
            }
            boolean closer = best == null || titleBlock >= 0 && Math.abs(i - titleBlock) < Math.abs(best.index() - titleBlock);
            if (labelled && !bestLabelled || closer && labelled == bestLabelled) {
                best = block;
                bestLabelled = labelled;
            }
        }
        if (best != null) {
            segmentation.markDate(best.index());
        }
        return Optional.ofNullable(best);
    }

    private static boolean nearBodyEnd(Segmentation segmentation, Block block) {
        List<Block> body = segmentation.body();
        if (body.isEmpty()) {
            return false;
        }
        int last = body.get(body.size() - 1).index();
        return block.index() > last && block.index() <= last + 3;
    }

    private static boolean isChromeStamp(Segmentation segmentation, int index) {
        ChromeKind kind = segmentation.wording(index);
        return kind == ChromeKind.FOOTER || kind == ChromeKind.CAPTURE || kind == ChromeKind.CAPTION
                || kind == ChromeKind.EMBED;
    }

    private static Optional<DateMentions.Mention> dateline(String lead, boolean dayFirst) {
        Matcher m = DATELINE.matcher(lead);
        if (!m.find() || m.end() > 90) {
            return Optional.empty();
        }
        return DateMentions.find(lead.substring(0, m.end()), dayFirst).stream()
                .filter(d -> d.date().precision() == DatePrecision.DAY).findFirst();
    }

    /** A photo caption's or an embedded post's date, set back to the weekday the lead names. */
    private Optional<Found> fromEvidence(Segmentation segmentation, List<Block> body, List<String> warnings) {
        for (ChromeKind kind : List.of(ChromeKind.CAPTION, ChromeKind.EMBED)) {
            for (Block block : segmentation.blocks()) {
                if (segmentation.wording(block.index()) != kind || block.index() >= segmentation.closingStart()) {
                    continue;
                }
                Optional<DateMentions.Mention> mention = DateMentions.find(block.text()).stream()
                        .filter(d -> d.date().precision() == DatePrecision.DAY).findFirst();
                if (mention.isEmpty()) {
                    continue;
                }
                LocalDate day = mention.get().date().start();
                Optional<DayOfWeek> weekday = body.isEmpty() ? Optional.empty()
                        : DateMentions.weekday(String.join(" ", body.subList(0, Math.min(2, body.size()))
                        .stream().map(Block::text).toList()));
                if (weekday.isPresent() && day.getDayOfWeek() != weekday.get()) {
                    day = day.with(TemporalAdjusters.previous(weekday.get()));
                }
                String source = kind == ChromeKind.CAPTION ? "a photo caption" : "an embedded post";
                warnings.add("No publication date: the date is the event's, from " + source + ".");
                return Optional.of(new Found(PartialDate.ofDay(day), null, DateBasis.EVENT, warnings));
            }
        }
        return Optional.empty();
    }

    private static Found found(DateMentions.Mention mention, DateBasis basis, List<String> warnings) {
        if (mention.date().precision() != DatePrecision.DAY) {
            warnings.add("The date is known only to the " + mention.date().precision().name().toLowerCase() + ".");
        }
        return new Found(mention.date(), mention.endDate(), basis, warnings);
    }
}
