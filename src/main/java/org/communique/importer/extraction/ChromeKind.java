package org.communique.importer.extraction;

/** The kinds of site chrome the extractor recognises, each with the words an archivist sees for it. */
enum ChromeKind {
    BANNER("banner", "site or government banner"),
    BREADCRUMB("breadcrumb", "breadcrumb"),
    NAVIGATION("navigation", "navigation link"),
    SHARE("share", "share and print links"),
    ADVERT("advert", "advertisement"),
    COOKIE("cookie", "cookie notice"),
    NEWSLETTER("newsletter", "newsletter prompt"),
    METRICS("metrics", "views, ratings or update stamp"),
    BYLINE("byline", "byline"),
    CAPTION("caption", "photo caption or credit"),
    EMBED("embed", "embedded social post"),
    RELATED_LINK("related-link", "link to another article"),
    NOTE("note", "editorial note"),
    FOOTER("footer", "footer"),
    CAPTURE("capture", "capture or print stamp"),
    SECTION_END("section-end", "closing section (related articles, FAQ, comments, tags)"),
    FRAME_BEGIN("frame-begin", "statement frame"),
    FRAME_PREAMBLE("frame-preamble", "statement frame"),
    FRAME_END("frame-end", "statement frame");

    private final String section;
    private final String reason;

    ChromeKind(String section, String reason) {
        this.section = section;
        this.reason = reason;
    }

    /** The section of {@code boilerplate.txt} that lists this kind's markers. */
    String section() {
        return section;
    }

    /** Why a block of this kind was cut, in an archivist's words. */
    String reason() {
        return reason;
    }
}
