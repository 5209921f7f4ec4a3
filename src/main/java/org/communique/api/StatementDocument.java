package org.communique.api;

import java.time.Instant;
import java.util.List;

/**
 * A statement as data, whole: every field the {@code extract} command prints (see CONTRACT.md), and the
 * archive's own: its id, its permanent address, its status and where it came from.
 */
public record StatementDocument(
        long id,
        String url,
        String file,
        String title,
        boolean titleDerived,
        String date,
        String dateEnd,
        String dateBasis,
        String type,
        List<String> parties,
        List<Named> officials,
        List<Quote> quotes,
        String publisher,
        String sourceUrl,
        String body,
        List<String> warnings,
        String status,
        Instant updatedAt,
        Source source) {

    /** An official the statement names: canonical name, the office and country the text gives, how it spells them. */
    public record Named(String name, String slug, String role, String country, List<String> mentions) {
    }

    /** A direct quotation and its speaker. */
    public record Quote(String speaker, String text) {
    }

    /** Where the statement came from: the file under the import folder, its hash, size, type, and how it was read. */
    public record Source(String path, String sha256, long sizeBytes, String mediaType, String charset, Instant importedAt,
                         String extractorVersion, boolean missing) {
    }
}
