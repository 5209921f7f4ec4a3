package org.communique.importer.extraction;

import java.util.List;

/**
 * What a page says about itself outside its visible text: meta tags, JSON-LD, the {@code <title>}, a
 * canonical link, or a source line in a text rendering. Every field may be {@code null} (or empty).
 *
 * @param headline       JSON-LD {@code headline} or {@code og:title}
 * @param documentTitle  the {@code <title>} element
 * @param firstHeading   the page's first {@code <h1>}
 * @param siteName       {@code og:site_name}, {@code application-name}
 * @param publisher      JSON-LD publisher's or author organisation's name
 * @param publishedDates publication dates as written in metadata that names them so, most trusted first
 * @param otherDates     dates in generic metadata ("date", "DC.date", a {@code <time>} by the headline),
 *                       trusted less than a visible "Published" line
 * @param url            canonical address of the page
 * @param documentType   JSON-LD {@code @type} or {@code og:type}
 */
record PageMetadata(
        String headline,
        String documentTitle,
        String firstHeading,
        String siteName,
        String publisher,
        List<String> publishedDates,
        List<String> otherDates,
        String url,
        String documentType) {

    static final PageMetadata NONE = new PageMetadata(null, null, null, null, null, List.of(), List.of(), null, null);

    PageMetadata {
        publishedDates = List.copyOf(publishedDates);
        otherDates = List.copyOf(otherDates);
    }

    PageMetadata withUrl(String newUrl) {
        return new PageMetadata(headline, documentTitle, firstHeading, siteName, publisher, publishedDates, otherDates,
                newUrl, documentType);
    }
}
