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

    /** One page of the statements that name an official, oldest first, undated last. */
    Named statementsNaming(long officialId, int page, int size);

    /** The offices the statements give an official, the earliest first, each with its first and last month. */
    List<Role> rolesOf(long officialId);

    /** The official's latest quotations, at most {@code limit}, newest first, and how many there are. */
    Quoted quotationsOf(long officialId, int limit);

    /** How many statements name each official. */
    Map<Long, Long> statementCounts();

    /** How many statements name one official: from their own appearances, not everyone's. */
    long statementCount(long officialId);

    /** A page of statements naming an official, and how many name them in all. */
    record Named(List<NamedIn> items, long total) {
    }

    /** A statement that names the official, and the office it gives them. */
    record NamedIn(long statementId, String url, String title, String displayDate, LocalDate date, String role,
                   String type) {
    }

    /** An office as the statements give it: the first and last month a statement gives it, and how many do. */
    record Role(String role, String from, String to, long statements) {
    }

    /** Some of an official's quotations, and how many there are in all. */
    record Quoted(List<Quote> items, long total) {
    }

    /** A quotation of the official, and the statement it is in. */
    record Quote(String text, String statementUrl, String statementTitle, String displayDate) {
    }
}
