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
 * @param publishedDates publication dates as written in metadata, most trusted first
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
        String url,
        String documentType) {

    static final PageMetadata NONE = new PageMetadata(null, null, null, null, null, List.of(), null, null);

    PageMetadata {
        publishedDates = List.copyOf(publishedDates);
    }

    PageMetadata withUrl(String newUrl) {
        return new PageMetadata(headline, documentTitle, firstHeading, siteName, publisher, publishedDates, newUrl,
                documentType);
    }
}
