package org.communique.statement;

import java.time.LocalDate;
import java.util.List;

import org.communique.official.Official;

/**
 * What a statement says, as the importer (or an admin's correction) gives it: everything a statement
 * holds but its identity and provenance.
 */
public record StatementContent(
        String title,
        boolean titleDerived,
        PartialDate date,
        LocalDate dateEnd,
        DateBasis dateBasis,
        StatementType type,
        String publisher,
        String sourceUrl,
        List<String> paragraphs,
        List<String> warnings,
        String segmentation,
        List<String> parties,
        List<Named> officials,
        List<Said> quotes) {

    /** An official as the statement names them. */
    public record Named(Official official, String role, String country, List<String> mentions) {
    }

    /** A quotation; {@code official} is {@code null} when the speaker is not in the archive. */
    public record Said(Official official, String speaker, String text) {
    }

    public StatementContent {
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
        parties = List.copyOf(parties);
        officials = List.copyOf(officials);
        quotes = List.copyOf(quotes);
    }
}
