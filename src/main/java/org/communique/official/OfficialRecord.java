package org.communique.official;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the statements say about officials, for the officials' pages: which statements name them, with the
 * office each gives, and their quotations. The statement feature provides it, so that this feature does not
 * depend on that one.
 */
public interface OfficialRecord {

    /** The statements that name an official, oldest first, undated last. */
    List<NamedIn> statementsNaming(long officialId);

    /** The official's quotations, oldest first. */
    List<Quoted> quotationsOf(long officialId);

    /** How many statements name each official. */
    Map<Long, Long> statementCounts();

    /** A statement that names the official, and the office it gives them. */
    record NamedIn(long statementId, String url, String title, String displayDate, LocalDate date, String role,
                   String type) {
    }

    /** A quotation of the official, and the statement it is in. */
    record Quoted(String text, String statementUrl, String statementTitle, String displayDate) {
    }
}
