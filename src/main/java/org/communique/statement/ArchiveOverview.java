package org.communique.statement;

import java.time.LocalDate;
import java.util.List;

/** What the archive holds, for its front page. */
public record ArchiveOverview(long statements, long officials, long parties, LocalDate earliest, LocalDate latest,
                              List<StatementSummary> newest) {
}
