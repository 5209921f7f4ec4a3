package org.communique.statement;

import java.time.Instant;
import java.util.List;

/** A statement as its own page shows it: the statement, its text with quotations marked, where it came from. */
public record StatementView(
        StatementSummary summary,
        DateBasis dateBasis,
        List<List<Segment>> paragraphs,
        List<QuoteLine> quotes,
        String sourceUrl,
        List<String> warnings,
        Provenance provenance,
        List<SourceLine> sourceLines,
        StatementSummary previous,
        StatementSummary next,
        List<StatementSummary> related) {

    /** The host of the address the statement was first published at ("www.state.gov"), or {@code null}. */
    public String sourceHost() {
        if (sourceUrl == null) {
            return null;
        }
        try {
            return java.net.URI.create(sourceUrl.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A run of a paragraph's text; {@code speaker} is set where the run is a quotation. */
    public record Segment(String text, String speaker) {
        public boolean quotation() {
            return speaker != null;
        }
    }

    /** A quotation and who said it; {@code officialSlug} links to the speaker's page. */
    public record QuoteLine(String speaker, String officialSlug, String text) {
    }

    /** Where the statement came from and how it was read. */
    public record Provenance(String path, String sha256, long sizeBytes, String mediaType, String charset,
                             Instant importedAt, String extractorVersion, boolean missing, Instant updatedAt) {
    }

    /** A block of the source as the extractor saw it: kept as body, title or date, or cut as chrome, and why. */
    public record SourceLine(String text, String role, String reason) {
        public boolean kept() {
            return !"CHROME".equals(role);
        }
    }

    public long id() {
        return summary.id();
    }
}
