package org.communique.importer.extraction;

import java.time.LocalDate;
import java.util.List;

import org.communique.statement.DateBasis;
import org.communique.statement.PartialDate;
import org.communique.statement.StatementType;

/**
 * What the extractor found in one source file: every field of the {@code extract} JSON of the contract,
 * plus how the file was read (charset, media type, the text as decoded) and the source's blocks marked
 * kept or stripped.
 */
public record ExtractedStatement(
        String title,
        boolean titleDerived,
        PartialDate date,
        LocalDate dateEnd,
        DateBasis dateBasis,
        StatementType type,
        List<String> parties,
        List<OfficialMention> officials,
        List<Quote> quotes,
        String publisher,
        String sourceUrl,
        List<String> paragraphs,
        List<String> warnings,
        String charset,
        String mediaType,
        String sourceText,
        List<SourceBlock> blocks) {

    public ExtractedStatement {
        parties = List.copyOf(parties);
        officials = List.copyOf(officials);
        quotes = List.copyOf(quotes);
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
        blocks = List.copyOf(blocks);
    }

    /** The clean statement text, paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
