package org.communique.statement;

import java.util.List;

/**
 * What the archive holds, for its front page: how many statements, how many officials they name, how many
 * parties, the first and the last date (each at its own precision), the newest statements.
 */
public record ArchiveOverview(long statements, long officials, long parties, PartialDate earliest, PartialDate latest,
                              List<StatementSummary> newest) {

    /** "April 2021 – July 2024", or {@code null} when nothing is dated. */
    public String span() {
        if (earliest == null) {
            return null;
        }
        String first = earliest.displayMonth();
        String last = latest.displayMonth();
        return first.equals(last) ? first : first + " – " + last;
    }
}
