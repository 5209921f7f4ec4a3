package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a saved HTML page into blocks: its metadata first, then every block of visible text in reading
 * order, each marked with the reason the page's structure already rules it out (navigation, sidebar,
 * footer, hidden, outside the main content), or unmarked when it lies in the article.
 */
final class HtmlPageReader {

    private static final String IN_ARTICLE = "";

    private final HtmlMetadataReader metadataReader = new HtmlMetadataReader();
    private final MainContentLocator locator;

    HtmlPageReader(HtmlHints hints) {
        this.locator = new MainContentLocator(hints);
    }

    /**
     * Reads a page whose elements nest no deeper than the budget allows. The parser stops nesting a little
     * past the limit (deeper elements become siblings), so a page of 100,000 nested elements costs no more
     * to refuse than one of a few hundred.
     */
    Page read(DecodedSource source, ExtractionBudget budget) {
        Document doc = Jsoup.parse(source.text(), "", Parser.htmlParser().setMaxDepth(budget.maxDepth() + 2));
        HtmlMetadataReader.Asked asked = HtmlMetadataReader.Asked.of(doc); // one walk: the metadata's elements, the depth
        if (asked.depth() > budget.maxDepth()) {
            throw SourceTooHeavy.overDepth(budget);
        }
        PageMetadata metadata = metadataReader.read(doc, asked);
        List<HtmlBlocks.Cut> cuts = HtmlBlocks.cut(doc.body());
        MainContentLocator.Located located = locator.locate(doc);
        Map<Integer, Element> owners = new HashMap<>();
        Document page = located.page();
        for (Element owner = page; owner != null; owner = PreOrder.next(owner, page)) { // no list of them built
            if (owner.hasAttr(HtmlBlocks.OWNER_ATTRIBUTE)) {
                owners.put(Integer.parseInt(owner.attr(HtmlBlocks.OWNER_ATTRIBUTE)), owner);
            }
        }
        Map<Integer, String> fates = new HashMap<>();
        List<Block> blocks = new ArrayList<>();
        for (HtmlBlocks.Cut cut : cuts) {
            String fate = fates.computeIfAbsent(cut.owner(), id -> {
                Element owner = owners.get(id);
                String reason = owner == null ? "outside the main content" : located.fate(owner);
                return reason == null ? IN_ARTICLE : reason;
            });
            String removedBy = fate.equals(IN_ARTICLE) ? null : fate;
            blocks.add(new Block(blocks.size(), cut.text(), cut.kind(), cut.linkDensity(), removedBy, cut.wordCount()));
        }
        return new Page(blocks, metadata, true);
    }
}
