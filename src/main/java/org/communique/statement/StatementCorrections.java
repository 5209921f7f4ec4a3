package org.communique.statement;

import java.time.Instant;
import java.util.List;

/**
 * The corrections an admin made to a statement, for its page's provenance panel. The admin feature provides
 * it; without it a statement's page shows none.
 */
public interface StatementCorrections {

    List<Line> of(long statementId);

    /** One correction: which field, from what to what, by whom, when, and why. */
    record Line(String field, String before, String after, String note, String by, Instant at) {
    }
}
