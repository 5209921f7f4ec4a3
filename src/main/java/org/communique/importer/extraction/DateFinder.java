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
 *   <li>a publication date the page's metadata names so (JSON-LD {@code datePublished},
 *       {@code article:published_time});</li>
 *   <li>a visible line that says so ("Published August 20, 2020", "Date Posted: 03.30.2020", "Issued on");</li>
 *   <li>a date line by the headline ("JULY 26, 2021"), or a short stamp by it with a full date ("By Newsroom
 *       Feeds at 20 Mar 2017", "(Agency) 16:29, July 23, 2024"), the event's date on an event page; a date
 *       above the headline only right on top of it, and not with a weekday and a clock (the site's "today");</li>
 *   <li>generic date metadata ({@code DC.date}, a {@code <time>} by the headline);</li>
 *   <li>a news dateline opening the body ("WASHINGTON, July 26, 2021 —");</li>
 *   <li>a stamp of the page's last update or edit;</li>
 *   <li>the event's date: in the headline ("..., 22 August 2023, Baghdad"), in the lead ("on July 22-23,
 *       2024"), on a photo caption or an embedded post, set back to the weekday the lead names;</li>
 *   <li>a year in the headline ("(2024)", "2020 G20 Summit Declaration").</li>
 * </ol>
 * Dates in chrome never count: related-article lists and the rest of a page's closing section, the site's
 * "today" line above the headline, copyright lines, capture stamps, a photo's "Date Taken".
 */
final class DateFinder {

    /** The date found, its last day for a range, its basis, and what the reader should be warned of. */
    record Found(PartialDate date, LocalDate end, DateBasis basis, List<String> warnings) {
    }

    /** What a block says about the page's date. */
    private enum Stamp {
        PUBLISHED, PLAIN, UPDATED
    }

    private record Dated(Block block, DateMentions.Mention mention, Stamp stamp) {
    }

    private static final int LEAD_PARAGRAPHS = 2;
    /** A place and a comma before a date, alone on a line: a statement's sign-off ("Tallinn, 5 June 2019"). */
    private static final Pattern PLACE_BEFORE_DATE = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2}(?:, \\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2})?,\\s*$");
    /** Where numeric dates put the month first: the United States, the Philippines, Micronesia, Palau, the Marshall Islands. */
    private static final java.util.Set<String> MONTH_FIRST = java.util.Set.of("US", "PH", "FM", "PW", "MH");
    /** A short line by the headline with a full date in it is the page's stamp ("By Newsroom Feeds at 20 Mar 2017"). */
    private static final int STAMP_REACH = 3;
    private static final int STAMP_WORDS = 12;
    /** Date lines among the statement's first blocks (under a teaser) still stamp the page. */
    private static final int OPENING_BLOCKS = 3;
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern HEADLINE_YEAR = Pattern.compile("(?<![\\d/.-])((?:19|20)\\d{2})(?![\\d/.-])");
    private static final int CATEGORY_WORDS = 4;
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?i)\\b(?:first |originally )?(?:posted|published|"
            + "released|issued|date posted|publication date|date of publication|dated|date|for immediate release)"
            + "(?:\\s+(?:on|at))?\\s*[:|-]?\\s*");
    private static final Pattern UPDATE_LABEL = Pattern.compile(
            "(?i)\\b(?:last )?(?:updated|modified|edited|revised|amended)(?:\\s+(?:on|at))?\\s*:?\\s*");
    private static final Pattern TAKEN_LABEL = Pattern.compile("(?i)\\bdate taken\\b\\s*:?\\s*");
    private static final Pattern LABEL_ONLY = Pattern.compile("(?i)^\\s*(?:date taken|date posted|posted|published|"
            + "released|issued|updated|last updated|date|dated)\\s*(?:on)?\\s*:?\\s*$");
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{L}\\p{N} .,'’-]{1,60}?(?:\\([^)]{1,40}\\))?\\s*[-–—:]+\\s", Pattern.UNICODE_CASE);
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    private static final Pattern EVENT_LABEL = Pattern.compile(
            "(?i)^(?:past |upcoming |live |in-person |virtual )?(?:event|events|webinar|panel( discussion)?|conversation|symposium)$");
    private static final Pattern TIME_RANGE = Pattern.compile(
            "(?i)\\b\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*[-–—]\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?");

    /**
     * @param issuer the country or organisation the publisher speaks for, or {@code null}: numeric dates that the
     *               page leaves open ("12/04/2022") are read day first unless it writes month first, as the U.S.
     *               and a few others do (or nothing says who publishes)
     */
    Found find(Page page, Segmentation segmentation, TitleFinder.Title title, String issuer) {
        boolean dayFirst = DateMentions.numericOrder(String.join("\n", page.blocks().stream().map(Block::text).toList()))
                .orElse(issuer != null && !MONTH_FIRST.contains(issuer));
        List<String> warnings = new ArrayList<>();
        Optional<PartialDate> stated = firstParseable(page.metadata().publishedDates());
        if (stated.isPresent()) {
            return new Found(stated.get(), null, DateBasis.PUBLISHED, warnings);
        }
        List<Dated> lines = dateLines(segmentation, title, dayFirst);
        Optional<Dated> labelled = lines.stream().filter(d -> d.stamp() == Stamp.PUBLISHED).findFirst();
        if (labelled.isPresent()) {
            return chosen(segmentation, labelled.get(), DateBasis.PUBLISHED, warnings);
        }
        Optional<Dated> plain = nearestToTitle(lines, title, Stamp.PLAIN);
        if (plain.isPresent()) {
            if (isEventPage(segmentation)) {
                warnings.add("The date is the event's, as the page shows it for an event.");
                return chosen(segmentation, plain.get(), DateBasis.EVENT, warnings);
            }
            return chosen(segmentation, plain.get(), DateBasis.PUBLISHED, warnings);
        }
        Optional<PartialDate> generic = firstParseable(page.metadata().otherDates());
        if (generic.isPresent()) {
            return new Found(generic.get(), null, DateBasis.PUBLISHED, warnings);
        }
        List<Block> body = segmentation.body();
        if (!body.isEmpty()) {
            Optional<DateMentions.Mention> dateline = dateline(body.get(0).text(), dayFirst);
            if (dateline.isPresent()) {
                return found(dateline.get(), DateBasis.PUBLISHED, warnings);
            }
        }
        Optional<Dated> update = lines.stream().filter(d -> d.stamp() == Stamp.UPDATED).findFirst();
        if (update.isPresent()) {
            warnings.add("The only stated date is the page's last update.");
            return chosen(segmentation, update.get(), DateBasis.PUBLISHED, warnings);
        }
        return eventDate(segmentation, title, body, dayFirst, warnings);
    }

    /** The event's date, when the page states no date of its own. */
    private Found eventDate(Segmentation segmentation, TitleFinder.Title title, List<Block> body, boolean dayFirst,
                            List<String> warnings) {
        if (title != null && !title.derived()) {
            Optional<DateMentions.Mention> inTitle = DateMentions.find(title.text(), dayFirst).stream()
                    .filter(m -> m.date().precision() != DatePrecision.YEAR).findFirst();
            if (inTitle.isPresent()) {
                warnings.add("No publication date: the date is the event's, from the headline.");
                return found(inTitle.get(), DateBasis.EVENT, warnings);
            }
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
        if (title != null && !title.derived()) {
            Matcher year = HEADLINE_YEAR.matcher(title.text());
            if (year.find()) {
                warnings.add("Only the year is known, from the headline (" + year.group(1) + ").");
                return new Found(PartialDate.ofYear(Integer.parseInt(year.group(1))), null, DateBasis.EVENT, warnings);
            }
        }
        warnings.add("No date found.");
        return new Found(null, null, DateBasis.NONE, warnings);
    }

    private static Optional<PartialDate> firstParseable(List<String> values) {
        for (String value : values) {
            Optional<PartialDate> date = DateMentions.parseMetadata(value);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * The page's date lines, in order: labelled ones anywhere outside the body, plain ones in the header zone
     * or just after the statement; never in the closing section. A date above the headline is the site's
     * "today" unless it sits right on top of it without a weekday.
     */
    private List<Dated> dateLines(Segmentation segmentation, TitleFinder.Title title, boolean dayFirst) {
        int titleBlock = title == null ? -1 : title.block();
        List<Block> blocks = segmentation.blocks();
        List<Dated> lines = new ArrayList<>();
        for (Block block : blocks) {
            int i = block.index();
            if (i >= segmentation.closingStart() || segmentation.isBody(i) || block.wordCount() > 30 || i == titleBlock) {
                continue; // a date in the headline is the event's ("Visit to Nigeria (3-5 March 2023)"): see eventDate
            }
            if (titleBlock >= 0 && i < titleBlock && (titleBlock - i > 2
                    || WEEKDAY.matcher(block.text()).find() && titleBlock - i > 1)) {
                continue; // the site's "today" line
            }
            if (isChromeStamp(segmentation, i)) {
                continue; // asked last: it reads the block's wording
            }
            String label = i > 0 && LABEL_ONLY.matcher(blocks.get(i - 1).text()).matches() ? blocks.get(i - 1).text() : "";
            boolean nearStatement = i < segmentation.bodyStart() || i < segmentation.bodyStart() + OPENING_BLOCKS
                    || nearBodyEnd(segmentation, block);
            read(segmentation, block, label, titleBlock, dayFirst)
                    .filter(dated -> nearStatement || dated.stamp() != Stamp.PLAIN) // a labelled date counts anywhere
                    .ifPresent(lines::add);
        }
        return lines;
    }

    /** What one block says: a labelled publication date, a plain date line, or an update stamp. */
    private Optional<Dated> read(Segmentation segmentation, Block block, String label, int titleBlock,
                                 boolean dayFirst) {
        String text = withoutPhotoDate(label.isEmpty() ? block.text() : label + " " + block.text(), dayFirst);
        List<DateMentions.Mention> mentions = DateMentions.find(text, dayFirst);
        if (mentions.isEmpty()) {
            return Optional.empty();
        }
        Optional<DateMentions.Mention> published = DateMentions.afterLabel(text, PUBLISHED_LABEL, dayFirst);
        if (published.isPresent()) {
            return Optional.of(new Dated(block, published.get(), Stamp.PUBLISHED));
        }
        Optional<DateMentions.Mention> updated = DateMentions.afterLabel(text, UPDATE_LABEL, dayFirst);
        if (updated.isPresent()) {
            DateMentions.Mention first = mentions.get(0);
            if (first.start() < updated.get().start() && first.date().precision() == DatePrecision.DAY) {
                // "By A. Writer · 05/03/2023 · Updated 06/03/2023": the stamp's first date is the publication
                return Optional.of(new Dated(block, first, Stamp.PUBLISHED));
            }
            return Optional.of(new Dated(block, updated.get(), Stamp.UPDATED));
        }
        boolean dateLine = DateMentions.isDateLine(text);
        boolean byline = segmentation.wording(block.index()) == ChromeKind.BYLINE;
        int afterDate = TextShape.words(text.substring(mentions.get(0).end()));
        boolean category = titleBlock >= 0 && block.index() > titleBlock && block.index() - titleBlock <= 2
                && mentions.get(0).start() == 0 && (afterDate <= CATEGORY_WORDS // "4 May 2022 Prime Minister"
                || CLOCK.matcher(text).find() && afterDate <= 2 * STAMP_WORDS); // "March 5, 2024, 10:31 a.m. Press Hall"
        boolean stamp = titleBlock >= 0 && Math.abs(block.index() - titleBlock) <= STAMP_REACH
                && block.index() < segmentation.bodyStart() + OPENING_BLOCKS && wordsBesideDates(text, mentions) <= STAMP_WORDS
                && !TextShape.endsSentence(text) && mentions.get(0).date().precision() == DatePrecision.DAY;
        DateMentions.Mention first = mentions.get(0);
        boolean placeAndDate = PLACE_BEFORE_DATE.matcher(text.substring(0, first.start())).matches()
                && endsLine(text, first.end()) && first.date().precision() == DatePrecision.DAY;
        return dateLine || category || byline || stamp || placeAndDate
                ? Optional.of(new Dated(block, first, Stamp.PLAIN)) : Optional.empty();
    }

    /** Whether nothing but a full stop and spaces follows {@code from}. */
    private static boolean endsLine(String text, int from) {
        String rest = text.substring(from).strip();
        return rest.isEmpty() || rest.equals(".");
    }

    /** Blanks out a photo's "Date Taken: ..." so that only the page's own dates are read. */
    private static String withoutPhotoDate(String text, boolean dayFirst) {
        Matcher taken = TAKEN_LABEL.matcher(text);
        if (!taken.find()) {
            return text;
        }
        Optional<DateMentions.Mention> date = DateMentions.afterLabel(text, TAKEN_LABEL, dayFirst);
        int end = date.map(DateMentions.Mention::end).orElse(taken.end());
        return text.substring(0, taken.start()) + " ".repeat(end - taken.start()) + text.substring(end);
    }

    private static Optional<Dated> nearestToTitle(List<Dated> lines, TitleFinder.Title title, Stamp stamp) {
        Dated best = null;
        for (Dated line : lines) {
            if (line.stamp() != stamp) {
                continue;
            }
            if (best == null || title != null && title.block() >= 0
                    && Math.abs(line.block().index() - title.block()) < Math.abs(best.block().index() - title.block())) {
                best = line;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A page about an event ("Past Event", a time range by the date) shows the event's date, not its own. */
    private static boolean isEventPage(Segmentation segmentation) {
        for (Block block : segmentation.header()) {
            if (EVENT_LABEL.matcher(block.text().strip()).matches() || TIME_RANGE.matcher(block.text()).find()
                    && block.wordCount() <= 8) {
                return true;
            }
        }
        return false;
    }

    private static Found chosen(Segmentation segmentation, Dated dated, DateBasis basis, List<String> warnings) {
        segmentation.markDate(dated.block().index());
        return found(dated.mention(), basis, warnings);
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

    /** The words of a line but its dates: "08/12/2024 | Press release | ... on 08/12/2024 17:49" is a short stamp. */
    private static int wordsBesideDates(String text, List<DateMentions.Mention> mentions) {
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (DateMentions.Mention mention : mentions) {
            if (mention.start() >= at) {
                rest.append(text, at, mention.start()).append(' ');
                at = mention.end();
            }
        }
        return TextShape.words(rest.append(text.substring(at)).toString());
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
