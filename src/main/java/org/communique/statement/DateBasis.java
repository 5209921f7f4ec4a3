package org.communique.statement;

import java.util.Locale;

/** Where a statement's date comes from: a stated publication date, only the date of the event, or nothing. */
public enum DateBasis {
    PUBLISHED, EVENT, NONE;

    /** The lower-case word used in URLs and JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
