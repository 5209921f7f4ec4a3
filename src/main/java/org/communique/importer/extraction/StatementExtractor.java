package org.communique.importer.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.communique.statement.PartialDate;
import org.communique.statement.StatementType;

/**
 * Turns one source file into a clean, structured statement. Reads as its steps: decode → read into blocks
 * → strip chrome → title → date → publisher → type → officials → parties → quotes → body. Each step is a
 * small class; the word lists and patterns they use are data under {@code extraction/}. Never throws for
 * a page it does not understand: what it is unsure of comes back as warnings.
 */
public final class StatementExtractor {

    /** Raised with the version whenever a change to extraction would change what is stored. */
    public static final String VERSION = "1.0";

    private final SourceDecoder decoder = new SourceDecoder();
    private final TextPageReader textReader;
    private final HtmlPageReader htmlReader;
    private final ChromeStripper stripper;
    private final TitleFinder titles;
    private final DateFinder dates = new DateFinder();
    private final PublisherFinder publishers;
    private final TypeClassifier types;
    private final OfficialFinder officials;
    private final NationalOffices nationalOffices;
    private final CreditLines creditLines;
    private final PartyFinder parties;
    private final QuoteFinder quotes;

    public StatementExtractor(OfficialRegistry registry) {
        Lexicons lexicons = Lexicons.bundled();
        TypeCues cues = lexicons.cues();
        Gazetteer gazetteer = lexicons.gazetteer();
        RoleLexicon roles = lexicons.roles();
        ChromeMarkers markers = lexicons.markers();
        GivenNames givenNames = lexicons.givenNames();
        this.htmlReader = new HtmlPageReader(lexicons.hints());
        this.textReader = new TextPageReader(markers);
        this.stripper = new ChromeStripper(markers, givenNames, cues);
        this.titles = new TitleFinder(cues, lexicons.publisherKinds());
        this.publishers = new PublisherFinder(gazetteer, lexicons.publisherKinds());
        this.types = new TypeClassifier(cues);
        this.officials = new OfficialFinder(registry, gazetteer, roles, givenNames);
        this.nationalOffices = new NationalOffices(gazetteer, roles);
        this.creditLines = new CreditLines(roles);
        this.parties = new PartyFinder(gazetteer);
        this.quotes = new QuoteFinder(roles);
    }

    /** An extractor with the registry of officials shipped with Communique. */
    public static StatementExtractor withBundledRegistry() {
        return new StatementExtractor(OfficialRegistry.bundled());
    }

    /** Extracts within the default budget (see {@link #extract(SourceFile, ExtractionBudget)}). */
    public ExtractedStatement extract(SourceFile file) {
        return extract(file, ExtractionBudget.DEFAULT);
    }

    /**
     * Extracts a file, refusing it with {@link SourceTooHeavy} when it is over the budget's size, line count or
     * depth. The time limit is the caller's to keep (see {@code BoundedExtraction}): an interrupted thread
     * stops at the next step.
     */
    public ExtractedStatement extract(SourceFile file, ExtractionBudget budget) {
        if (file.bytes().length > budget.maxBytes()) {
            throw SourceTooHeavy.overSize(file.bytes().length, budget);
        }
        DecodedSource source = decoder.decode(file);
        if (lineCount(source.text()) > budget.maxLines()) {
            throw SourceTooHeavy.overLines(budget);
        }
        checkpoint();
        Page page = source.isHtml() ? htmlReader.read(source, budget) : textReader.read(source);
        checkpoint();
        Segmentation segmentation = stripper.strip(page);
        checkpoint();
        TitleFinder.Title title = titles.find(page, segmentation);
        String sourceUrl = page.metadata().url();
        PublisherFinder.Publisher publisher = publishers.find(page, segmentation, sourceUrl, title.block());
        DateFinder.Found date = dates.find(page, segmentation, title, publisher.speaksFor());
        StatementType type = types.classify(page, segmentation, title, publisher.kind());
        List<String> paragraphs = segmentation.paragraphs();
        String headline = title.derived() ? null : title.text();
        checkpoint();
        List<String> credits = creditLines.find(segmentation, title.derived() ? -1 : title.block());
        OfficialFinder.Result found = officials.find(headline, credits, paragraphs, asOf(date));
        checkpoint();
        List<String> partyCodes = parties.find(headline, paragraphs, found.actingFor(), publisher.speaksFor());
        List<OfficialMention> officialMentions = nationalOffices.assign(found.officials(), partyCodes,
                publisher.speaksFor());

        List<String> warnings = new ArrayList<>();
        if (title.derived()) {
            warnings.add("No headline in the source: the title was derived from the lead.");
        }
        warnings.addAll(date.warnings());
        if (paragraphs.isEmpty()) {
            warnings.add("No statement text found.");
        }
        return new ExtractedStatement(title.text(), title.derived(), date.date(), date.end(), date.basis(), type,
                partyCodes, officialMentions, quotes.find(paragraphs, found), publisher.name(), sourceUrl, paragraphs,
                warnings, source.charset().name(), file.mediaType(), source.text(), segmentation.toSourceBlocks());
    }

    /** Stops an extraction whose caller gave up on it (its time ran out): the thread was interrupted. */
    private static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) {
            throw new SourceTooHeavy("the extraction was stopped because it ran over its time");
        }
    }

    /** The number of lines, as {@link String#lines()} counts them: ended by \n, \r or \r\n, or by the end of the text. */
    static long lineCount(String text) {
        long lines = 0;
        int n = text.length();
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++; // String.indexOf looks for a character many at a time
        }
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 == n || text.charAt(i + 1) != '\n') {
                lines++; // a lone \r; the \r of \r\n was counted with its \n
            }
        }
        if (n > 0) {
            char last = text.charAt(n - 1);
            if (last != '\n' && last != '\r') {
                lines++;
            }
        }
        return lines;
    }

    private static LocalDate asOf(DateFinder.Found date) {
        PartialDate partial = date.date();
        return partial == null ? null : partial.lowerBound();
    }
}
