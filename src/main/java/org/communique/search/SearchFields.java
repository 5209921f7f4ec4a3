package org.communique.search;

/** The names the mapping, the analysis and the queries share: analyzers and index fields. */
final class SearchFields {

    static final String ENGLISH = "english";
    static final String NAME = "name";
    static final String ARABIC = "arabic";
    static final String KEY = "key";
    /** Dots and apostrophes inside a word, which do not change it ("U.S." = "US", "Iraq’s" = "Iraqs"). */
    static final String INNER_PUNCTUATION = "[.'’‘]";

    static final String TITLE = "title";
    static final String TITLE_ARABIC = "title_ar";
    static final String BODY = "body";
    static final String BODY_ARABIC = "body_ar";
    static final String QUOTE = "quote.text";
    static final String OFFICIAL_NAMES = "appearance.official.aliases.alias";
    static final String OFFICIAL_ID = "appearance.official.id";
    static final String PUBLISHER_TEXT = "publisher_text";
    static final String PUBLISHER = "publisher";
    static final String PUBLISHER_KEY = "publisher_key";
    static final String PARTY = "party";
    static final String TYPE = "type";
    static final String YEAR = "year";
    static final String DATE_START = "dateStart";
    static final String SPAN_END = "spanEnd";
    static final String ID = "idSort";
    /** The statement's row version, read back by the consistency check. */
    static final String VERSION = "version";

    private SearchFields() {
    }
}
